import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config';
import { projectRoot } from '../../config/project-root';
import { annotationFilesIn, ingestFiles } from '../../ingest/ingest-files';
import type { IngestResult } from '../../ingest/ingest-service';
import { isnadTool } from '../../ingest/tool-info';
import { progressBar } from '../progress-bar';
import { withDatabase } from '../with-database';

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
      const bar = progressBar('ingest');
      const results = await withDatabase((db, logger) =>
        ingestFiles(
          db.executor,
          files.map((f) => path.resolve(f)),
          isnadTool(),
          logger,
          loadConfig().ingest,
          (done, total) => bar?.update(done, total),
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
