import type { GraphCounts } from '../../support/seed';
import { writeCrashCorpus } from '../support/crash-corpus';
import type { CrashCorpus } from '../support/crash-corpus';
import {
  crashRound,
  exitWithin,
  expectSound,
  referenceIngest,
  runCrashRounds,
} from '../support/crash-rounds';
import type { CrashTarget } from '../support/crash-rounds';
import { startOwnNeo4j } from '../support/own-neo4j';
import type { OwnNeo4j } from '../support/own-neo4j';
import { budgetMs, crashRounds } from '../support/rounds';

/**
 * Runs only with ISNAD_RELIABILITY_ROUNDS set (jest.config.js): each round restarts a Neo4j JVM,
 * 15-30 s on an idle 2-core machine and minutes on a busy one, too long for the default run.
 */
const ARTICLES = 8;
const ROUNDS = crashRounds();

let neo: OwnNeo4j;
let corpus: CrashCorpus;
let target: CrashTarget;
let complete: GraphCounts;

beforeAll(async () => {
  corpus = writeCrashCorpus(ARTICLES, 40);
  neo = await startOwnNeo4j();
  target = {
    executor: () => neo.executor,
    logger: neo.logger,
    cliEnv: () => neo.cliEnv(),
    clear: () => neo.clear(),
  };
  complete = await referenceIngest(target, corpus);
}, 600_000);

afterAll(async () => {
  await neo?.stop();
  corpus?.remove();
});

describe('kill -9 of the Neo4j JVM mid-ingest', () => {
  it(
    `the ingester exits 1; after recovery every acknowledged commit is there and no article is partial (${ROUNDS} round(s))`,
    async () => {
      const results = await runCrashRounds(
        'jvm-kill',
        ROUNDS,
        () =>
          crashRound(target, corpus, async (cli) => {
            await neo.killJvm();
            const exit = await exitWithin(cli, 180_000);
            await neo.restart();
            return exit;
          }),
        complete,
      );
      for (const r of results) expectSound(r, ARTICLES, complete);
      // The ingester notices the dead database and fails: it neither hangs nor claims success.
      expect(results.map((r) => r.exitCode)).toEqual(Array(ROUNDS).fill(1));
    },
    budgetMs(ROUNDS, 900_000),
  );
});
