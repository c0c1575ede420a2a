import type { Command } from 'commander';
import { loadConfig } from '../../config/config';
import type { IntakeConfig } from '../../config/config';
import { idSchema } from '../../ingest/annotation-schema';
import { IntakeError } from '../../intake/errors';
import type { PageInput } from '../../intake/intake-page';

interface IntakeOptions {
  propose?: boolean;
  dir: string;
  slug?: string;
  pageUrl?: string;
}

/**
 * `isnad intake FILE.html|URL [--propose] [--dir DIR]`: takes in a saved page or a URL and writes
 * the article text, its metadata and retrieval record (and a draft annotation). No graph is used.
 */
export function registerIntake(
  program: Command,
  intakeConfig: () => IntakeConfig = () => loadConfig().intake,
): void {
  program
    .command('intake')
    .description('take in a web page (a saved HTML file or a URL): article text, metadata, provenance')
    .argument('<page>', 'a saved page (.html) or an http(s) URL')
    .option('--propose', 'also write a draft annotation (the rules proposer) next to the text')
    .option('--dir <dir>', 'where to write the files', '.')
    .option('--slug <slug>', 'article slug (default: from the page URL or file name)')
    .option('--page-url <url>', 'for a saved page: the URL it was saved from (recorded, not fetched)')
    .action(async (page: string, options: IntakeOptions) => {
      if (options.slug !== undefined && !idSchema.safeParse(options.slug).success) {
        throw new IntakeError('BAD_URL', `--slug: "${options.slug}" must be lowercase kebab-case`);
      }
      const input: PageInput = /^https?:\/\//i.test(page)
        ? { url: page }
        : { file: page, pageUrl: options.pageUrl ?? null };
      // Loaded here: the DOM and Readability take a second or so to load, which other commands need not pay.
      const { intakePage } = await import('../../intake/intake-page');
      const { writeIntakeFiles } = await import('../../intake/intake-files');
      const result = await intakePage(input, intakeConfig());
      const written = writeIntakeFiles(result, options.dir, {
        slug: options.slug ?? result.slug,
        propose: options.propose === true,
      });
      const { metadata } = result.article;
      const lines = [
        `${result.article.paragraphs.length} paragraphs${result.article.headlineLine ? ' and a headline line' : ''}, ${[...result.article.text].length} characters`,
        ...Object.entries(metadata).map(
          ([field, v]) =>
            `${field.padEnd(14)} ${v === null ? 'null (not given by the page)' : `${JSON.stringify(v.value)}  (${v.origin})`}`,
        ),
        `text sha256    ${result.retrieval.textSha256}`,
        `page sha256    ${result.retrieval.rawSha256} (kept as artifact)`,
      ];
      if (!written.written) lines.push(`already taken in as ${written.textFile}: nothing rewritten`);
      else {
        if (written.revisionOf) lines.push(`a new version of ${written.revisionOf} (its text changed)`);
        lines.push(`wrote ${written.textFile}`, `wrote ${written.recordFile}`);
        if (written.draftFile) lines.push(`wrote ${written.draftFile}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
