import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { formatDraftYaml, loadRuleSet, PROPOSER_LANGUAGES } from '../../extract';
import { EXTRACTOR_NAMES, selectExtractor } from '../../extract/model';
import type { ExtractionResult, ExtractorName } from '../../extract/model';
import { loadConfig } from '../../config/config';
import type { ModelServerConfig } from '../../config/config';
import type { ExistingStatement, Proposal, ProposerLanguage } from '../../extract';
import { idSchema } from '../../ingest/annotation-schema';
import type { Outlet } from '../../ingest/annotation-schema';
import { hasRtl, isolate } from '../../text/bidi';

/** An input error whose message is the whole story (`isnad: …`, exit 1; see run-command.ts). */
export class ProposeInputError extends Error {
  readonly userFacing = true;
}

/** What `propose` needs from outside the article: statements already in the graph, if any. */
export interface ProposeDependencies {
  loadExisting?: (language: ProposerLanguage) => Promise<ExistingStatement[]>;
  /** The model server for `--extractor model`; defaults to the configuration (ISNAD_MODEL_*). */
  modelServer?: () => ModelServerConfig | undefined;
}

interface ProposeOptions {
  lang?: string;
  out?: string;
  slug?: string;
  outlet?: string;
  extractor: string;
}

/**
 * `isnad propose ARTICLE.txt [--lang ar|en] [--out FILE]`: writes a draft annotation (YAML) for review.
 * Nothing is written to the graph; `deps.loadExisting` supplies the graph's statements for candidates
 * across articles.
 */
export function registerPropose(program: Command, deps: ProposeDependencies = {}): void {
  program
    .command('propose')
    .description('propose a draft annotation (sources, statements, candidate contradictions) for an article')
    .argument('<article>', 'the article text file (UTF-8, one paragraph per line, headline first)')
    .option(
      '--lang <lang>',
      `article language: ${PROPOSER_LANGUAGES.join(' | ')} (default: from the file name or script)`,
    )
    .option('--out <file>', 'write the draft here instead of stdout')
    .option('--slug <slug>', 'article slug (default: the file name without extensions)')
    .option('--outlet <id>', 'id of the publishing outlet (known outlets get their names from the gazetteer)')
    .option(
      '--extractor <name>',
      `who drafts: ${EXTRACTOR_NAMES.join(' | ')} (model: the server of ISNAD_MODEL_URL)`,
      'rules',
    )
    .action(async (article: string, options: ProposeOptions) => {
      const text = readArticle(article);
      const language = pickLanguage(options.lang, article, text);
      const slug = options.slug ?? path.basename(article).split('.')[0]?.toLowerCase() ?? 'draft-article';
      if (!idSchema.safeParse(slug).success) {
        throw new ProposeInputError(`--slug: "${slug}" must be lowercase kebab-case (give --slug)`);
      }
      if (!(EXTRACTOR_NAMES as readonly string[]).includes(options.extractor)) {
        throw new ProposeInputError(
          `--extractor must be one of ${EXTRACTOR_NAMES.join(', ')} (got "${options.extractor}")`,
        );
      }
      const name = options.extractor as ExtractorName;
      const extractor = selectExtractor(
        name,
        name === 'model' ? (deps.modelServer ?? (() => loadConfig().model))() : undefined,
      );
      const existing = deps.loadExisting ? await deps.loadExisting(language) : [];
      const outlet = options.outlet === undefined ? undefined : pickOutlet(options.outlet);
      const proposal = await extractor.extract({
        text,
        language,
        slug,
        outlet,
        textFile: path.basename(article),
        existing,
      });
      const yaml = withRejected(formatDraftYaml(proposal), proposal, name);
      const report = rejectedReport(proposal);
      if (!options.out) {
        process.stdout.write(yaml);
        if (report) process.stderr.write(`${report}\n`);
        return;
      }
      fs.writeFileSync(options.out, yaml);
      process.stderr.write(`${summary(proposal)}\n${report ? `${report}\n` : ''}wrote ${options.out}\n`);
    });
}

/** Who drafted, and the rejected quotes, as comments: the draft stays a valid annotation file. */
function withRejected(yaml: string, result: ExtractionResult, extractor: ExtractorName): string {
  // The draft's own header speaks of the rules; a model's draft says who really drafted it.
  const head = extractor === 'model' ? `# Drafted by ${result.annotation.annotator.name}.\n` : '';
  if (result.rejected.length === 0) return head + yaml;
  const lines = result.rejected.map((r) => `#   ${JSON.stringify(r.quote)}: ${r.reason}`);
  return `${head}${yaml}\n# Rejected quotes (not in the draft):\n${lines.join('\n')}\n`;
}

function rejectedReport(result: ExtractionResult): string {
  if (result.rejected.length === 0) return '';
  const rows = result.rejected.map((r) => `rejected  ${isolate(r.quote)}  (${r.reason})`);
  return [`${result.rejected.length} quotes rejected:`, ...rows].join('\n');
}

function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new ProposeInputError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    // Spans count the article's code points exactly as its bytes decode: no BOM stripping, no trimming.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ProposeInputError(`${file} is not valid UTF-8`);
  }
}

/** --lang as given, else `.ar.txt`/`.en.txt` in the file name, else Arabic letters in the text. */
function pickLanguage(given: string | undefined, file: string, text: string): ProposerLanguage {
  if (given !== undefined) {
    if ((PROPOSER_LANGUAGES as readonly string[]).includes(given)) return given as ProposerLanguage;
    throw new ProposeInputError(`--lang must be one of ${PROPOSER_LANGUAGES.join(', ')} (got "${given}")`);
  }
  const fromName = PROPOSER_LANGUAGES.find((lang) => file.endsWith(`.${lang}.txt`));
  return fromName ?? (hasRtl(text) ? 'ar' : 'en');
}

function pickOutlet(id: string): Outlet {
  if (!idSchema.safeParse(id).success)
    throw new ProposeInputError(`--outlet: "${id}" must be lowercase kebab-case`);
  const known = loadRuleSet().gazetteer.outlets.find((o) => o.id === id);
  return known ?? { id, name: id, owner: { id, name: id } };
}

/** A short table of what was proposed; Arabic quotes are isolated so the columns stay in place. */
function summary(proposal: Proposal): string {
  const { statements, sources, assessments } = proposal.annotation;
  const rows = statements.map((s) => {
    const quote = [...s.quote].length > 60 ? `${[...s.quote].slice(0, 60).join('')}…` : s.quote;
    return `${s.id.padEnd(8)}  ${s.mode.padEnd(19)}  ${s.source.padEnd(24)}  ${isolate(quote)}`;
  });
  const counts = `${statements.length} statements, ${sources.length} sources, ${assessments.length} candidate assessments`;
  return [counts, ...rows].join('\n');
}
