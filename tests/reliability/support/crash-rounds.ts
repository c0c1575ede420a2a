import type { GraphExecutor } from '../../../src/graph/executor';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import type { Logger } from '../../../src/logging/logger';
import { countGraph } from '../../support/seed';
import type { GraphCounts } from '../../support/seed';
import { spawnCli } from '../../support/spawn-cli';
import type { SpawnedCli } from '../../support/spawn-cli';
import { acknowledgedSlugs } from './acknowledged';
import type { CrashCorpus } from './crash-corpus';
import { checkCrashInvariants } from './invariants';
import type { CrashInvariants } from './invariants';
import { report } from './rounds';

/** The database a crash round runs against (the executor may change when the server restarts). */
export interface CrashTarget {
  executor(): GraphExecutor;
  logger: Logger;
  cliEnv(): NodeJS.ProcessEnv;
  clear(): Promise<void>;
}

export interface RoundResult {
  midIngest: boolean;
  acknowledged: number;
  after: CrashInvariants;
  reingested: CrashInvariants;
  counts: GraphCounts;
  exitCode: number | null | 'hung';
  ms: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const randomInt = (below: number): number => Math.floor(Math.random() * below);

/** Waits until the ingester has acknowledged `n` commits (bounded). */
async function untilAcknowledged(cli: SpawnedCli, n: number, timeoutMs = 300_000): Promise<void> {
  const started = Date.now();
  while (acknowledgedSlugs(cli.stderr).length < n) {
    if (cli.child.exitCode !== null)
      throw new Error(`ingest exited early: ${cli.stderr.slice(-3).join('\n')}`);
    if (Date.now() - started > timeoutMs) throw new Error(`no ${n} commits within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** Settles with the exit code, or kills the process after `timeoutMs` (a hung client is a finding too). */
export async function exitWithin(cli: SpawnedCli, timeoutMs: number): Promise<number | null | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), timeoutMs)));
  const outcome = await Promise.race([cli.exited, hung]);
  clearTimeout(timer);
  if (outcome === 'hung') {
    cli.child.kill('SIGKILL');
    await cli.exited;
  }
  return outcome;
}

/** What one uninterrupted ingest of the corpus leaves; checks that it is whole. */
export async function referenceIngest(target: CrashTarget, corpus: CrashCorpus): Promise<GraphCounts> {
  await target.clear();
  await ingestFiles(target.executor(), corpus.files, isnadTool(), target.logger);
  const whole = await checkCrashInvariants(target.executor(), corpus.statements, [
    ...corpus.statements.keys(),
  ]);
  if (whole.partialArticles.length || whole.orphanNodes || whole.lostCommits.length) {
    throw new Error(`an uninterrupted ingest is not whole: ${JSON.stringify(whole)}`);
  }
  return countGraph(target.executor());
}

/**
 * Starts `isnad ingest` on the corpus, lets it commit a few files, then `kill` strikes (and
 * returns the ingester's exit). Then the invariants, and a re-ingest of every file.
 */
export async function crashRound(
  target: CrashTarget,
  corpus: CrashCorpus,
  kill: (cli: SpawnedCli) => Promise<number | null | 'hung'>,
): Promise<RoundResult> {
  const started = Date.now();
  await target.clear();
  const cli = spawnCli(['ingest', ...corpus.files], target.cliEnv());
  const first = 1 + randomInt(Math.floor(corpus.files.length / 2));
  await untilAcknowledged(cli, first);
  const firstAt = Date.now();
  await untilAcknowledged(cli, first + 1);
  // So that the kill often lands inside a transaction, yet before the last file: within half the
  // time one commit just took (a quiet machine commits a file in tens of milliseconds).
  await sleep(randomInt(Math.max(1, Math.min(300, (Date.now() - firstAt) / 2))));
  const exitCode = await kill(cli);
  const acknowledged = acknowledgedSlugs(cli.stderr);
  const after = await checkCrashInvariants(target.executor(), corpus.statements, acknowledged);
  // Re-ingest completes and leaves exactly what one uninterrupted ingest leaves.
  await ingestFiles(target.executor(), corpus.files, isnadTool(), target.logger);
  const reingested = await checkCrashInvariants(target.executor(), corpus.statements, [
    ...corpus.statements.keys(),
  ]);
  return {
    midIngest: acknowledged.length < corpus.files.length,
    acknowledged: acknowledged.length,
    after,
    reingested,
    counts: await countGraph(target.executor()),
    exitCode,
    ms: Date.now() - started,
  };
}

/** Runs `rounds` rounds, printing each one's figures as it ends (a long run can be read as it goes). */
export async function runCrashRounds(
  kind: string,
  rounds: number,
  round: () => Promise<RoundResult>,
  complete: GraphCounts,
): Promise<RoundResult[]> {
  const results: RoundResult[] = [];
  for (let i = 0; i < rounds; i++) {
    const r = await round();
    results.push(r);
    report(`${kind} round ${i + 1}/${rounds}`, {
      acknowledged: r.acknowledged,
      partialArticles: r.after.partialArticles.length,
      orphanNodes: r.after.orphanNodes,
      lostCommits: r.after.lostCommits.length,
      reingestEqual: String(JSON.stringify(r.counts) === JSON.stringify(complete)),
      exit: String(r.exitCode),
      ms: r.ms,
    });
  }
  report(kind, {
    rounds: results.length,
    midIngest: results.filter((r) => r.midIngest).length,
    acknowledgedCommits: results.reduce((n, r) => n + r.acknowledged, 0),
    partialArticles: results.reduce((n, r) => n + r.after.partialArticles.length, 0),
    orphanNodes: results.reduce((n, r) => n + r.after.orphanNodes, 0),
    lostCommits: results.reduce((n, r) => n + r.after.lostCommits.length, 0),
    reingestMismatches: results.filter((r) => JSON.stringify(r.counts) !== JSON.stringify(complete)).length,
    totalMs: results.reduce((n, r) => n + r.ms, 0),
  });
  return results;
}

/** The expectations every crash round must meet. */
export function expectSound(result: RoundResult, articles: number, complete: GraphCounts): void {
  expect(result.midIngest).toBe(true);
  expect(result.after.partialArticles).toEqual([]);
  expect(result.after.orphanNodes).toBe(0);
  expect(result.after.lostCommits).toEqual([]);
  expect(result.reingested).toEqual({ articles, partialArticles: [], orphanNodes: 0, lostCommits: [] });
  expect(result.counts).toEqual(complete);
}
