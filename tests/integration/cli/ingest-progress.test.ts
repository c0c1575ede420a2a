import path from 'node:path';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { FIXTURES_DIR } from '../../support/seed';
import { spawnCli, spawnCliInTerminal } from '../../support/spawn-cli';
import { readTestNeo4jEnv } from '../../support/test-neo4j';

describe('isnad ingest: a progress bar in a terminal, nothing when piped', () => {
  let graph: TestGraph;
  const file = path.join(FIXTURES_DIR, 'tiny.annotation.yaml');
  const env = () => {
    const neo4j = readTestNeo4jEnv();
    return {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      LOG_LEVEL: 'silent',
    };
  };

  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(() => graph.close());

  it('draws the bar of files on the terminal', async () => {
    const cli = spawnCliInTerminal(['ingest', file], env());
    const code = await cli.exited;
    const screen = cli.stdout.join('\n');
    expect({ code, end: screen.slice(-400) }).toMatchObject({ code: 0 });
    expect(screen).toMatch(/ingest \|[█░]+\| 1\/1 files/);
    expect(screen).toMatch(/tiny\.annotation\.yaml: article tiny-base-closure/);
  }, 120_000);

  it('prints only the result lines when stdout and stderr are pipes', async () => {
    const cli = spawnCli(['ingest', file], env());
    expect(await cli.exited).toBe(0);
    expect(cli.stderr).toEqual([]);
    expect(cli.stdout).toEqual([expect.stringMatching(/^tiny\.annotation\.yaml: already ingested/)]);
  }, 120_000);
});
