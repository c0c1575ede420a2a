import { openTestGraph } from '../support/graph';
import type { TestGraph } from '../support/graph';
import type { GraphCounts } from '../support/seed';
import { readTestNeo4jEnv } from '../support/test-neo4j';
import { writeCrashCorpus } from './support/crash-corpus';
import type { CrashCorpus } from './support/crash-corpus';
import { crashRound, expectSound, referenceIngest, runCrashRounds } from './support/crash-rounds';
import type { CrashTarget } from './support/crash-rounds';
import { budgetMs, crashRounds } from './support/rounds';

const ARTICLES = 8;
const ROUNDS = crashRounds();

let graph: TestGraph;
let corpus: CrashCorpus;
let target: CrashTarget;
let complete: GraphCounts;

beforeAll(async () => {
  graph = await openTestGraph();
  corpus = writeCrashCorpus(ARTICLES, 40);
  const env = readTestNeo4jEnv();
  target = {
    executor: () => graph.executor,
    logger: graph.logger,
    cliEnv: () => ({
      NEO4J_URI: env.uri,
      NEO4J_USER: env.user,
      NEO4J_PASSWORD: env.password,
      LOG_LEVEL: 'info',
    }),
    clear: () => graph.clear(),
  };
  complete = await referenceIngest(target, corpus);
}, 240_000);

afterAll(async () => {
  await graph?.clear();
  await graph?.close();
  corpus?.remove();
});

describe('kill -9 of the ingesting process mid-ingest', () => {
  it(
    `leaves 0 partial articles, 0 orphans, 0 lost commits, and a re-ingest equal to one ingest (${ROUNDS} round(s))`,
    async () => {
      const results = await runCrashRounds(
        'ingester-kill',
        ROUNDS,
        () =>
          crashRound(target, corpus, async (cli) => {
            cli.child.kill('SIGKILL');
            return cli.exited;
          }),
        complete,
      );
      for (const r of results) expectSound(r, ARTICLES, complete);
    },
    budgetMs(ROUNDS, 240_000),
  );
});
