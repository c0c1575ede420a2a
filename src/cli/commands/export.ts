import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config';
import { writeBundle } from '../../export/bundle';
import { exportTo } from '../../export/export-service';
import { EXPORT_FORMATS, isExportFormat } from '../../export/format';
import type { ExportFormat } from '../../export/format';
import type { ExportProgress, ExportScope } from '../../export/scope';
import { generateSigningKeys } from '../../export/signature';
import { withDatabase } from '../with-database';

interface ExportFlags {
  format: string;
  statement?: string;
  article?: string;
  all?: boolean;
  out?: string;
  bundle?: string;
  signKey?: string;
  /** --inline-context / --no-inline-context; undefined when neither is given. */
  inlineContext?: boolean;
}

const userError = (message: string): Error => Object.assign(new Error(message), { userFacing: true });

function parseFlags(flags: ExportFlags): { format: ExportFormat; scope: ExportScope } {
  if (!isExportFormat(flags.format)) {
    throw userError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got '${flags.format}')`);
  }
  const scopes: ExportScope[] = [
    ...(flags.statement !== undefined ? [{ kind: 'statement' as const, ref: flags.statement }] : []),
    ...(flags.article !== undefined ? [{ kind: 'article' as const, ref: flags.article }] : []),
    ...(flags.all ? [{ kind: 'all' as const }] : []),
  ];
  if (scopes.length !== 1) throw userError('give exactly one of --statement ID, --article ID or --all');
  if (flags.out !== undefined && flags.bundle !== undefined)
    throw userError('give --out or --bundle, not both');
  if (flags.signKey !== undefined && flags.bundle === undefined)
    throw userError('--sign-key signs a bundle: add --bundle DIR');
  return { format: flags.format, scope: scopes[0]! };
}

/** A bar on stderr when it is a terminal; nothing when piped or redirected. */
function progressBar(scope: ExportScope): ExportProgress | undefined {
  if (scope.kind !== 'all' || !process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'export |{bar}| {percentage}% {value}/{total} | {eta_formatted} left',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0),
    advance: (by) => bar.increment(by),
    stop: () => bar.stop(),
  };
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'export the provenance of a statement, an article or everything (PROV-O, RDF, ClaimReview, Web Annotation)',
    )
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--statement <id>', 'a statement id, or article-slug#local-id')
    .option('--article <id>', 'an article id or slug')
    .option('--all', 'the whole graph, streamed page by page')
    .option('--out <file>', 'write the data to a file (default: stdout)')
    .option('--bundle <dir>', 'write a verifiable bundle: data, items.tsv, manifest.json')
    .option('--sign-key <pem>', 'sign the bundle manifest with this Ed25519 private key')
    .option(
      '--inline-context',
      'JSON-LD: write the context into the document, so it loads offline (default for --out and --bundle)',
    )
    .option(
      '--no-inline-context',
      'JSON-LD: name the context by its URL (ours under ISNAD_BASE_IRI; default on stdout)',
    )
    .action(async (flags: ExportFlags) => {
      const { format, scope } = parseFlags(flags);
      const progress = progressBar(scope);
      const config = loadConfig();
      const { baseIri } = config.export;
      // a file goes elsewhere and must load there; stdout is usually read next to the API
      const inlineContext = flags.inlineContext ?? (flags.out !== undefined || flags.bundle !== undefined);
      const context = { baseIri, inlineContext };
      await withDatabase(async (db) => {
        if (flags.bundle !== undefined) {
          const dir = path.resolve(flags.bundle);
          const manifest = await writeBundle(db.executor, dir, {
            format,
            scope,
            progress,
            signKey: flags.signKey,
            artifactsDir: config.intake.artifactsDir,
            ...context,
          });
          process.stderr.write(
            `bundle ${dir}: ${manifest.itemCount} items, ${manifest.articles.length} articles` +
              `${manifest.artifacts ? `, ${manifest.artifacts.length} raw pages` : ''}, root ${manifest.rootHash}` +
              `${flags.signKey !== undefined ? ', signed' : ''}\n`,
          );
          return;
        }
        if (flags.out === undefined) {
          await exportTo(db.executor, process.stdout, { format, scope, progress, ...context });
          return;
        }
        const out = fs.createWriteStream(path.resolve(flags.out));
        const result = await exportTo(db.executor, out, { format, scope, progress, ...context });
        out.end();
        await finished(out);
        process.stderr.write(`${flags.out}: ${result.itemCount} items, root ${result.rootHash}\n`);
      });
    });

  program
    .command('export-keygen')
    .description('create an Ed25519 key pair for signing export bundles')
    .option('--dir <dir>', 'where to write the keys', '.')
    .option('--name <name>', 'file name stem', 'isnad-export')
    .action((options: { dir: string; name: string }) => {
      const keys = generateSigningKeys(path.resolve(options.dir), options.name);
      process.stdout.write(
        `private key ${keys.privateKey} (keep it secret)\npublic key  ${keys.publicKey}\n`,
      );
    });
}
