import fs from 'node:fs';

/**
 * How long a reliability check runs. The default test command runs short rounds; the long rounds
 * of `npm run test:reliability` come from the environment (and are bounded all the same).
 */
export function countFromEnv(name: string, short: number, max = 1_000_000): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return short;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be an integer from 1 to ${max}, got '${raw}'`);
  }
  return value;
}

/** Crash rounds per kind (kill -9 of the Neo4j JVM, kill -9 of the ingester). */
export const crashRounds = (): number => countFromEnv('ISNAD_RELIABILITY_ROUNDS', 1, 500);

/** Hostile GraphQL requests built from the schema. */
export const hostileRequests = (): number => countFromEnv('ISNAD_HOSTILE_REQUESTS', 150, 200_000);

/** Hostile annotation files (random mutations of the real ones). */
export const hostileAnnotations = (): number => countFromEnv('ISNAD_HOSTILE_ANNOTATIONS', 200, 100_000);

/**
 * The seed of the property-based checks. The default test command uses a fixed one, so a failure
 * reproduces and a pass is not luck; the long run draws a new one each time (printed in its report),
 * and ISNAD_FUZZ_SEED replays any of them.
 */
export function propertySeed(): number {
  const raw = process.env.ISNAD_FUZZ_SEED;
  if (raw !== undefined && raw !== '') {
    const value = Number(raw);
    if (!Number.isSafeInteger(value)) throw new Error(`ISNAD_FUZZ_SEED must be an integer, got '${raw}'`);
    return value;
  }
  return process.env.ISNAD_RELIABILITY_ROUNDS ? Date.now() % 2_147_483_647 : 20_261_207;
}

/** Test timeout for `n` units of `msEach`, plus a generous start-up allowance. */
export function budgetMs(n: number, msEach: number, startMs = 240_000): number {
  return startMs + n * msEach;
}

/** Prints one summary line of figures (docs/reliability.md quotes them). */
export function report(check: string, figures: Record<string, number | string>): void {
  const parts = Object.entries(figures).map(([k, v]) => `${k}=${v}`);
  const line = `reliability ${check}: ${parts.join(' ')}\n`;
  process.stdout.write(line);
  // A long run also appends its figures to a file as it goes (ISNAD_RELIABILITY_LOG).
  const log = process.env.ISNAD_RELIABILITY_LOG;
  if (log) fs.appendFileSync(log, `${new Date().toISOString()} ${line}`);
}
