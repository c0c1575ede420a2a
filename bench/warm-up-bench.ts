/**
 * `npm run bench:warm-up`: how long the first `contradictions` request takes on a server that has
 * just started, with and without the warm-up that `isnad serve` runs right after listening
 * (src/app/warm-up.ts). Each sample empties Neo4j's query caches (`db.clearQueryCaches()`, as after a
 * restart) and builds a fresh API, so neither side profits from the other; cold and warmed samples
 * alternate in one process over the seed graph.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../src/api/create-yoga';
import { seedIfEmpty } from '../src/app/seed-if-empty';
import { warmUpReads } from '../src/app/warm-up';
import { KeyStore } from '../src/auth/key-store';
import type { GraphExecutor } from '../src/graph/executor';
import { createLogger } from '../src/logging/logger';
import type { Logger } from '../src/logging/logger';
import { openBenchDatabase } from './bench-database';
import { renderTable, times } from './table';

const SAMPLES = Number(process.env.ISNAD_WARM_UP_SAMPLES ?? 15);

/** What the fact-checker's page asks first: a page of contradictions with both sides and strength. */
const FIRST_PAGE = /* GraphQL */ `
  {
    contradictions(first: 20) {
      totalCount
      edges {
        node {
          id
          rationale
          from {
            id
            text
            source {
              label
              kind
            }
          }
          to {
            id
            text
            source {
              label
              kind
            }
          }
          fromStrength {
            score
          }
          toStrength {
            score
          }
        }
      }
    }
  }
`;

function api(executor: GraphExecutor, logger: Logger, keyStore: KeyStore) {
  return createApi({ executor, logger, keyStore });
}

async function firstRequest(executor: GraphExecutor, logger: Logger, keyStore: KeyStore): Promise<number> {
  const yoga = api(executor, logger, keyStore);
  const started = performance.now();
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: FIRST_PAGE }),
  });
  const body = (await response.json()) as {
    errors?: unknown[];
    data?: { contradictions?: { totalCount: number } };
  };
  const ms = performance.now() - started;
  if (body.errors?.length || !body.data?.contradictions?.totalCount)
    throw new Error(`the contradictions page failed: ${JSON.stringify(body).slice(0, 300)}`);
  return ms;
}

const clearPlans = (executor: GraphExecutor) => executor.autoCommit({ cypher: 'CALL db.clearQueryCaches()' });

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function main(): Promise<void> {
  const logger = createLogger('silent', 'isnad-bench');
  const keyStore = new KeyStore({
    file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
  });
  const database = await openBenchDatabase(logger, 10_000);
  try {
    const { executor } = database;
    await seedIfEmpty(executor, logger);
    const cold: number[] = [];
    const warmed: number[] = [];
    const warmUp: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      await clearPlans(executor);
      cold.push(await firstRequest(executor, logger, keyStore));
      await clearPlans(executor);
      const started = performance.now();
      await warmUpReads(api(executor, logger, keyStore), logger);
      warmUp.push(performance.now() - started);
      warmed.push(await firstRequest(executor, logger, keyStore));
    }
    const sorted = (samples: number[]) => [...samples].sort((a, b) => a - b);
    const row = (name: string, samples: number[]) => {
      const s = sorted(samples);
      return [name, quantile(s, 0.5), quantile(s, 0.9), s.at(-1) ?? null];
    };
    const p50 = (samples: number[]) => quantile(sorted(samples), 0.5);
    console.log(
      renderTable({
        title: `First contradictions request after start (ms, ${SAMPLES} samples each, seed graph)`,
        headers: ['', 'p50', 'p90', 'max'],
        rows: [
          row('without warm-up (baseline)', cold),
          row('after the warm-up', warmed),
          row('the warm-up itself', warmUp),
        ],
        notes: [`baseline / warmed at p50: ${times(p50(cold), p50(warmed))}; target: warmed ≤ 500 ms`],
      }),
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
