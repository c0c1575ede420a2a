/**
 * The benchmark's own Neo4j: the project's launcher on a data directory of its own and free ports,
 * with more memory than the dev default, unless NEO4J_URI points at a server to measure instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/config';
import type { Database } from '../src/graph/open-database';
import { openDatabase } from '../src/graph/open-database';
import type { GraphExecutor } from '../src/graph/executor';
import type { Logger } from '../src/logging/logger';

/**
 * Benchmark defaults for the local server; the environment overrides any of them. The store of a
 * million statements is about 3 GB, so from that size on the page cache and heap double.
 */
export function benchNeo4jDefaults(largestSize: number): Record<string, string> {
  const memory = largestSize >= 1_000_000 ? '4g' : '2g';
  return {
    ISNAD_NEO4J_DATA: '.isnad/bench-data',
    ISNAD_NEO4J_PORT: '0',
    ISNAD_NEO4J_HEAP: memory,
    ISNAD_NEO4J_PAGECACHE: memory,
  };
}

/** Marks a data directory as the benchmark's own, so that only such a directory is ever emptied. */
const MARKER = 'isnad-bench-data';

/**
 * Opens the database the benchmark measures (see benchNeo4jDefaults). A local server starts on
 * an empty data directory every run: the benchmark clears the graph anyway, and the launcher cannot
 * yet reopen a directory it created (it sets the password again and Neo4j refuses the same one).
 * @throws Error when the data directory holds data the benchmark did not create.
 */
export function openBenchDatabase(logger: Logger, largestSize: number): Promise<Database> {
  const config = loadConfig({ ...benchNeo4jDefaults(largestSize), ...withoutEmpty(process.env) });
  if (config.neo4j === undefined) resetDataDir(config.localNeo4j.dataDir);
  return openDatabase(config, logger);
}

function resetDataDir(dir: string): void {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    if (!fs.existsSync(path.join(dir, MARKER))) {
      throw new Error(`${dir} is not a benchmark data directory (no ${MARKER} file); refusing to empty it`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, MARKER),
    'Created by the Isnad benchmark (bench/run.ts); emptied on every run.\n',
  );
}

function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}

/** Removes every node in batches, so that a large graph never needs one huge transaction. */
export const CLEAR_GRAPH = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

export async function clearGraph(executor: GraphExecutor): Promise<void> {
  await executor.autoCommit({ cypher: CLEAR_GRAPH });
}
