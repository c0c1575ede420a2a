/**
 * Bulk ingest: many new articles in one transaction, with one UNWIND per kind of row for all of
 * them, for loading large corpora. `ingestResolved` costs one transaction and about fifteen round
 * trips per article, whatever its size; here a batch of a hundred articles costs the same fifteen.
 *
 * The rows written are exactly those of `ingestResolved` (same builders, same Cypher applied per
 * row). What differs: the batch commits or fails as a whole, and articles the graph already knows
 * (same slug, text or input) and files with corrections are handed to `ingestResolved` one by one,
 * before the batch, so repeated and conflicting inputs behave exactly as they do there.
 */
import path from 'node:path';
import type { QueryResult } from 'neo4j-driver';
import * as bulk from '../graph/bulk-ingest-cypher';
import type { CypherQuery, GraphExecutor } from '../graph/executor';
import { LOOKUP_REFS } from '../graph/ingest-cypher';
import type { WriteCounts } from '../graph/ingest-writer';
import { IssueList } from './annotation-error';
import { buildAnnotationRecords, refKey } from './build-records';
import type { FoundRef, ToolInfo } from './build-records';
import { ingestResolved, inputHashOf } from './ingest-service';
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

type WithActivity<T> = T & { activityId: string };

/**
 * Ingests `files` in order: every file that `ingestResolved` would write as a new article goes
 * into one transaction. References may point to articles earlier in the same batch.
 * @throws AnnotationError when a file is invalid against the graph; nothing of the batch is then written.
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
  const fresh: ResolvedAnnotation[] = [];
  for (const file of files) {
    if (file.kind === 'annotation' && file.corrections.length === 0 && !known.has(file.article.slug)) {
      fresh.push(file);
      continue;
    }
    const single = await ingestResolved(executor, file, tool);
    add(result, single);
    result.singleFiles++;
    result.statements += single.statements;
  }
  if (fresh.length === 0) return result;

  const counts = await executor.writeTransaction(async (run) => {
    const records = await buildBatch(run, fresh, hashes, tool);
    return writeBatch(run, records);
  });
  add(result, counts);
  result.bulkFiles += fresh.length;
  result.statements += fresh.reduce((sum, f) => sum + f.statements.length, 0);
  return result;
}

type Run = (query: CypherQuery) => Promise<QueryResult>;

/** Builds every file's records; references to earlier files of the batch resolve without a query. */
async function buildBatch(
  run: Run,
  files: readonly ResolvedAnnotation[],
  hashes: ReadonlyMap<AnyResolved, string>,
  tool: ToolInfo,
): Promise<IngestRecords[]> {
  const inBatch = new Set(files.map((f) => f.article.slug));
  const outside = new Map<string, QualifiedRef>();
  for (const file of files) {
    for (const ref of [
      ...file.assessments.flatMap((a) => [a.from, a.to]),
      ...file.sources.flatMap((s) => s.sameAs.map((x) => x.ref)),
    ]) {
      if (!ref.local && !inBatch.has(ref.article)) outside.set(refKey(ref), ref);
    }
  }
  const refs = new Map<string, FoundRef>();
  if (outside.size > 0) {
    const found = await run({
      cypher: LOOKUP_REFS,
      params: { refs: [...outside.values()].map(({ article, id }) => ({ article, id })) },
    });
    for (const r of found.records) {
      refs.set(r.get('key') as string, {
        id: r.get('id'),
        label: r.get('label'),
        supersededBy: r.get('supersededBy'),
      });
    }
  }
  return files.map((file) => {
    const issues = new IssueList(file.file);
    const inputHash = hashes.get(file) ?? inputHashOf(file);
    const records = buildAnnotationRecords(
      { ...file, file: path.basename(file.file) },
      { issues, refs, tool, inputHash },
    );
    issues.throwIfAny();
    const slug = file.article.slug;
    const note = (localId: string, id: string, label: FoundRef['label']) =>
      refs.set(`${slug}#${localId}`, { id, label, supersededBy: null });
    for (const s of records.statements) note(s.props.localId, s.id, 'Statement');
    for (const s of records.sources) note(s.props.localId, s.id, 'Source');
    for (const a of records.assessments) note(a.props.localId, a.id, 'Assessment');
    return records;
  });
}

/** Writes the rows of every file: one query per kind, shared vocabulary once (its first file's). */
async function writeBatch(run: Run, batch: readonly IngestRecords[]): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
  const write = async (cypher: string, rows: readonly unknown[]): Promise<void> => {
    if (rows.length === 0) return;
    const updates = (await run({ cypher, params: { rows } })).summary.counters.updates();
    counts.nodesCreated += updates.nodesCreated;
    counts.relationshipsCreated += updates.relationshipsCreated;
  };
  const rows = <T extends object>(pick: (records: IngestRecords) => readonly T[]): WithActivity<T>[] =>
    batch.flatMap((records) => pick(records).map((row) => ({ ...row, activityId: records.activity.id })));
  const firstById = <T extends { id: string }>(all: T[]): T[] => {
    const seen = new Map<string, T>();
    for (const row of all) if (!seen.has(row.id)) seen.set(row.id, row);
    return [...seen.values()];
  };

  await write(
    bulk.BULK_MERGE_ACTIVITIES,
    batch.map((r) => r.activity),
  );
  await write(
    bulk.BULK_CREATE_AGENTS,
    firstById(batch.flatMap((r) => r.agents.map((a) => ({ id: a.id, props: a, activityId: r.activity.id })))),
  );
  await write(bulk.BULK_CREATE_OWNERS, firstById(rows((r) => r.owners)));
  await write(bulk.BULK_CREATE_OUTLETS, firstById(rows((r) => r.outlets)));
  await write(bulk.BULK_CREATE_TOPICS, firstById(rows((r) => r.topics)));
  await write(bulk.BULK_CREATE_ENTITIES, firstById(rows((r) => r.entities)));
  await write(
    bulk.BULK_CREATE_ARTICLES,
    batch.flatMap((r) => (r.article === null ? [] : [{ ...r.article, activityId: r.activity.id }])),
  );
  await write(
    bulk.BULK_LINK_ACTIVITIES,
    batch.map((r) => r.activity),
  );
  await write(
    bulk.BULK_CREATE_SOURCES,
    rows((r) => r.sources),
  );
  await write(
    bulk.BULK_CREATE_STATEMENTS,
    rows((r) => r.statements),
  );
  await write(
    bulk.BULK_CREATE_GLOSSES,
    rows((r) => r.glosses),
  );
  await write(
    bulk.BULK_CREATE_ASSESSMENTS,
    rows((r) => r.assessments),
  );
  await write(
    bulk.BULK_CREATE_EXCLUSIONS,
    rows((r) => r.exclusions),
  );
  await write(
    bulk.BULK_CREATE_WITHDRAWALS,
    rows((r) => r.withdrawals),
  );
  return counts;
}

function add(total: WriteCounts, more: WriteCounts): void {
  total.nodesCreated += more.nodesCreated;
  total.relationshipsCreated += more.relationshipsCreated;
}
