import { connectToNeo4j } from '../../../src/graph/connect';
import { DatabaseSetupError } from '../../../src/local-neo4j/errors';
import { assertToolInstalled } from '../../../src/local-neo4j/build-launcher';
import { readTestNeo4jEnv } from '../../support/test-neo4j';

describe('connection faults stop with one actionable line', () => {
  it('a wrong password on the configured server names the credentials to check', async () => {
    // One failed login only: Neo4j locks the user briefly after repeated failures.
    const env = readTestNeo4jEnv();
    const attempt = connectToNeo4j({
      uri: env.uri,
      user: env.user,
      password: 'wrong-password',
      database: undefined,
    });
    await expect(attempt).rejects.toThrow(DatabaseSetupError);
    await expect(attempt).rejects.toThrow(
      /^cannot connect to Neo4j at .* as neo4j: .*\(check NEO4J_USER and NEO4J_PASSWORD\)$/,
    );
  });

  it('an unreachable server names NEO4J_URI', async () => {
    await expect(
      connectToNeo4j({
        uri: 'bolt://127.0.0.1:1',
        user: 'neo4j',
        password: 'whatever1',
        database: undefined,
      }),
    ).rejects.toThrow(/cannot connect to Neo4j at bolt:\/\/127\.0\.0\.1:1 .*NEO4J_URI/);
  });

  it('a missing Java or Maven names the package to install and NEO4J_URI as the alternative', () => {
    expect(() => assertToolInstalled('isnad-no-such-mvn', ['-v'], 'install Apache Maven')).toThrow(
      'isnad-no-such-mvn was not found (install Apache Maven), or set NEO4J_URI to an existing Neo4j',
    );
  });
});
