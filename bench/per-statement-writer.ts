/**
 * The baseline the batched ingest is measured against: a naive writer that commits every statement
 * in a transaction of its own, as code that loops over statements calling the database would. It
 * runs the same Cypher as `writeRecords`, with the same rows (a one-row UNWIND each time), so the difference measured
 * is the cost of transactions and round trips, not of different queries. Bench only.
 *
 * Per article: one transaction for the article and its vocabulary and sources; then one per
 * statement (with its gloss); then one per assessment.
 */
import path from 'node:path';
import type { CypherQuery, GraphExecutor } from '../src/graph/executor';
import * as q from '../src/graph/ingest-cypher';
import { IssueList } from '../src/ingest/annotation-error';
import { buildAnnotationRecords } from '../src/ingest/build-records';
import type { FoundRef, ToolInfo } from '../src/ingest/build-records';
import { plannedWrites } from '../src/ingest/ingest-batch';
import { inputHashOf } from '../src/ingest/ingest-service';
import type { ResolvedAnnotation } from '../src/ingest/resolved-annotation';

/** Writes one new article statement by statement; returns the number of transactions it took. */
export async function writeArticlePerStatement(
  executor: GraphExecutor,
  file: ResolvedAnnotation,
  tool: ToolInfo,
): Promise<number> {
  const inputHash = inputHashOf(file);
  const wanted = [
    ...file.assessments.flatMap((a) => [a.from, a.to]),
    ...file.sources.flatMap((s) => s.sameAs.map((x) => x.ref)),
  ].filter((ref) => !ref.local);
  const refs = new Map<string, FoundRef>();
  if (wanted.length > 0) {
    const rows = await executor.read<FoundRef & { key: string }>({
      cypher: q.LOOKUP_REFS,
      params: { refs: wanted.map((ref) => ({ article: ref.article, id: ref.id })) },
    });
    for (const { key, ...found } of rows) refs.set(key, found);
  }
  const issues = new IssueList(file.file);
  const records = buildAnnotationRecords(
    { ...file, file: path.basename(file.file) },
    { issues, refs, tool, inputHash },
  );
  issues.throwIfAny();
  // The queries the per-article path would run, with rows shaped exactly as it shapes them.
  const planned = await plannedWrites(records);
  const rowsOf = <T>(cypher: string): T[] =>
    planned.filter((query) => query.cypher === cypher).flatMap((query) => query.params?.rows as T[]);
  const one = (cypher: string, row: unknown) => ({
    cypher,
    params: { rows: [row], activityId: records.activity.id },
  });
  const perStatement = new Set([q.CREATE_STATEMENTS, q.CREATE_GLOSSES, q.CREATE_ASSESSMENTS]);
  let transactions = 0;
  const transaction = async (queries: CypherQuery[]) => {
    transactions++;
    await executor.writeTransaction(async (run) => {
      for (const query of queries) await run(query);
    });
  };

  // The article, its vocabulary and its sources: one transaction, one row per query.
  await transaction(
    planned
      .filter((query) => !perStatement.has(query.cypher))
      .flatMap((query) =>
        Array.isArray(query.params?.rows)
          ? query.params.rows.map((row: unknown) => one(query.cypher, row))
          : [query],
      ),
  );
  const glosses = rowsOf<{ statementId: string }>(q.CREATE_GLOSSES);
  for (const statement of rowsOf<{ id: string }>(q.CREATE_STATEMENTS)) {
    await transaction([
      one(q.CREATE_STATEMENTS, statement),
      ...glosses.filter((g) => g.statementId === statement.id).map((row) => one(q.CREATE_GLOSSES, row)),
    ]);
  }
  for (const assessment of rowsOf<unknown>(q.CREATE_ASSESSMENTS))
    await transaction([one(q.CREATE_ASSESSMENTS, assessment)]);
  return transactions;
}
