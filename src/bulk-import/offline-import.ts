/**
 * Offline import: the first load of a large corpus into a new local database, through Neo4j's
 * offline importer instead of transactions. The records are built by the same code as every
 * ingest (same validation, ids and provenance), written as CSV, imported, and then the database
 * is started once so the schema migration builds every constraint and index (full-text included).
 *
 * It only creates a database: an existing one is refused, never replaced. Corrections need the
 * graph they correct, so they go through `isnad ingest` afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../config/config';
import { openDatabase } from '../graph/open-database';
import { AnnotationError } from '../ingest/annotation-error';
import type { FoundRef, ToolInfo } from '../ingest/build-records';
import { buildRecordsInOrder } from '../ingest/ingest-batch';
import { inputHashOf } from '../ingest/ingest-service';
import type { AnyResolved } from '../ingest/ingest-service';
import type { ResolvedAnnotation } from '../ingest/resolved-annotation';
import type { Logger } from '../logging/logger';
import { databaseDirOf, OfflineImportError, runAdminImport } from './admin-import';
import { GraphCsv } from './graph-csv';

export { OfflineImportError } from './admin-import';

export interface OfflineImportOptions {
  root: string;
  /** Its `neo4j` (NEO4J_URI) must be unset: the import writes the local Neo4j's files. */
  config: AppConfig;
  tool: ToolInfo;
  logger: Logger;
  onProgress?: (message: string) => void;
  /** Called after each batch with the number of files written as CSV so far. */
  onFilesWritten?: (files: number) => void;
  /** Called when the import moves on from CSV to the importer, then to the schema. */
  onStage?: (stage: 'admin-import' | 'schema') => void;
}

export interface OfflineImportResult {
  files: number;
  statements: number;
  nodes: number;
  relationships: number;
  /**
   * Seconds per phase: reading the input (time spent inside `batches`, such as parsing and anchoring),
   * records and CSV, neo4j-admin, and the first start that builds the schema and indexes.
   */
  seconds: { input: number; records: number; adminImport: number; schema: number; total: number };
  /** Statements per second of everything but reading the input, as the transactional rates count. */
  statementsPerSecond: number;
  /** Bytes of CSV handed to neo4j-admin (deleted afterwards). */
  csvBytes: number;
}

/**
 * Imports `batches` (files in dependency order, in batches that bound memory) into a new database
 * in `localNeo4j.dataDir`.
 * @throws OfflineImportError when the database exists or the importer fails; AnnotationError for
 * an invalid file. Either way no database is left behind.
 */
export async function offlineImport(
  batches: Iterable<readonly AnyResolved[]>,
  options: OfflineImportOptions,
): Promise<OfflineImportResult> {
  const { config, logger } = options;
  const { localNeo4j } = config;
  if (config.neo4j !== undefined) {
    throw new OfflineImportError(
      "an offline import writes the local Neo4j's files; it cannot import into NEO4J_URI " +
        '(unset it, or use `isnad ingest`, which writes through transactions)',
    );
  }
  const databaseDir = databaseDirOf(localNeo4j.dataDir);
  if (fs.existsSync(databaseDir)) {
    throw new OfflineImportError(
      `a database already exists at ${databaseDir}; an offline import only creates a new one ` +
        '(set ISNAD_NEO4J_DATA to a new folder, or add files to this one with `isnad ingest`)',
    );
  }
  const started = performance.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-import-'));
  let succeeded = false;
  try {
    const csv = new GraphCsv(workDir, new Date().toISOString());
    const counts = { files: 0, statements: 0 };
    const seen = new Map<string, string>();
    const known = new Map<string, FoundRef>();
    let inputMs = 0;
    const iterator = batches[Symbol.iterator]();
    for (;;) {
      const reading = performance.now();
      const next = iterator.next();
      inputMs += performance.now() - reading;
      if (next.done === true) break;
      const batch = next.value;
      const files = batch.map((file) => annotationOnly(file, seen));
      const hashes = new Map(files.map((file) => [file, inputHashOf(file)] as const));
      // A reference outside the import stays unresolved: the builder names its file and field.
      const records = await buildRecordsInOrder(files, {
        hashes,
        tool: options.tool,
        known,
        lookupOutside: () => Promise.resolve(new Map()),
      });
      for (const r of records) csv.add(r);
      counts.files += files.length;
      counts.statements += files.reduce((sum, f) => sum + f.statements.length, 0);
      options.onProgress?.(`${counts.files} files written as CSV`);
      options.onFilesWritten?.(counts.files);
    }
    const files = csv.close();
    const csvBytes = [...files.nodes, ...files.relationships].reduce(
      (sum, f) => sum + fs.statSync(f.file).size,
      0,
    );
    const recordsDone = performance.now();
    options.onProgress?.('running neo4j-admin database import');
    options.onStage?.('admin-import');
    await runAdminImport({
      root: options.root,
      dataDir: localNeo4j.dataDir,
      files,
      workDir,
      heap: localNeo4j.heap,
      logger,
    });
    const importDone = performance.now();
    options.onProgress?.('starting the database to build its constraints and indexes');
    options.onStage?.('schema');
    const database = await openDatabase(config, logger);
    await database.close();
    const done = performance.now();
    succeeded = true;
    const seconds = (ms: number) => ms / 1000;
    const total = seconds(done - started - inputMs);
    return {
      ...counts,
      nodes: files.nodes.reduce((sum, f) => sum + f.rows, 0),
      relationships: files.relationships.reduce((sum, f) => sum + f.rows, 0),
      seconds: {
        input: seconds(inputMs),
        records: seconds(recordsDone - started - inputMs),
        adminImport: seconds(importDone - recordsDone),
        schema: seconds(done - importDone),
        total,
      },
      statementsPerSecond: counts.statements / total,
      csvBytes,
    };
  } finally {
    if (succeeded) fs.rmSync(workDir, { recursive: true, force: true });
    else {
      // Nothing half-built stays: the next attempt starts from no database, as this one did.
      fs.rmSync(databaseDir, { recursive: true, force: true });
      fs.rmSync(path.join(localNeo4j.dataDir, 'data', 'transactions', 'neo4j'), {
        recursive: true,
        force: true,
      });
      logger.warn({ workDir }, 'offline import failed; its CSV and importer output are kept');
    }
  }
}

/** Annotation files only, each article once (by slug and by text). */
function annotationOnly(file: AnyResolved, seen: Map<string, string>): ResolvedAnnotation {
  if (file.kind !== 'annotation' || file.corrections.length > 0) {
    throw new AnnotationError(file.file, {
      path: 'corrections',
      reason: 'an offline import takes annotations only; apply corrections with `isnad ingest` afterwards',
    });
  }
  if (file.retrieval) {
    throw new AnnotationError(file.file, {
      path: 'article.retrievalRecord',
      reason:
        'an offline import does not record retrievals; ingest a file taken in by `isnad intake` with `isnad ingest`',
    });
  }
  for (const key of [`slug ${file.article.slug}`, `text ${file.article.contentHash}`]) {
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new AnnotationError(file.file, {
        path: 'article',
        reason: `the same article (${key}) is already in this import, from ${earlier}`,
      });
    }
    seen.set(key, file.file);
  }
  return file;
}
