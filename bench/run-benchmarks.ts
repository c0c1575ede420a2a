/**
 * The whole benchmark against a given executor: the floor on the empty graph, then per corpus
 * size: clear, ingest (three paths), floor again, queries, GraphQL overhead, load, memory, and
 * last the offline import in a database of its own. Tables go to `print` as each size finishes,
 * so a long run shows its progress.
 */
import type { GraphExecutor } from '../src/graph/executor';
import { readServerInfo } from '../src/graph/server-info';
import type { Logger } from '../src/logging/logger';
import { startApi } from './api-client';
import type { ApiServer } from './api-client';
import { benchmarkProbes } from './corpus/probes';
import { runIngest } from './ingest-bench';
import { nowMs } from './latency';
import type { TimingPlan } from './latency';
import { measureLoad } from './load-bench';
import { runOfflineImport } from './offline-import-bench';
import type { LoadFigure } from './load-bench';
import { cpuPressure, describeMachine, loadAverage } from './machine';
import { sampleMemory } from './memory';
import { measureFloor, measureQueries } from './query-bench';
import { allTables } from './report-tables';
import type { BenchResults, SizeResult } from './results';
import { renderTable } from './table';
import * as op from './operations';

export interface BenchSettings {
  sizes: number[];
  /** Requests per latency figure, after warm-up. */
  timing: TimingPlan;
  /** Seconds of load per concurrency level. */
  loadSeconds: number;
  concurrency: number[];
  /** Articles per bulk-ingest transaction. */
  bulkArticles: number;
  /** Articles in each slow-path ingest sample (10 statements each). */
  sampleArticles: number;
  /**
   * Statements ingested and queried, then cleared, before the first size: a fresh JVM compiles
   * its hot paths during the first minute or two, which would otherwise land on the first size.
   */
  warmupStatements: number;
  /** Also time `isnad import` (neo4j-admin) of each size, in a database of its own. */
  offlineImport: boolean;
}

/** Full runs: 200 timed requests per figure and 5 s of load per level. */
export const FULL_SETTINGS: Omit<BenchSettings, 'sizes'> = {
  timing: { warmup: 20, iterations: 200 },
  loadSeconds: 5,
  concurrency: [1, 16, 64],
  bulkArticles: 100,
  sampleArticles: 200,
  warmupStatements: 5000,
  offlineImport: true,
};

/** The quick mode the tests run: N = 1,000, a few requests per figure, 1 s of load per level. */
export const QUICK_SETTINGS: BenchSettings = {
  sizes: [1000],
  timing: { warmup: 3, iterations: 20 },
  loadSeconds: 1,
  concurrency: [1, 16, 64],
  bulkArticles: 20,
  sampleArticles: 10,
  warmupStatements: 0,
  offlineImport: true,
};

export interface BenchTarget {
  executor: GraphExecutor;
  logger: Logger;
  /** Empties the graph. */
  clear(): Promise<void>;
  /** The local Neo4j's process id, for its memory; undefined when it is not ours. */
  jvmPid: number | undefined;
  print(text: string): void;
  progress?(message: string): void;
}

/** Runs every benchmark of `settings` against `target` and returns the figures. */
export async function runBenchmarks(target: BenchTarget, settings: BenchSettings): Promise<BenchResults> {
  const { executor, logger, print } = target;
  const progress = target.progress ?? (() => undefined);
  const started = nowMs();
  const start = { load: loadAverage(), pressure: cpuPressure() };
  const server = await readServerInfo(executor);
  const api = await startApi(executor, logger);
  try {
    await target.clear();
    progress('floor on the empty graph');
    const initialFloor = await measureFloor(executor, api.url, settings.timing, target.jvmPid);
    if (settings.warmupStatements > 0) {
      progress(`warm-up: ${settings.warmupStatements} statements, not reported`);
      const warmup = { ...settings, concurrency: [16], offlineImport: false };
      await runSize(target, api, settings.warmupStatements, warmup, progress);
    }
    const sizes: SizeResult[] = [];
    for (const statements of settings.sizes) {
      sizes.push(await runSize(target, api, statements, settings, progress));
      const partial = { machine: undefined, initialFloor, sizes };
      print(`## ${statements.toLocaleString('en-US')} statements\n`);
      for (const table of allTables(partial, { onlySize: statements })) print(renderTable(table));
    }
    const results: BenchResults = {
      machine: {
        date: new Date().toISOString(),
        ...describeMachine(),
        neo4j: `${server.version} ${server.edition}`,
        loadAverage: { start: start.load, end: loadAverage() },
        cpuPressure: { start: start.pressure, end: cpuPressure() },
        settings: {
          sizes: settings.sizes.join(','),
          warmup: settings.timing.warmup,
          iterations: settings.timing.iterations,
          loadSeconds: settings.loadSeconds,
          bulkArticles: settings.bulkArticles,
          sampleArticles: settings.sampleArticles,
          warmupStatements: settings.warmupStatements,
          offlineImport: settings.offlineImport,
        },
      },
      initialFloor,
      sizes,
      seconds: (nowMs() - started) / 1000,
    };
    if (sizes.length > 1) {
      print('## All sizes\n');
      for (const table of allTables(results)) print(renderTable(table));
    }
    return results;
  } finally {
    await api.close();
  }
}

async function runSize(
  target: BenchTarget,
  api: ApiServer,
  statements: number,
  settings: BenchSettings,
  progress: (message: string) => void,
): Promise<SizeResult> {
  const { url } = api;
  const { executor } = target;
  const started = nowMs();
  progress(`${statements}: clearing the graph`);
  await target.clear();
  const ingest = await runIngest(executor, statements, {
    bulkArticles: settings.bulkArticles,
    sampleArticles: settings.sampleArticles,
    jvmPid: target.jvmPid,
    onProgress: (message) => progress(`${statements}: ${message}`),
  });
  const memory = [sampleMemory('after ingest', target.jvmPid)];
  progress(`${statements}: floor`);
  const floor = await measureFloor(executor, url, settings.timing, target.jvmPid);
  progress(`${statements}: queries`);
  const queries = await measureQueries(
    executor,
    api,
    benchmarkProbes(statements),
    settings.timing,
    target.jvmPid,
  );
  const load: LoadFigure[] = [];
  const operations = [
    { name: '{ health } (floor)', query: op.HEALTH },
    { name: 'contradictions: first page', query: op.CONTRADICTIONS, variables: { first: 20, count: false } },
  ];
  for (const operation of operations) {
    for (const connections of settings.concurrency) {
      progress(`${statements}: load ${operation.name} at ${connections}`);
      load.push(await measureLoad(url, operation, connections, settings.loadSeconds));
    }
  }
  memory.push(sampleMemory('after load', target.jvmPid));
  // Last, so that its second JVM and the memory it takes in this process touch no other figure.
  const offlineImport = settings.offlineImport
    ? await runOfflineImport(statements, target.logger, (message) => progress(`${statements}: ${message}`))
    : undefined;
  return {
    statements,
    ingest,
    ...(offlineImport === undefined ? {} : { offlineImport }),
    floor,
    queries: queries.queries,
    overhead: queries.overhead,
    plans: queries.plans,
    load,
    memory,
    seconds: (nowMs() - started) / 1000,
  };
}
