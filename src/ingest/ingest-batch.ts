/**
 * Bulk ingest: many new articles in one transaction, with one UNWIND per kind of row for all of
 * them, for loading large corpora. `ingestResolved` costs one transaction and about fifteen round
 * trips per article, whatever its size; here a batch of a hundred articles costs the same fifteen.
 *
 * The rows written are exactly those of `ingestResolved` (same builders, same Cypher applied per
 * row). What differs: the new articles commit or fail together, and articles the graph already
 * knows (same slug, text or input) and files with corrections are handed to `ingestResolved`, in
 * their place in the order, so repeated and conflicting inputs behave exactly as they do there.
 */
import path from 'node:path';
import type { QueryResult } from 'neo4j-driver';
import * as bulk from '../graph/bulk-ingest-cypher';
import type { CypherQuery, GraphExecutor } from '../graph/executor';
import { LOOKUP_REFS } from '../graph/ingest-cypher';
import { writeRecords } from '../graph/ingest-writer';
import type { WriteCounts } from '../graph/ingest-writer';
import { IssueList } from './annotation-error';
import { buildAnnotationRecords, refKey } from './build-records';
import type { FoundRef, ToolInfo } from './build-records';
import { ingestResolved, inputHashOf } from './ingest-service';
import { checkBatchOutletNames } from './outlet-names';
import type { AnyResolved } from './ingest-service';
import type { IngestRecords } from './records';
import type { QualifiedRef, ResolvedAnnotation } from './resolved-annotation';

export interface IngestBatchResult extends WriteCounts {
  /** Files written by the bulk transaction. */
  bulkFiles: number;
  /** Files handed to `ingestResolved` (known articles, corrections). */
  singleFiles: number;
  statements: number;
}

/**
 * Ingests `files` in order: consecutive files that `ingestResolved` would write as new articles go
 * into one transaction. References may point to articles earlier in the same batch.
 * @throws AnnotationError when a file is invalid against the graph; nothing of its transaction
 * (the run of new articles it belongs to) is then written, and later files are not attempted.
 */
export async function ingestBatch(
  executor: GraphExecutor,
  files: readonly AnyResolved[],
  tool: ToolInfo,
): Promise<IngestBatchResult> {
  const result: IngestBatchResult = {
    nodesCreated: 0,
    relationshipsCreated: 0,
    bulkFiles: 0,
    singleFiles: 0,
    statements: 0,
  };
  const hashes = new Map(files.map((file) => [file, inputHashOf(file)]));
  const known = new Set(
    (
      await executor.read<{ slug: string }>({
        cypher: bulk.FIND_KNOWN_ARTICLES,
        params: {
          articles: files.map((f) => ({
            slug: f.article.slug,
            contentHash: f.article.contentHash,
            inputHash: hashes.get(f),
          })),
        },
      })
    ).map((row) => row.slug),
  );
  let pending: ResolvedAnnotation[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const group = pending;
    pending = [];
    const counts = await executor.writeTransaction(async (run) =>
      writeBatch(run, await buildBatch(run, group, hashes, tool)),
    );
    add(result, counts);
    result.bulkFiles += group.length;
    result.statements += group.reduce((sum, f) => sum + f.statements.length, 0);
  };
  for (const file of files) {
    if (file.kind === 'annotation' && file.corrections.length === 0 && !known.has(file.article.slug)) {
      pending.push(file);
      continue;
    }
    // Order matters (a file may refer to the ones before it): write what precedes this one first.
    await flush();
    const single = await ingestResolved(executor, file, tool);
    add(result, single);
    result.singleFiles++;
    result.statements += single.statements;
  }
  await flush();
  return result;
}

type Run = (query: CypherQuery) => Promise<QueryResult>;

/** Finds, in the graph, the nodes that references outside the files being built name. */
export type OutsideRefLookup = (refs: readonly QualifiedRef[]) => Promise<Map<string, FoundRef>>;

/** Looks references up with LOOKUP_REFS inside the caller's transaction. */
function lookupInGraph(run: Run): OutsideRefLookup {
  return async (wanted) => {
    const found = await run({
      cypher: LOOKUP_REFS,
      params: { refs: wanted.map(({ article, id }) => ({ article, id })) },
    });
    return new Map(
      found.records.map((r) => [
        r.get('key') as string,
        { id: r.get('id'), label: r.get('label'), supersededBy: r.get('supersededBy') },
      ]),
    );
  };
}

async function buildBatch(
  run: Run,
  files: readonly ResolvedAnnotation[],
  hashes: ReadonlyMap<AnyResolved, string>,
  tool: ToolInfo,
): Promise<IngestRecords[]> {
  await checkBatchOutletNames(run, files);
  return buildRecordsInOrder(files, { hashes, tool, known: new Map(), lookupOutside: lookupInGraph(run) });
}

export interface BuildInOrderOptions {
  hashes: ReadonlyMap<AnyResolved, string>;
  tool: ToolInfo;
  /** References already resolved (`slug#localId`); the nodes of each built file are added to it. */
  known: Map<string, FoundRef>;
  lookupOutside: OutsideRefLookup;
}

/**
 * Builds every file's records, in order. A reference to a file earlier in `files`, or to one
 * already in `known`, resolves without a lookup; the rest are looked up once for all files.
 * @throws AnnotationError naming the first invalid file.
 */
export async function buildRecordsInOrder(
  files: readonly ResolvedAnnotation[],
  { hashes, tool, known, lookupOutside }: BuildInOrderOptions,
): Promise<IngestRecords[]> {
  const inBatch = new Set(files.map((f) => f.article.slug));
  const outside = new Map<string, QualifiedRef>();
  for (const file of files) {
    for (const ref of [
      ...file.assessments.flatMap((a) => [a.from, a.to]),
      ...file.sources.flatMap((s) => s.sameAs.map((x) => x.ref)),
    ]) {
      const key = refKey(ref);
      if (!ref.local && !inBatch.has(ref.article) && !known.has(key)) outside.set(key, ref);
    }
  }
  if (outside.size > 0) {
    for (const [key, found] of await lookupOutside([...outside.values()])) known.set(key, found);
  }
  return files.map((file) => {
    const issues = new IssueList(file.file);
    const inputHash = hashes.get(file) ?? inputHashOf(file);
    const records = buildAnnotationRecords(
      { ...file, file: path.basename(file.file) },
      { issues, refs: known, tool, inputHash },
    );
    issues.throwIfAny();
    const slug = file.article.slug;
    const note = (localId: string, id: string, label: FoundRef['label']) =>
      known.set(`${slug}#${localId}`, { id, label, supersededBy: null });
    for (const s of records.statements) note(s.props.localId, s.id, 'Statement');
    for (const s of records.sources) note(s.props.localId, s.id, 'Source');
    for (const a of records.assessments) note(a.props.localId, a.id, 'Assessment');
    return records;
  });
}

const NO_UPDATES = {
  records: [],
  summary: { counters: { updates: () => ({ nodesCreated: 0, relationshipsCreated: 0 }) } },
} as unknown as QueryResult;

/**
 * The queries `writeRecords` runs for one file's records, in order, captured instead of run: the
 * bulk path batches them and the benchmark's per-statement baseline splits them, so both shape
 * their rows exactly as the per-article path does.
 */
export async function plannedWrites(records: IngestRecords): Promise<CypherQuery[]> {
  const queries: CypherQuery[] = [];
  await writeRecords(async (query) => {
    queries.push(query);
    return NO_UPDATES;
  }, records);
  return queries;
}

/**
 * Writes the rows of every file with one query per kind. Shared vocabulary (agents, outlets,
 * topics, entities) is written once, by the first file that has it, as the per-article path does.
 */
async function writeBatch(run: Run, batch: readonly IngestRecords[]): Promise<WriteCounts> {
  const rowsByQuery = new Map<string, Map<unknown, unknown>>();
  for (const records of batch) {
    for (const { cypher, params = {} } of await plannedWrites(records)) {
      const bulkQuery = bulk.BULK_QUERIES.get(cypher);
      if (bulkQuery === undefined) {
        throw new Error(`bulk ingest: no bulk form for ingest query ${cypher.trim().split('\n')[0]}`);
      }
      const rows =
        bulkQuery.from === 'activity'
          ? [params.activity]
          : (params.rows as object[]).map((row) => ({ ...row, activityId: params.activityId }));
      const byId = rowsByQuery.get(cypher) ?? new Map<unknown, unknown>();
      for (const row of rows) {
        const id = (row as { id: unknown }).id;
        if (!byId.has(id)) byId.set(id, row);
      }
      rowsByQuery.set(cypher, byId);
    }
  }
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
  for (const [cypher, bulkQuery] of bulk.BULK_QUERIES) {
    const rows = rowsByQuery.get(cypher);
    if (rows === undefined || rows.size === 0) continue;
    const updates = (
      await run({ cypher: bulkQuery.cypher, params: { rows: [...rows.values()] } })
    ).summary.counters.updates();
    counts.nodesCreated += updates.nodesCreated;
    counts.relationshipsCreated += updates.relationshipsCreated;
  }
  return counts;
}

function add(total: WriteCounts, more: WriteCounts): void {
  total.nodesCreated += more.nodesCreated;
  total.relationshipsCreated += more.relationshipsCreated;
}
