import type { QueryResult } from 'neo4j-driver';
import type { IngestRecords } from '../ingest/records';
import type { CypherQuery } from './executor';
import * as q from './ingest-cypher';

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
}

/** A flat row as the `{ id, props }` shape the create-if-absent queries take. */
const asProps = <T extends { id: string }>(row: T) => ({ id: row.id, props: row });

/**
 * Writes one file's rows inside the caller's transaction: a fixed number of batched queries,
 * whatever the number of statements. Order matters: a row links only to nodes written before it.
 */
export async function writeRecords(
  run: (query: CypherQuery) => Promise<QueryResult>,
  records: IngestRecords,
): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
  const tally = (result: QueryResult): void => {
    const updates = result.summary.counters.updates();
    counts.nodesCreated += updates.nodesCreated;
    counts.relationshipsCreated += updates.relationshipsCreated;
  };
  const activityId = records.activity.id;
  const batch = async (cypher: string, rows: readonly unknown[]): Promise<void> => {
    if (rows.length > 0) tally(await run({ cypher, params: { rows, activityId } }));
  };

  tally(await run({ cypher: q.MERGE_ACTIVITY, params: { activity: records.activity } }));
  await batch(q.CREATE_AGENTS, records.agents.map(asProps));
  await batch(q.CREATE_OWNERS, records.owners.map(asProps));
  await batch(
    q.CREATE_OUTLETS,
    records.outlets.map(({ ownerId, ...outlet }) => ({ ...asProps(outlet), ownerId })),
  );
  await batch(q.CREATE_TOPICS, records.topics.map(asProps));
  await batch(q.CREATE_ENTITIES, records.entities.map(asProps));
  if (records.article !== null) await batch(q.CREATE_ARTICLE, [records.article]);
  tally(await run({ cypher: q.LINK_ACTIVITY, params: { activity: records.activity } }));
  await batch(q.CREATE_SOURCES, records.sources);
  await batch(q.CREATE_STATEMENTS, records.statements);
  await batch(q.CREATE_GLOSSES, records.glosses);
  await batch(q.CREATE_ASSESSMENTS, records.assessments);
  await batch(q.CREATE_EXCLUSIONS, records.exclusions);
  await batch(q.CREATE_WITHDRAWALS, records.withdrawals);
  return counts;
}
