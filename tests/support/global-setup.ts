import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root';
import { createLogger } from '../../src/logging/logger';
import { startLocalNeo4j } from '../../src/local-neo4j/start-local-neo4j';
import { dockerEngineAvailable, TEST_ENV_KEYS } from './test-neo4j';

const TEST_PASSWORD = 'isnad-test-password';
/**
 * How long the run's Neo4j may take to start. Regression: 180 s was exceeded on a 2-core machine
 * shared with other runs (load average above 15), and the whole run failed before its first test.
 */
const START_TIMEOUT_MS = Number(process.env.ISNAD_NEO4J_START_TIMEOUT_MS ?? 600_000);

/**
 * One Neo4j for the whole run: NEO4J_URI when set; else testcontainers when a Docker engine
 * answers; else the project's own launcher on a fresh temporary data directory (never the one
 * `npm start` uses) and a free port.
 */
export default async function globalSetup(): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'isnad-tests');
  const set = (uri: string, user: string, password: string, provider: string): void => {
    process.env[TEST_ENV_KEYS.uri] = uri;
    process.env[TEST_ENV_KEYS.user] = user;
    process.env[TEST_ENV_KEYS.password] = password;
    process.env[TEST_ENV_KEYS.provider] = provider;
  };

  if (process.env.NEO4J_URI) {
    set(
      process.env.NEO4J_URI,
      process.env.NEO4J_USER ?? 'neo4j',
      process.env.NEO4J_PASSWORD ?? '',
      'NEO4J_URI',
    );
    return;
  }
  if (dockerEngineAvailable()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(TEST_PASSWORD).start();
    set(container.getBoltUri(), 'neo4j', TEST_PASSWORD, 'testcontainers');
    globalThis.__ISNAD_TEST_STOP__ = async () => void (await container.stop());
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-test-neo4j-'));
  const local = await startLocalNeo4j(
    projectRoot(),
    {
      dataDir,
      port: 0,
      heap: '768m',
      pageCache: '64m',
      startTimeoutMs: START_TIMEOUT_MS,
      password: TEST_PASSWORD,
    },
    logger,
  );
  set(local.boltUri, 'neo4j', TEST_PASSWORD, 'local-launcher');
  globalThis.__ISNAD_TEST_STOP__ = async () => {
    await local.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

declare global {
  var __ISNAD_TEST_STOP__: (() => Promise<void>) | undefined;
}
