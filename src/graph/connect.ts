import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config/config';
import { DatabaseSetupError } from '../local-neo4j/errors';

/** Driver error codes that mean "your settings are wrong", each with the fix to print. */
const CONNECT_HINTS: Record<string, string> = {
  'Neo.ClientError.Security.Unauthorized': 'check NEO4J_USER and NEO4J_PASSWORD',
  'Neo.ClientError.Security.AuthenticationRateLimit':
    'too many failed logins; wait a few seconds, then check NEO4J_USER and NEO4J_PASSWORD',
  ServiceUnavailable: 'check that the server runs and that NEO4J_URI (host, port, scheme) is right',
  SessionExpired: 'check that the server runs and that NEO4J_URI is right',
};

/**
 * Opens a driver and proves it can log in, so a wrong URI or password stops start-up with one
 * clear line instead of failing on the first query.
 */
export async function connectToNeo4j(config: Neo4jConnectionConfig): Promise<Driver> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: false,
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: 50,
  });
  try {
    await driver.verifyAuthentication({ database: config.database });
    await driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    await driver.close();
    const code = (error as { code?: string }).code ?? '';
    const hint = CONNECT_HINTS[code] ?? 'check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD';
    const reason = (error as Error).message.split('\n')[0];
    throw new DatabaseSetupError(
      `cannot connect to Neo4j at ${config.uri} as ${config.user}: ${reason} (${hint})`,
    );
  }
  return driver;
}
