import type { AppConfig } from '../config/config';
import { projectRoot } from '../config/project-root';
import type { Logger } from '../logging/logger';
import type { LocalNeo4j } from '../local-neo4j/start-local-neo4j';
import { startLocalNeo4j } from '../local-neo4j/start-local-neo4j';
import { superviseLocalNeo4j } from '../local-neo4j/supervise';
import type { SupervisedNeo4j } from '../local-neo4j/supervise';
import { connectToNeo4j } from './connect';
import { GraphExecutor } from './executor';
import { runMigrations } from './migrations';

export interface Database {
  executor: GraphExecutor;
  /** The local server started for this process, when NEO4J_URI was not set (after a restart, see `supervisor`). */
  local: LocalNeo4j | undefined;
  /** Its supervisor, when opened with `supervise` (the local server is restarted when it dies). */
  supervisor: SupervisedNeo4j | undefined;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Restart the local Neo4j when it dies, within `config.localNeo4jRestarts` (for `serve`). */
  supervise?: boolean;
}

/**
 * Connects to NEO4J_URI, or starts the project's own local Neo4j when none is configured, then
 * applies the idempotent schema migration (constraints and indexes).
 */
export async function openDatabase(
  config: AppConfig,
  logger: Logger,
  options: OpenOptions = {},
): Promise<Database> {
  let local: LocalNeo4j | undefined;
  let supervisor: SupervisedNeo4j | undefined;
  let connection = config.neo4j;
  if (connection === undefined) {
    local = await startLocalNeo4j(projectRoot(), config.localNeo4j, logger);
    connection = { uri: local.boltUri, ...config.neo4jCredentials, database: undefined };
    if (options.supervise) {
      // The same port again (the first start may have picked a free one), so the driver reconnects.
      const again = { ...config.localNeo4j, port: Number(new URL(local.boltUri).port) };
      const restart = () => startLocalNeo4j(projectRoot(), again, logger);
      supervisor = superviseLocalNeo4j(local, restart, config.localNeo4jRestarts, logger);
    }
  }
  const stopLocal = async (): Promise<void> => {
    await (supervisor ?? local)?.stop();
  };
  try {
    const driver = await connectToNeo4j(connection);
    const executor = new GraphExecutor(driver, connection.database, logger);
    await runMigrations(executor, logger);
    return {
      executor,
      local,
      supervisor,
      async close() {
        await driver.close();
        await stopLocal();
      },
    };
  } catch (error) {
    await stopLocal();
    throw error;
  }
}
