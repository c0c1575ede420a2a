/** Turns benchmark results into the tables the run prints and bench/RESULTS.md keeps. */
import type { BenchResults, SizeResult } from './results';
import type { Cell, Table } from './table';
import { fmt, times } from './table';

type Partial = Pick<BenchResults, 'initialFloor' | 'sizes'> & {
  machine: BenchResults['machine'] | undefined;
};

const n = (statements: number): string => statements.toLocaleString('en-US');

/** `node + jvm` CPU milliseconds, or only Node's when the JVM's cannot be read. */
const cpuCell = (cpu: { nodeMs: number; jvmMs: number | null }): string =>
  cpu.jvmMs === null ? `${fmt(cpu.nodeMs)} + n/a` : `${fmt(cpu.nodeMs)} + ${fmt(cpu.jvmMs)}`;

const PATH_LABELS = {
  bulk: 'batched: ingestBatch (bulk)',
  'per-article': 'batched: ingestResolved (one transaction per article)',
  'per-statement': 'per-statement baseline (one transaction per statement)',
} as const;

export function ingestTable(sizes: SizeResult[]): Table {
  const rows: Cell[][] = [];
  for (const size of sizes) {
    const baseline = size.ingest.figures.find((f) => f.path === 'per-statement')?.statementsPerSecond ?? 0;
    for (const figure of size.ingest.figures) {
      const sample = figure.path === 'bulk' ? 'rest of corpus' : `sample of ${n(figure.statements)}`;
      rows.push([
        n(size.statements),
        PATH_LABELS[figure.path],
        sample,
        figure.statements,
        figure.transactions,
        figure.seconds,
        figure.statementsPerSecond,
        baseline > 0 ? times(figure.statementsPerSecond, baseline) : 'n/a',
        cpuCell(figure.cpuPerThousand),
      ]);
    }
    const offline = size.offlineImport;
    if (offline !== undefined) {
      rows.push([
        n(size.statements),
        'offline: isnad import (neo4j-admin, new database)',
        'whole corpus, own database',
        offline.statements,
        'none',
        offline.seconds.total,
        offline.statementsPerSecond,
        baseline > 0 ? times(offline.statementsPerSecond, baseline) : 'n/a',
        'n/a',
      ]);
    }
  }
  return {
    title: 'Ingest',
    headers: [
      'N',
      'Path',
      'Share of the corpus',
      'Statements',
      'Write transactions',
      'Seconds',
      'Statements/s',
      'vs per-statement',
      'CPU ms per 1k statements (Node + JVM)',
    ],
    rows,
    notes: [
      'Seconds are spent inside the ingest calls only; generating and anchoring the synthetic corpus is timed apart:',
      ...sizes.map(
        (s) =>
          `N = ${n(s.statements)}: corpus generation ${fmt(s.ingest.corpusSeconds, 1)} s, whole ingest phase ${fmt(s.ingest.wallSeconds, 1)} s.`,
      ),
      'The two slow paths take the last articles of the corpus, so they write into a graph of almost N statements.',
      ...sizes.flatMap((s) =>
        s.offlineImport === undefined
          ? []
          : [
              `Offline import, N = ${n(s.statements)}: records and CSV ${fmt(s.offlineImport.seconds.records, 1)} s ` +
                `(${fmt(s.offlineImport.csvBytes / 1e6, 1)} MB), neo4j-admin ${fmt(s.offlineImport.seconds.adminImport, 1)} s, ` +
                `first start with constraints and indexes built ${fmt(s.offlineImport.seconds.schema, 1)} s ` +
                `(reading the corpus, ${fmt(s.offlineImport.seconds.input, 1)} s, is left out, as above).`,
            ],
      ),
      'CPU ms: CPU time of this Node process and of the Neo4j JVM (all its threads: JIT, GC, checkpoints included).',
    ],
  };
}

export function floorTable(results: Partial): Table {
  const rows: Cell[][] = [];
  const add = (graph: string, floor: SizeResult['floor']) => {
    for (const f of floor)
      rows.push([graph, f.path, f.latency.p50, f.latency.p95, f.latency.p99, cpuCell(f.cpu)]);
  };
  add('empty (run start)', results.initialFloor);
  for (const size of results.sizes) add(`${n(size.statements)} statements`, size.floor);
  return {
    title: 'Floor (ms, one request at a time)',
    headers: ['Graph', 'Path', 'p50', 'p95', 'p99', 'CPU ms per request (Node + JVM)'],
    rows,
  };
}

const floorOf = (size: SizeResult, prefix: string) =>
  size.floor.find((f) => f.path.startsWith(prefix))?.latency;

export function queryTable(sizes: SizeResult[]): Table {
  const rows: Cell[][] = [];
  for (const size of sizes) {
    const apiFloor = floorOf(size, 'API');
    for (const q of size.queries) {
      rows.push([
        n(size.statements),
        q.name,
        q.latency.p50,
        q.latency.p95,
        q.latency.p99,
        apiFloor ? times(q.latency.p50, apiFloor.p50) : 'n/a',
        apiFloor ? times(q.latency.p95, apiFloor.p95) : 'n/a',
        cpuCell(q.cpu),
        q.found,
      ]);
    }
  }
  return {
    title: 'Queries over HTTP (ms, one request at a time)',
    headers: [
      'N',
      'Query',
      'p50',
      'p95',
      'p99',
      'p50 × floor',
      'p95 × floor',
      'CPU ms (Node + JVM)',
      'Found',
    ],
    rows,
    notes: [
      '× floor: the same percentile of `{ health }` through the API at that size (one trivial round trip).',
    ],
  };
}

export function overheadTable(sizes: SizeResult[]): Table {
  const rows: Cell[][] = [];
  for (const size of sizes) {
    for (const o of size.overhead) {
      rows.push([
        n(size.statements),
        o.name,
        o.driver.p50,
        o.inProcess?.p50 ?? '–',
        o.api.p50,
        `${fmt(o.api.p50 / o.driver.p50)}×`,
        o.driver.p95,
        o.api.p95,
        `${fmt(o.api.p95 / o.driver.p95)}×`,
      ]);
    }
  }
  return {
    title: 'GraphQL overhead: the same read through the API (HTTP) and its Cypher through the driver (ms)',
    headers: [
      'N',
      'Read',
      'Driver p50',
      'API in process p50',
      'API p50',
      'Ratio p50',
      'Driver p95',
      'API p95',
      'Ratio p95',
    ],
    rows,
    notes: [
      'Driver, in-process and HTTP calls take turns, so all see the same background load.',
      'API in process: the same operation on the same server through `yoga.fetch`, without HTTP; ratios compare HTTP with the driver.',
    ],
  };
}

export function planTable(sizes: SizeResult[]): Table {
  return {
    title: 'Query plans: one PROFILE of each read after the timed runs',
    headers: ['N', 'Read', 'DB hits', 'Rows', 'Operators with the most DB hits'],
    rows: sizes.flatMap((size) =>
      size.plans.map((p) => [n(size.statements), p.name, p.dbHits, p.rows, p.top.join('; ')]),
    ),
  };
}

export function loadTable(sizes: SizeResult[]): Table {
  const rows: Cell[][] = sizes.flatMap((size) =>
    size.load.map((l) => [
      n(size.statements),
      l.operation,
      l.connections,
      l.requestsPerSecond,
      l.p50,
      l.p99,
      l.requests,
      l.non2xx,
      l.errors,
    ]),
  );
  return {
    title: 'Load: autocannon on loopback',
    headers: [
      'N',
      'Operation',
      'Connections',
      'Requests/s',
      'p50 ms',
      'p99 ms',
      'Requests',
      'Non-2xx',
      'Errors and timeouts',
    ],
    rows,
    notes: sizes[0]
      ? [`${sizes[0].load[0]?.seconds ?? '?'} s per level; autocannon runs in its own process.`]
      : [],
  };
}

export function roundTripTable(sizes: SizeResult[]): Table {
  return {
    title: 'Neo4j round trips per request',
    headers: ['N', 'Query', 'Round trips'],
    rows: sizes.flatMap((size) => size.queries.map((q) => [n(size.statements), q.name, q.roundTrips])),
  };
}

export function memoryTable(sizes: SizeResult[]): Table {
  return {
    title: 'Memory (MiB, resident)',
    headers: ['N', 'When', 'Node RSS', 'Node peak', 'JVM RSS', 'JVM peak'],
    rows: sizes.flatMap((size) =>
      size.memory.map((m) => [
        n(size.statements),
        m.when,
        m.nodeRssMiB,
        m.nodePeakRssMiB,
        m.jvmRssMiB,
        m.jvmPeakRssMiB,
      ]),
    ),
    notes: sizes.some((size) => size.memory.some((m) => m.jvmRssMiB === null))
      ? ['JVM n/a: Neo4j is not a child of this process (NEO4J_URI or the test setup).']
      : [],
  };
}

/** The slope of log(cost) against log(N) between consecutive sizes: 0 is flat, 1 is linear. */
export function slope(n1: number, y1: number, n2: number, y2: number): number {
  return Math.log(y2 / y1) / Math.log(n2 / n1);
}

export function scalingTable(sizes: SizeResult[]): Table | null {
  if (sizes.length < 2) return null;
  const sorted = [...sizes].sort((a, b) => a.statements - b.statements);
  const steps = sorted.slice(1).map((to, i) => [sorted[i]!, to] as const);
  const metrics = new Map<string, (s: SizeResult) => number | undefined>();
  for (const path of ['bulk', 'per-article', 'per-statement'] as const) {
    metrics.set(`ingest ${path}: seconds per statement`, (s) => {
      const f = s.ingest.figures.find((x) => x.path === path);
      return f && f.statements > 0 ? f.seconds / f.statements : undefined;
    });
  }
  metrics.set('offline import: seconds per statement', (s) =>
    s.offlineImport && s.offlineImport.statements > 0
      ? s.offlineImport.seconds.total / s.offlineImport.statements
      : undefined,
  );
  for (const q of sorted[0]!.queries) {
    metrics.set(`${q.name}: p50`, (s) => s.queries.find((x) => x.name === q.name)?.latency.p50);
    metrics.set(`${q.name}: p95`, (s) => s.queries.find((x) => x.name === q.name)?.latency.p95);
  }
  const rows: Cell[][] = [...metrics].map(([name, get]) => [
    name,
    ...steps.map(([a, b]) => {
      const ya = get(a);
      const yb = get(b);
      return ya !== undefined && yb !== undefined && ya > 0 && yb > 0
        ? fmt(slope(a.statements, ya, b.statements, yb))
        : 'n/a';
    }),
  ]);
  return {
    title: 'How cost grows with N: slope of log(cost) over log(N)',
    headers: ['Cost', ...steps.map(([a, b]) => `${n(a.statements)} → ${n(b.statements)}`)],
    rows,
    notes: [
      '0 = independent of N, 1 = proportional to N. Query names match across sizes only where the probe words do.',
    ],
  };
}

/** Every table, for all sizes or only `onlySize`. */
export function allTables(results: Partial, options: { onlySize?: number } = {}): Table[] {
  const sizes =
    options.onlySize === undefined
      ? results.sizes
      : results.sizes.filter((s) => s.statements === options.onlySize);
  const floor = floorTable(results);
  if (options.onlySize !== undefined) {
    floor.rows = floor.rows.filter(
      (row) => row[0] === 'empty (run start)' || row[0] === `${n(options.onlySize!)} statements`,
    );
  }
  const scaling = options.onlySize === undefined ? scalingTable(sizes) : null;
  return [
    ingestTable(sizes),
    floor,
    queryTable(sizes),
    overheadTable(sizes),
    planTable(sizes),
    loadTable(sizes),
    roundTripTable(sizes),
    memoryTable(sizes),
    ...(scaling ? [scaling] : []),
  ];
}

export function machineTable(results: BenchResults): Table {
  const m = results.machine;
  const pressure = (x: number | null) => (x === null ? 'n/a' : `${fmt(x, 1)} %`);
  return {
    title: 'Machine and run',
    headers: ['', ''],
    rows: [
      ['Date', m.date],
      ['CPU', `${m.cores} cores, ${m.cpuModel}`],
      ['Memory', `${m.memoryGiB} GiB`],
      ['Node.js', m.node],
      ['Neo4j', m.neo4j],
      ['Load average (1 min), start → end', `${fmt(m.loadAverage.start)} → ${fmt(m.loadAverage.end)}`],
      [
        'CPU pressure (PSI some avg300), start → end',
        `${pressure(m.cpuPressure.start)} → ${pressure(m.cpuPressure.end)}`,
      ],
      [
        'Settings',
        Object.entries(m.settings)
          .map(([k, v]) => `${k}=${v}`)
          .join(', '),
      ],
      ['Run time', `${fmt(results.seconds, 0)} s`],
    ],
  };
}
