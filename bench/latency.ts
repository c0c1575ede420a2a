/** Timing samples and their percentiles. */

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export interface Percentiles {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/**
 * Percentiles by the nearest-rank method: p95 of 200 samples is the 190th smallest, an observed
 * value, never an interpolation between two.
 */
export function percentiles(samplesMs: readonly number[]): Percentiles {
  if (samplesMs.length === 0) throw new RangeError('no samples');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1]!;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { samples: sorted.length, p50: rank(0.5), p95: rank(0.95), p99: rank(0.99), mean };
}

export interface TimingPlan {
  /** Calls whose time is thrown away: JIT, query plans and page cache settle first. */
  warmup: number;
  iterations: number;
}

/**
 * Calls `call(i)` `warmup` times, then `iterations` times one after another (never concurrently,
 * so each sample is one request's latency), and returns the percentiles of the timed calls.
 */
export async function timeCalls(
  plan: TimingPlan,
  call: (i: number) => Promise<unknown>,
): Promise<Percentiles> {
  for (let i = 0; i < plan.warmup; i++) await call(i);
  const samples: number[] = [];
  for (let i = 0; i < plan.iterations; i++) {
    const started = nowMs();
    await call(i);
    samples.push(nowMs() - started);
  }
  return percentiles(samples);
}

/**
 * Times calls in turn (a, b, c, a, b, c, ...) so that all see the same background load: on a shared
 * machine, timing all of one and then all of the next would compare different moments.
 */
export async function timeAlternating(
  plan: TimingPlan,
  calls: readonly (() => Promise<unknown>)[],
): Promise<Percentiles[]> {
  for (let i = 0; i < plan.warmup; i++) {
    for (const call of calls) await call();
  }
  const samples: number[][] = calls.map(() => []);
  for (let i = 0; i < plan.iterations; i++) {
    for (const [k, call] of calls.entries()) {
      const started = nowMs();
      await call();
      samples[k]!.push(nowMs() - started);
    }
  }
  return samples.map(percentiles);
}
