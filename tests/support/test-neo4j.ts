import { execFileSync } from 'node:child_process';

/** Where the test run's Neo4j is; set by global setup, read by every integration test file. */
export interface TestNeo4jEnv {
  uri: string;
  user: string;
  password: string;
  provider: 'NEO4J_URI' | 'testcontainers' | 'local-launcher';
}

export const TEST_ENV_KEYS = {
  uri: 'ISNAD_TEST_NEO4J_URI',
  user: 'ISNAD_TEST_NEO4J_USER',
  password: 'ISNAD_TEST_NEO4J_PASSWORD',
  provider: 'ISNAD_TEST_NEO4J_PROVIDER',
} as const;

export function readTestNeo4jEnv(): TestNeo4jEnv {
  const uri = process.env[TEST_ENV_KEYS.uri];
  if (uri === undefined)
    throw new Error('the test Neo4j was not started: run tests through jest (global setup)');
  return {
    uri,
    user: process.env[TEST_ENV_KEYS.user] ?? 'neo4j',
    password: process.env[TEST_ENV_KEYS.password] ?? '',
    provider: (process.env[TEST_ENV_KEYS.provider] ?? 'local-launcher') as TestNeo4jEnv['provider'],
  };
}

/** A Docker client without a reachable engine does not count. */
export function dockerEngineAvailable(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}
