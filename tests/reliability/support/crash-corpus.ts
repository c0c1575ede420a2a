import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED } from '../../../bench/corpus/generate-corpus';
import { writeCorpus } from '../../../bench/corpus/write-corpus';
import { annotationFilesIn } from '../../../src/ingest/ingest-files';

/** A corpus on disk for crash rounds, with what a complete ingest of each file must leave. */
export interface CrashCorpus {
  dir: string;
  files: string[];
  /** Statements per article slug, as the files declare them. */
  statements: Map<string, number>;
  remove(): void;
}

/**
 * Writes `articles` synthetic articles of `statementsPerArticle` statements each (the benchmark
 * corpus generator), large enough that a kill often lands inside a transaction.
 */
export function writeCrashCorpus(articles: number, statementsPerArticle: number): CrashCorpus {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-crash-corpus-'));
  const statements = new Map<string, number>();
  writeCorpus(dir, {
    seed: DEFAULT_SEED,
    articles,
    statementsPerArticle,
    format: 'json',
    onArticle: ({ slug, statements: n }) => statements.set(slug, n),
  });
  return {
    dir,
    files: annotationFilesIn(dir),
    statements,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
