import { QUICK_SETTINGS, runBenchmarks } from '../../../bench/run-benchmarks';
import type { BenchResults } from '../../../bench/results';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';

/**
 * The benchmark's quick mode (N = 1,000) runs with the tests so that it never rots. It checks
 * that every benchmark ran and printed its table, never how fast anything was.
 */
describe('the benchmark in quick mode', () => {
  let graph: TestGraph;
  let printed = '';
  let results: BenchResults;

  beforeAll(async () => {
    graph = await openTestGraph();
    results = await runBenchmarks(
      {
        executor: graph.executor,
        logger: graph.logger,
        clear: () => graph.clear(),
        jvmPid: undefined,
        print: (text) => {
          printed += `${text}\n`;
        },
      },
      QUICK_SETTINGS,
    );
  }, 600_000);
  afterAll(async () => {
    await graph.clear();
    await graph.close();
  });

  it('prints every table with a header row', () => {
    for (const title of [
      'Ingest',
      'Floor (ms, one request at a time)',
      'Queries over HTTP (ms, one request at a time)',
      'GraphQL overhead',
      'Load: autocannon on loopback',
      'Neo4j round trips per request',
      'Memory (MiB, resident)',
    ]) {
      expect(printed).toContain(`### ${title}`);
    }
    expect(printed).toMatch(/^\| N +\| Path +\| Share of the corpus +\| Statements/m);
    expect(printed).toMatch(/^\| N +\| Query +\| +p50 \| +p95 \| +p99 \|/m);
  });

  it('ingests the whole corpus through the three paths, labelled', () => {
    const [size] = results.sizes;
    expect(size?.statements).toBe(1000);
    const written = size!.ingest.figures.map((f) => [f.path, f.statements > 0]);
    expect(written).toEqual([
      ['bulk', true],
      ['per-article', true],
      ['per-statement', true],
    ]);
    expect(size!.ingest.figures.reduce((sum, f) => sum + f.statements, 0)).toBe(1000);
    expect(printed).toContain('per-statement baseline (one transaction per statement)');
  });

  it('imports the same corpus offline (neo4j-admin) into a database of its own, and prints its row', () => {
    const [size] = results.sizes;
    const offline = size!.offlineImport;
    expect(offline).toMatchObject({ files: 100, statements: 1000 });
    expect(offline!.nodes).toBeGreaterThan(1000);
    expect(offline!.seconds.adminImport).toBeGreaterThan(0);
    expect(printed).toMatch(
      /^\| 1,000 +\| offline: isnad import \(neo4j-admin, new database\) +\| whole corpus/m,
    );
    expect(printed).toContain('Offline import, N = 1,000: records and CSV');
  });

  it('prints a row for each query, and search finds every statement the corpus planted', () => {
    const [size] = results.sizes;
    expect(size!.queries.map((q) => q.name)).toEqual([
      'contradictions: first page',
      'contradictions: first page + totalCount',
      'contradictions: topic filter',
      'search (Arabic, folded): first page',
      'search (Arabic, folded): first page + totalCount',
      'search (English): first page + totalCount',
      'provenance of a statement in a contradiction',
    ]);
    for (const q of size!.queries) expect(printed).toContain(`| ${q.name}`);
    const counted = size!.queries.filter((q) => q.name.endsWith('totalCount') && q.name.startsWith('search'));
    for (const q of counted) expect(q.found).toMatch(/: (\d+) of \1 expected$/);
  });

  it('measures the floor first, GraphQL overhead, load at each concurrency, round trips and memory', () => {
    const [size] = results.sizes;
    expect(results.initialFloor.map((f) => f.path)).toContain('API over HTTP: { health }');
    expect(size!.overhead).toHaveLength(3);
    expect(size!.load.map((l) => l.connections)).toEqual([1, 16, 64, 1, 16, 64]);
    // How many requests complete in a second depends on the machine; that none is refused does not.
    expect(size!.load.every((l) => l.non2xx === 0)).toBe(true);
    expect(size!.queries.find((q) => q.name === 'contradictions: first page')?.roundTrips).toBe(1);
    expect(size!.memory.map((m) => m.when)).toEqual(['after ingest', 'after load']);
  });
});
