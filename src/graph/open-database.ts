import type { AppConfig } from '../config/config';
import { projectRoot } from '../config/project-root';
import type { Logger } from '../logging/logger';
import type { LocalNeo4j } from '../local-neo4j/start-local-neo4j';
import { startLocalNeo4j } from '../local-neo4j/start-local-neo4j';
import { connectToNeo4j } from './connect';
import { GraphExecutor } from './executor';
import { runMigrations } from './migrations';

export interface Database {
  executor: GraphExecutor;
  /** The local server started for this process, when NEO4J_URI was not set. */
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or starts the project's own local Neo4j when none is configured, then
 * applies the idempotent schema migration (constraints and indexes).
 */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<Database> {
  let local: LocalNeo4j | undefined;
  let connection = config.neo4j;
  if (connection === undefined) {
    local = await startLocalNeo4j(projectRoot(), config.localNeo4j, logger);
    connection = { uri: local.boltUri, ...config.neo4jCredentials, database: undefined };
  }
  try {
    const driver = await connectToNeo4j(connection);
    const executor = new GraphExecutor(driver, connection.database, logger);
    await runMigrations(executor, logger);
    return {
      executor,
      local,
      async close() {
        await driver.close();
        await local?.stop();
      },
    };
  } catch (error) {
    await local?.stop();
    throw error;
  }
}
