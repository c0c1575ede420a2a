import { connectToNeo4j } from '../../src/graph/connect';
import { GraphExecutor } from '../../src/graph/executor';
import { runMigrations } from '../../src/graph/migrations';
import { createLogger } from '../../src/logging/logger';
import type { Logger } from '../../src/logging/logger';
import { readTestNeo4jEnv } from './test-neo4j';

export interface TestGraph {
  executor: GraphExecutor;
  logger: Logger;
  /** Removes every node and relationship (Community has one user database; files run serially). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** Connects to the run's Neo4j, applies the migration and starts from an empty graph. */
export async function openTestGraph(): Promise<TestGraph> {
  const env = readTestNeo4jEnv();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'silent', 'isnad-tests');
  const driver = await connectToNeo4j({
    uri: env.uri,
    user: env.user,
    password: env.password,
    database: undefined,
  });
  const executor = new GraphExecutor(driver, undefined, logger);
  await runMigrations(executor, logger);
  const clear = async (): Promise<void> => {
    await executor.autoCommit({
      cypher: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    });
  };
  await clear();
  return { executor, logger, clear, close: () => driver.close() };
}
