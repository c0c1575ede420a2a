import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { ingestSeed } from '../../support/seed';
import { spawnCli } from '../../support/spawn-cli';
import { readTestNeo4jEnv } from '../../support/test-neo4j';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isnad search in a terminal', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
  });
  afterAll(() => graph.close());

  it('wraps Arabic in Unicode isolates (FSI … PDI) so mixed lines read right', async () => {
    const env = readTestNeo4jEnv();
    const cli = spawnCli(['search', 'لا تغييرات لدينا'], {
      NEO4J_URI: env.uri,
      NEO4J_USER: env.user,
      NEO4J_PASSWORD: env.password,
      LOG_LEVEL: 'silent',
    });
    expect(await cli.exited).toBe(0);
    const line = cli.stdout.find((l) => l.includes('لا تغييرات لدينا'));
    expect(line).toBeDefined();
    expect(line).toContain(`${FSI}لا تغييرات لدينا على خطط الانتشار المستقبلية في العراق${PDI}`);
    expect(line).toContain('— a US defense official, Al Arabiya.net');
    expect(line).toMatch(/\[st_[0-9a-f]{24}\]$/);
  }, 60_000);

  it('prints the hits as JSON with --json', async () => {
    const env = readTestNeo4jEnv();
    const cli = spawnCli(['search', 'future deployment plans', '--language', 'en', '--json'], {
      NEO4J_URI: env.uri,
      NEO4J_USER: env.user,
      NEO4J_PASSWORD: env.password,
      LOG_LEVEL: 'silent',
    });
    expect(await cli.exited).toBe(0);
    const { stdout } = cli.child;
    if (!stdout?.closed) await new Promise((resolve) => stdout?.once('close', resolve));
    const hits = JSON.parse(cli.stdout.join('\n')) as {
      score: number;
      matched: string;
      statement: { id: string };
    }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({
      matched: expect.any(String),
      statement: { id: expect.stringMatching(/^st_/) },
    });
    expect(hits[0]!.score).toBeGreaterThan(0);
  }, 60_000);
});
