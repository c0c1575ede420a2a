import { ingestFiles } from '../../src/ingest/ingest-files';
import { isnadTool } from '../../src/ingest/tool-info';
import { openTestGraph } from '../support/graph';
import type { TestGraph } from '../support/graph';
import { countGraph } from '../support/seed';
import { spawnCli } from '../support/spawn-cli';
import { readTestNeo4jEnv } from '../support/test-neo4j';
import { writeCrashCorpus } from './support/crash-corpus';
import type { CrashCorpus } from './support/crash-corpus';
import { checkCrashInvariants } from './support/invariants';
import { countFromEnv, report } from './support/rounds';

/** Processes that ingest the same file at once (the probe ran 8). */
const PROCESSES = countFromEnv('ISNAD_CONCURRENT_INGESTS', 4, 32);

let graph: TestGraph;
let corpus: CrashCorpus;
beforeAll(async () => {
  graph = await openTestGraph();
  corpus = writeCrashCorpus(1, 60);
}, 180_000);
afterAll(async () => {
  await graph?.clear();
  await graph?.close();
  corpus?.remove();
});

describe('concurrent re-ingest of one file', () => {
  it(`${PROCESSES} \`isnad ingest\` processes on one file leave exactly what one ingest leaves, and one says it created it`, async () => {
    await ingestFiles(graph.executor, corpus.files, isnadTool(), graph.logger);
    const once = await countGraph(graph.executor);
    await graph.clear();

    const env = readTestNeo4jEnv();
    const started = Date.now();
    const clis = Array.from({ length: PROCESSES }, () =>
      spawnCli(['ingest', corpus.files[0]!], {
        NEO4J_URI: env.uri,
        NEO4J_USER: env.user,
        NEO4J_PASSWORD: env.password,
        LOG_LEVEL: 'warn',
      }),
    );
    const codes = await Promise.all(clis.map((cli) => cli.exited));
    const lines = clis.flatMap((cli) => cli.stdout);
    const created = lines.filter((l) => / nodes and \d+ relationships created/.test(l));
    const already = lines.filter((l) => l.includes('already ingested'));
    const counts = await countGraph(graph.executor);
    const invariants = await checkCrashInvariants(graph.executor, corpus.statements, [
      ...corpus.statements.keys(),
    ]);
    report('concurrent-reingest', {
      processes: PROCESSES,
      exitedZero: codes.filter((c) => c === 0).length,
      created: created.length,
      alreadyIngested: already.length,
      nodes: counts.nodes,
      nodesOfOneIngest: once.nodes,
      ms: Date.now() - started,
    });
    expect(codes).toEqual(Array(PROCESSES).fill(0));
    expect(counts).toEqual(once);
    expect(invariants).toEqual({ articles: 1, partialArticles: [], orphanNodes: 0, lostCommits: [] });
    // Regression (issue 15, item 6): processes that merged into another's nodes printed "created" with 0 nodes.
    expect(created).toHaveLength(1);
    expect(created[0]).not.toMatch(/ 0 nodes/);
    expect(already).toHaveLength(PROCESSES - 1);
  }, 300_000);
});
