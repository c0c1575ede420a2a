import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../../src/config/project-root';
import { connectToNeo4j } from '../../../src/graph/connect';
import { GraphExecutor } from '../../../src/graph/executor';
import { runMigrations } from '../../../src/graph/migrations';
import { createLogger } from '../../../src/logging/logger';
import type { Logger } from '../../../src/logging/logger';
import { startLocalNeo4j } from '../../../src/local-neo4j/start-local-neo4j';
import type { LocalNeo4j } from '../../../src/local-neo4j/start-local-neo4j';

const PASSWORD = 'isnad-crash-password';

/**
 * A Neo4j of the crash rounds' own (the project's launcher on a temporary data directory, port 0),
 * so that killing its JVM never touches the run's shared test database.
 */
export interface OwnNeo4j {
  executor: GraphExecutor;
  logger: Logger;
  /** Environment that points the `isnad` CLI at this server. */
  cliEnv(): NodeJS.ProcessEnv;
  pid(): number;
  /** kill -9 of the JVM; resolves when it is gone. */
  killJvm(): Promise<void>;
  /** Starts the JVM again on the same data directory (recovery runs) and reconnects. */
  restart(): Promise<number>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export async function startOwnNeo4j(): Promise<OwnNeo4j> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'silent', 'isnad-reliability');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-crash-neo4j-'));
  const config = {
    dataDir,
    port: 0,
    heap: '512m',
    pageCache: '64m',
    startTimeoutMs: 240_000,
    password: PASSWORD,
  };
  let server: LocalNeo4j;
  let driver: Driver;
  const state = {} as { executor: GraphExecutor };

  const connect = async (): Promise<void> => {
    server = await startLocalNeo4j(projectRoot(), config, logger);
    driver = await connectToNeo4j({
      uri: server.boltUri,
      user: 'neo4j',
      password: PASSWORD,
      database: undefined,
    });
    state.executor = new GraphExecutor(driver, undefined, logger);
    await runMigrations(state.executor, logger);
  };
  await connect();

  return {
    get executor() {
      return state.executor;
    },
    logger,
    cliEnv: () => ({
      NEO4J_URI: server.boltUri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: PASSWORD,
      LOG_LEVEL: 'info',
    }),
    pid: () => server.pid,
    killJvm: async () => {
      process.kill(server.pid, 'SIGKILL');
      await server.exited;
      await driver.close().catch(() => undefined);
    },
    restart: async () => {
      const started = Date.now();
      await connect();
      return Date.now() - started;
    },
    clear: () =>
      state.executor.autoCommit({
        cypher: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
      }),
    stop: async () => {
      await driver.close().catch(() => undefined);
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
