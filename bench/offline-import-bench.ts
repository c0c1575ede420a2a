/**
 * The offline import (`isnad import`: neo4j-admin into a new database) of the same corpus, timed
 * from resolved annotations to a started database with every constraint and index online. It runs
 * in a database of its own, in a temporary folder removed afterwards, so the benchmark's graph is
 * untouched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { offlineImport } from '../src/bulk-import/offline-import';
import type { OfflineImportResult } from '../src/bulk-import/offline-import';
import { loadConfig } from '../src/config/config';
import { projectRoot } from '../src/config/project-root';
import { isnadTool } from '../src/ingest/tool-info';
import type { Logger } from '../src/logging/logger';
import { chunked, resolvedCorpus } from './corpus-stream';
import { freePort } from './free-port';

export type OfflineImportFigure = OfflineImportResult;

/** Articles built into CSV at a time, as `isnad import` does. */
const FILES_PER_BATCH = 500;

export async function runOfflineImport(
  statements: number,
  logger: Logger,
  onProgress: (message: string) => void,
): Promise<OfflineImportFigure> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-import-'));
  try {
    const config = loadConfig({
      ...process.env,
      NEO4J_URI: '',
      ISNAD_NEO4J_DATA: dataDir,
      ISNAD_NEO4J_PORT: String(await freePort()),
      ISNAD_NEO4J_HEAP: '2g',
      ISNAD_NEO4J_PAGECACHE: '1g',
      NEO4J_PASSWORD: 'isnad-bench-import',
    });
    return await offlineImport(chunked(resolvedCorpus(statements), FILES_PER_BATCH), {
      root: projectRoot(),
      config,
      tool: isnadTool(),
      logger,
      onProgress,
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
