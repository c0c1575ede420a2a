import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { appVersion } from '../../../src/config/project-root';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';

describe('walking skeleton against a real Neo4j', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;

  beforeAll(async () => {
    graph = await openTestGraph();
    yoga = createApi({ executor: graph.executor, logger: graph.logger });
  });
  afterAll(() => graph.close());

  it('writes a node through Bolt and reads it back', async () => {
    await graph.executor.write({
      cypher: 'CREATE (:SkeletonProbe {word: $word})',
      params: { word: 'إسناد' },
    });
    const rows = await graph.executor.read<{ word: string }>({
      cypher: 'MATCH (p:SkeletonProbe) RETURN p.word AS word',
    });
    expect(rows).toEqual([{ word: 'إسناد' }]);
  });

  it('health reports the app version and the edition and version read from the server', async () => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { version neo4j { version edition } } }' }),
    });
    const body = (await response.json()) as {
      data: { health: { version: string; neo4j: { version: string; edition: string } } };
    };
    const [server] = await graph.executor.read<{ version: string; edition: string }>({
      cypher: 'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    });
    expect(body.data.health.version).toBe(appVersion());
    expect(body.data.health.neo4j).toEqual(server);
    expect(server?.version).toMatch(/^5\.26\./);
    expect(server?.edition).toBe('community');
  });
});
