/**
 * The stepped load test (`npm run bench:load`): the real server over loopback, autocannon in a
 * child process, steps of 1, 4, 16 and 64 connections. At each step the `{ health }` floor and the
 * fact-checker's contradictions page take turns, so both see the same background load, and each
 * page figure is read as a ratio to the floor of its step. The server runs in this process, whose
 * resident memory is sampled before, during and after the load (after a settle time and a GC when
 * Node runs with --expose-gc).
 */
import os from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import type { ApiDependencies } from '../src/api/create-yoga';
import type { GraphExecutor } from '../src/graph/executor';
import { DEFAULT_READ_CACHE_LIMITS } from '../src/graph/read-cache';
import type { Logger } from '../src/logging/logger';
import { postGraphql, startApi } from './api-client';
import { measureLoad } from './load-bench';
import type { LoadFigure } from './load-bench';
import { cpuPressure, describeMachine } from './machine';
import { CONTRADICTIONS_PAGE, CONTRADICTIONS_PAGE_VARIABLES, HEALTH } from './operations';

/** A configuration of the API to load: a name for the tables and createApi's options. */
export interface ApiVariant {
  name: string;
  options: Partial<ApiDependencies>;
}

/** The API as `isnad serve` runs it (read cache on), and without the read cache as the baseline. */
export const API_VARIANTS: ApiVariant[] = [
  { name: 'no read cache', options: {} },
  { name: 'read cache', options: { readCache: DEFAULT_READ_CACHE_LIMITS } },
];

export interface SteppedLoadSettings {
  variants: ApiVariant[];
  /** Connections of each step, in order. */
  steps: number[];
  /** Seconds of load per operation and step. */
  seconds: number;
  /** Seconds to wait after the load before the last memory sample. */
  settleSeconds: number;
  /** Requests of each operation before the first memory sample (JIT, caches, connection pool). */
  warmupRequests: number;
}

export const FULL_LOAD_SETTINGS: SteppedLoadSettings = {
  variants: API_VARIANTS,
  steps: [1, 4, 16, 64],
  seconds: 10,
  settleSeconds: 10,
  warmupRequests: 200,
};

/** A step's two figures: the page against the floor measured next to it. */
export interface LoadStep {
  connections: number;
  floor: LoadFigure;
  page: LoadFigure;
  /** Page requests/s over floor requests/s. */
  ratio: number;
  /** 1-minute load average and CPU pressure when the step ended. */
  loadAverage: number;
  cpuPressure: number | null;
}

export interface ApiMemory {
  startMiB: number;
  peakMiB: number;
  afterMiB: number;
  /** After over start. */
  ratio: number;
  /** Whether a GC ran before the `after` sample (Node started with --expose-gc). */
  gc: boolean;
  heapUsedStartMiB: number;
  heapUsedAfterMiB: number;
}

export interface VariantResult {
  variant: string;
  pairsPerPage: number;
  answerBytes: number;
  steps: LoadStep[];
  memory: ApiMemory;
}

export interface SteppedLoadResult {
  machine: ReturnType<typeof describeMachine> & { loadAverage: number[] };
  variants: VariantResult[];
  settings: SteppedLoadSettings;
}

const MiB = 1024 * 1024;

function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return false;
  gc();
  gc();
  return true;
}

interface PageData {
  contradictions: { edges: unknown[] };
}

/**
 * Runs the stepped load against a server of each variant in turn over `executor`, which must
 * already hold the seed graph.
 */
export async function runSteppedLoad(
  executor: GraphExecutor,
  logger: Logger,
  settings: SteppedLoadSettings,
  progress: (message: string) => void = () => undefined,
): Promise<SteppedLoadResult> {
  const variants: VariantResult[] = [];
  for (const variant of settings.variants) {
    variants.push(
      await loadVariant(executor, logger, variant, settings, (message) =>
        progress(`${variant.name}: ${message}`),
      ),
    );
  }
  return { machine: { ...describeMachine(), loadAverage: os.loadavg() }, variants, settings };
}

async function loadVariant(
  executor: GraphExecutor,
  logger: Logger,
  variant: ApiVariant,
  settings: SteppedLoadSettings,
  progress: (message: string) => void,
): Promise<VariantResult> {
  const api = await startApi(executor, logger, variant.options);
  try {
    const floorOp = { name: '{ health }', query: HEALTH };
    const pageOp = {
      name: 'contradictions page',
      query: CONTRADICTIONS_PAGE,
      variables: CONTRADICTIONS_PAGE_VARIABLES,
    };
    let page: PageData | undefined;
    for (let i = 0; i < settings.warmupRequests; i++) {
      await postGraphql(api.url, HEALTH);
      page = await postGraphql<PageData>(api.url, CONTRADICTIONS_PAGE, CONTRADICTIONS_PAGE_VARIABLES);
    }
    page ??= await postGraphql<PageData>(api.url, CONTRADICTIONS_PAGE, CONTRADICTIONS_PAGE_VARIABLES);
    const answerBytes = Buffer.byteLength(JSON.stringify({ data: page }));
    const gc = collectGarbage();
    const start = process.memoryUsage();
    let peak = start.rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, 100);
    const steps: LoadStep[] = [];
    try {
      for (const connections of settings.steps) {
        progress(`${connections} connections: { health }`);
        const floor = await measureLoad(api.url, floorOp, connections, settings.seconds);
        progress(`${connections} connections: contradictions page`);
        const pageFigure = await measureLoad(api.url, pageOp, connections, settings.seconds);
        steps.push({
          connections,
          floor,
          page: pageFigure,
          ratio: pageFigure.requestsPerSecond / floor.requestsPerSecond,
          loadAverage: os.loadavg()[0] ?? 0,
          cpuPressure: cpuPressure(),
        });
      }
    } finally {
      clearInterval(sampler);
    }
    progress(`settling for ${settings.settleSeconds} s`);
    await delay(settings.settleSeconds * 1000);
    collectGarbage();
    const after = process.memoryUsage();
    return {
      variant: variant.name,
      pairsPerPage: page.contradictions.edges.length,
      answerBytes,
      steps,
      memory: {
        startMiB: start.rss / MiB,
        peakMiB: peak / MiB,
        afterMiB: after.rss / MiB,
        ratio: after.rss / start.rss,
        gc,
        heapUsedStartMiB: start.heapUsed / MiB,
        heapUsedAfterMiB: after.heapUsed / MiB,
      },
    };
  } finally {
    await api.close();
  }
}
