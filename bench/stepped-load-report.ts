/** The stepped load test's tables, in the Markdown bench/RESULTS.md keeps. */
import type { SteppedLoadResult } from './stepped-load';
import type { Table } from './table';
import { fmt } from './table';

/** Requests/s, latency, failures and the ratio to the floor, one row per variant, step and operation. */
export function steppedLoadTable(result: SteppedLoadResult): Table {
  const rows = result.variants.flatMap((variant) =>
    variant.steps.flatMap((step) =>
      [step.floor, step.page].map((figure) => [
        variant.variant,
        step.connections,
        figure.operation,
        figure.requestsPerSecond,
        // No request finished within the step: there is no latency to show, only that.
        figure.requests === 0 ? null : figure.p50,
        figure.requests === 0 ? null : figure.p99,
        figure.requests,
        figure.non2xx,
        figure.errors,
        figure === step.page ? `${fmt(step.ratio, 2)}×` : '1×',
        step.loadAverage,
      ]),
    ),
  );
  const page = result.variants[0];
  return {
    title: `Stepped load: ${result.settings.seconds} s per step and operation`,
    headers: [
      'API',
      'Connections',
      'Operation',
      'Requests/s',
      'p50 ms',
      'p99 ms',
      'Requests',
      'Non-2xx',
      'Errors',
      'Of the floor',
      'Load avg (1 min)',
    ],
    rows,
    notes: [
      `${result.machine.cores} cores (${result.machine.cpuModel}), Node ${result.machine.node}; load average at the end ${result.machine.loadAverage.map((v) => fmt(v, 2)).join(' / ')} (1 / 5 / 15 min); autocannon, the API and Neo4j share the cores.`,
      `The page: ${page?.pairsPerPage ?? 0} pairs, ${fmt((page?.answerBytes ?? 0) / 1024, 1)} KB of JSON. "Of the floor": page requests/s over \`{ health }\` requests/s in the same step. n/a: no request finished within the step (autocannon counts a timeout only after 10 s).`,
    ],
  };
}

/** The API process's resident memory before, at the peak of and after the load, per variant. */
export function apiMemoryTable(result: SteppedLoadResult): Table {
  const gc = result.variants.every((v) => v.memory.gc);
  return {
    title: 'API memory (resident set of the server process)',
    headers: [
      'API',
      'Start MiB',
      'Peak MiB',
      'After MiB',
      'After / start',
      'Heap used start MiB',
      'Heap used after MiB',
    ],
    rows: result.variants.map(({ variant, memory: m }) => [
      variant,
      m.startMiB,
      m.peakMiB,
      m.afterMiB,
      `${fmt(m.ratio, 2)}×`,
      m.heapUsedStartMiB,
      m.heapUsedAfterMiB,
    ]),
    notes: [
      `Start: after ${result.settings.warmupRequests} warm-up requests of each operation${gc ? ' and a GC' : ''}. After: ${result.settings.settleSeconds} s after the last step${gc ? ', then a GC' : ' (no GC: Node ran without --expose-gc)'}. Peak: sampled every 100 ms during the load. The variants run one after the other in one process.`,
    ],
  };
}
