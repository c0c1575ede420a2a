import path from 'node:path';
import type { Command } from 'commander';
import { offlineImport } from '../../bulk-import/offline-import';
import type { OfflineImportResult } from '../../bulk-import/offline-import';
import { loadConfig } from '../../config/config';
import { projectRoot } from '../../config/project-root';
import { annotationFilesIn } from '../../ingest/ingest-files';
import { orderByDependencies } from '../../ingest/order-by-dependencies';
import { loadResolvedAnnotation } from '../../ingest/resolve-anchors';
import { isnadTool } from '../../ingest/tool-info';
import { createLogger } from '../../logging/logger';
import { progressBar } from '../progress-bar';

/** Files built into CSV at a time: bounds the memory the records take. */
const FILES_PER_BATCH = 500;

function printResult(r: OfflineImportResult): void {
  const s = (seconds: number) => `${seconds.toFixed(1)} s`;
  process.stdout.write(
    `imported ${r.files} files: ${r.statements} statements, ${r.nodes} nodes, ${r.relationships} relationships\n` +
      `records and CSV ${s(r.seconds.records)} (${(r.csvBytes / 1e6).toFixed(1)} MB), ` +
      `neo4j-admin ${s(r.seconds.adminImport)}, constraints and indexes ${s(r.seconds.schema)}; ` +
      `${Math.round(r.statementsPerSecond)} statements/s\n`,
  );
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      "load annotation files into a new local database with Neo4j's offline importer " +
        '(a first, large load; the database must not exist yet)',
    )
    .argument('[files...]', 'annotation files (.annotation.yaml, .yml or .json)')
    .option('--dir <dir>', 'a folder of annotation files, imported with the files given')
    .action(async (files: string[], options: { dir?: string }) => {
      const paths = [
        ...files.map((f) => path.resolve(f)),
        ...(options.dir === undefined ? [] : annotationFilesIn(path.resolve(options.dir))),
      ];
      if (paths.length === 0) program.error('isnad import: give annotation files or --dir DIR');
      const config = loadConfig();
      const logger = createLogger(config.logLevel);
      const total = paths.length;
      const bar = progressBar('import');
      let result: OfflineImportResult;
      try {
        // Every file is validated and anchored before anything is written.
        const loaded = paths.map((file, index) => {
          bar?.update(index, total, 'validated');
          return loadResolvedAnnotation(file);
        });
        const ordered = orderByDependencies(loaded);
        const batches = function* () {
          for (let i = 0; i < ordered.length; i += FILES_PER_BATCH)
            yield ordered.slice(i, i + FILES_PER_BATCH);
        };
        bar?.update(0, total, 'written as CSV');
        result = await offlineImport(batches(), {
          root: projectRoot(),
          config,
          tool: isnadTool(),
          logger,
          onProgress: (message) => logger.info(message),
          onStage: (stage) =>
            bar?.update(
              total,
              total,
              stage === 'schema' ? '(constraints and indexes)' : '(neo4j-admin import)',
            ),
          onFilesWritten: (files) => bar?.update(files, total, 'written as CSV'),
        });
      } finally {
        bar?.stop();
      }
      printResult(result);
    });
}
