/**
 * Latency at one corpus size, one request at a time: the floor first (RETURN 1 through the driver,
 * the cheapest field through the API), then the read queries over HTTP, then the same reads
 * straight through the driver, to isolate what GraphQL and HTTP add.
 */
import type { GraphExecutor } from '../src/graph/executor';
import type { BenchmarkProbes } from './corpus/probes';
import { postGraphql } from './api-client';
import type { ApiServer } from './api-client';
import type { Percentiles, TimingPlan } from './latency';
import { timeAlternating, timeCalls } from './latency';
import * as op from './operations';
import { profileQuery } from './query-plans';
import type { PlanFigure } from './query-plans';
import { cpuSince, cpuSnapshot } from './cpu-time';
import type { CpuSnapshot } from './cpu-time';

export interface FloorFigure {
  path: string;
  latency: Percentiles;
  /** CPU milliseconds per request, Node and JVM. */
  cpu: CpuSnapshot;
}

export interface QueryFigure {
  name: string;
  latency: Percentiles;
  /** Neo4j round trips per request, counted by the executor. */
  roundTrips: number;
  /** CPU milliseconds per request, Node and JVM. */
  cpu: CpuSnapshot;
  /** What the query found, e.g. `37/37 matches` against the probe's expected count. */
  found: string;
}

export interface OverheadFigure {
  name: string;
  driver: Percentiles;
  api: Percentiles;
  /** The same operation on the same server without HTTP (absent from results of older runs). */
  inProcess?: Percentiles;
}

export interface QueryRun {
  plans: PlanFigure[];
  queries: QueryFigure[];
  overhead: OverheadFigure[];
  /** Ids of statements in contradictions, for provenance and load tests. */
  provenanceIds: string[];
}

interface ContradictionsData {
  contradictions: {
    totalCount?: number;
    edges: { node: { id: string; from: { id: string }; to: { id: string } } }[];
  };
}

interface SearchData {
  search: { totalCount?: number; edges: unknown[] };
}

/** Times `call` and the CPU it costs per request. */
async function timeWithCpu(
  plan: TimingPlan,
  jvmPid: number | undefined,
  call: (i: number) => Promise<unknown>,
): Promise<{ latency: Percentiles; cpu: CpuSnapshot }> {
  const before = cpuSnapshot(jvmPid);
  const latency = await timeCalls(plan, call);
  return { latency, cpu: cpuSince(before, jvmPid, plan.warmup + plan.iterations) };
}

/**
 * Measures the floor: RETURN 1 through the driver, as the executor runs reads (a new session and
 * one auto-commit query), as a managed read transaction (BEGIN, RUN, COMMIT) and on one open
 * session, and the cheapest API field.
 */
export async function measureFloor(
  executor: GraphExecutor,
  url: string,
  plan: TimingPlan,
  jvmPid: number | undefined,
): Promise<FloorFigure[]> {
  const session = executor.driver.session({ defaultAccessMode: 'READ' });
  try {
    return [
      {
        path: 'driver: RETURN 1 (executor.read: auto-commit)',
        ...(await timeWithCpu(plan, jvmPid, () => executor.read(op.RETURN_ONE))),
      },
      {
        path: 'driver: RETURN 1 (managed read transaction)',
        ...(await timeWithCpu(plan, jvmPid, () => session.executeRead((tx) => tx.run(op.RETURN_ONE.cypher)))),
      },
      {
        path: 'driver: RETURN 1 (open session, auto-commit)',
        ...(await timeWithCpu(plan, jvmPid, () => session.run(op.RETURN_ONE.cypher))),
      },
      {
        path: 'driver: dbms.components() (executor.read)',
        ...(await timeWithCpu(plan, jvmPid, () => executor.read(op.HEALTH_CYPHER))),
      },
      {
        path: 'API over HTTP: { health }',
        ...(await timeWithCpu(plan, jvmPid, () => postGraphql(url, op.HEALTH))),
      },
    ];
  } finally {
    await session.close();
  }
}

/** Times each read over HTTP, then the same reads through the driver. */
export async function measureQueries(
  executor: GraphExecutor,
  api: ApiServer,
  probes: BenchmarkProbes,
  plan: TimingPlan,
  jvmPid: number | undefined,
): Promise<QueryRun> {
  const { url } = api;
  const queries: QueryFigure[] = [];
  const timed = async <T>(
    name: string,
    call: (i: number) => Promise<T>,
    describe: (last: T) => string,
  ): Promise<void> => {
    let last: T | undefined;
    const before = executor.roundTrips;
    const { latency, cpu } = await timeWithCpu(plan, jvmPid, async (i) => {
      last = await call(i);
    });
    const roundTrips = (executor.roundTrips - before) / (plan.warmup + plan.iterations);
    queries.push({ name, latency, roundTrips, cpu, found: last === undefined ? 'n/a' : describe(last) });
  };
  const page = 20;
  const edges = (d: ContradictionsData) => `${d.contradictions.edges.length} pairs`;

  const first = await postGraphql<ContradictionsData>(url, op.CONTRADICTIONS, { first: 50, count: false });
  const provenanceIds = [
    ...new Set(first.contradictions.edges.flatMap(({ node }) => [node.from.id, node.to.id])),
  ].slice(0, 50);
  if (provenanceIds.length === 0) throw new Error('the corpus has no contradictions to measure');

  await timed(
    'contradictions: first page',
    () => postGraphql<ContradictionsData>(url, op.CONTRADICTIONS, { first: page, count: false }),
    edges,
  );
  await timed(
    'contradictions: first page + totalCount',
    () => postGraphql<ContradictionsData>(url, op.CONTRADICTIONS, { first: page, count: true }),
    (d) => `${edges(d)} of ${d.contradictions.totalCount}`,
  );
  await timed(
    'contradictions: topic filter',
    () =>
      postGraphql<ContradictionsData>(url, op.CONTRADICTIONS, {
        first: page,
        count: false,
        filter: { topic: `topic:${probes.topic.id}` },
      }),
    (d) => `${probes.topic.id}: ${edges(d)}`,
  );
  const search = (query: string, count: boolean) => () =>
    postGraphql<SearchData>(url, op.SEARCH, { query, first: page, count });
  const hits = (query: string, expected: number) => (d: SearchData) =>
    d.search.totalCount === undefined
      ? `"${query}": ${d.search.edges.length} hits`
      : `"${query}": ${d.search.totalCount} of ${expected} expected`;
  await timed(
    'search (Arabic, folded): first page',
    search(probes.arabicSearch.query, false),
    hits(probes.arabicSearch.query, probes.arabicSearch.expectedMatches),
  );
  await timed(
    'search (Arabic, folded): first page + totalCount',
    search(probes.arabicSearch.query, true),
    hits(probes.arabicSearch.query, probes.arabicSearch.expectedMatches),
  );
  await timed(
    'search (English): first page + totalCount',
    search(probes.englishSearch.query, true),
    hits(probes.englishSearch.query, probes.englishSearch.expectedMatches),
  );
  await timed(
    'provenance of a statement in a contradiction',
    (i) =>
      postGraphql<{ provenance: { steps: unknown[] } | null }>(url, op.PROVENANCE, {
        id: provenanceIds[i % provenanceIds.length],
      }),
    (d) => `${d.provenance?.steps.length ?? 0} steps`,
  );

  const searchVariables = { query: probes.arabicSearch.query, first: page, count: false };
  const provenanceVariables = { id: provenanceIds[0] };
  const contradictionsVariables = { first: page, count: false };
  const reads: [string, () => Promise<unknown>, string, Record<string, unknown>][] = [
    [
      'contradictions: first page',
      () => executor.read(op.contradictionsCypher(page)),
      op.CONTRADICTIONS,
      contradictionsVariables,
    ],
    [
      'search (Arabic, folded): first page',
      () => executor.read(op.searchCypher(probes.arabicSearch.query, page)),
      op.SEARCH,
      searchVariables,
    ],
    [
      'provenance',
      async () => {
        for (const query of op.provenanceCypher(provenanceIds[0]!)) await executor.read(query);
      },
      op.PROVENANCE,
      provenanceVariables,
    ],
  ];
  const overhead: OverheadFigure[] = [];
  for (const [name, driverCall, operation, variables] of reads) {
    const [driver, inProcess, overHttp] = await timeAlternating(plan, [
      driverCall,
      () => api.inProcess(operation, variables),
      () => postGraphql(url, operation, variables),
    ]);
    overhead.push({ name, driver: driver!, api: overHttp!, inProcess });
  }
  const [subject, trail] = op.provenanceCypher(provenanceIds[0]!);
  const plans = [
    await profileQuery(executor, 'contradictions: first page', op.contradictionsCypher(page)),
    await profileQuery(
      executor,
      'search (Arabic, folded): first page',
      op.searchCypher(probes.arabicSearch.query, page),
    ),
    await profileQuery(executor, 'provenance: subject', subject!),
    await profileQuery(executor, 'provenance: trail', trail!),
  ];
  return { plans, queries, overhead, provenanceIds };
}
