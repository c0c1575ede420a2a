import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config';
import { projectRoot } from '../../config/project-root';
import { annotationFilesIn, ingestFiles } from '../../ingest/ingest-files';
import type { IngestResult } from '../../ingest/ingest-service';
import { isnadTool } from '../../ingest/tool-info';
import { withDatabase } from '../with-database';

/** A bar of files written on stderr when it is a terminal; nothing when piped or redirected. */
function progressBar(): { update: (done: number, total: number) => void; stop: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingest |{bar}| {value}/{total} files', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (!started) bar.start(total, done);
      else bar.update(done);
      started = true;
    },
    stop: () => bar.stop(),
  };
}

function printResults(results: readonly IngestResult[]): void {
  for (const r of results) {
    const name = path.basename(r.file);
    process.stdout.write(
      r.activityId === null
        ? `${name}: already ingested (article ${r.slug}, ${r.articleId}); nothing changed\n`
        : `${name}: article ${r.slug} (${r.articleId}), ${r.statements} statements, ` +
            `${r.nodesCreated} nodes and ${r.relationshipsCreated} relationships created, activity ${r.activityId}\n`,
    );
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('validate annotation files and write them to the graph (one transaction per article)')
    .argument('<files...>', 'annotation files (.annotation.yaml, .yml or .json)')
    .action(async (files: string[]) => {
      const bar = progressBar();
      const results = await withDatabase((db, logger) =>
        ingestFiles(
          db.executor,
          files.map((f) => path.resolve(f)),
          isnadTool(),
          logger,
          loadConfig().ingest,
          bar?.update,
        ),
      ).finally(() => bar?.stop());
      printResults(results);
    });

  program
    .command('seed')
    .description('ingest every annotation file in seed/, in dependency order')
    .option('--dir <dir>', 'folder of annotation files', path.join(projectRoot(), 'seed'))
    .action(async (options: { dir: string }) => {
      const results = await withDatabase((db, logger) =>
        ingestFiles(db.executor, annotationFilesIn(options.dir), isnadTool(), logger, loadConfig().ingest),
      );
      printResults(results);
    });
}
