/**
 * The Cypher of bulk ingest (`ingestBatch`): each per-article query of ingest-cypher, turned into
 * one over the rows of many articles at once. Each row carries the id of its own article's
 * activity, so one UNWIND writes every article's statements (or sources, ...) in one round trip.
 * Node queries are derived from the per-article constants (the activity comes from the row instead
 * of `$activityId`), so both paths create the same nodes; the two activity queries are written out.
 * tests/integration/bench/ingest-batch.test.ts checks that both paths build the same graph.
 */
import * as q from './ingest-cypher';

const ARTICLE_ACTIVITY = 'MATCH (act:Activity {id: $activityId})';
const ROW_ACTIVITY = 'MATCH (act:Activity {id: row.activityId})';

/** `cypher` with the activity taken from each row instead of one `$activityId` parameter. */
function withRowActivity(cypher: string): string {
  if (!cypher.includes(ARTICLE_ACTIVITY)) {
    throw new Error(`bulk ingest: expected "${ARTICLE_ACTIVITY}" in an ingest query`);
  }
  return cypher.replace(ARTICLE_ACTIVITY, ROW_ACTIVITY);
}

/** MERGE_ACTIVITY, once per activity in `$rows`. */
export const BULK_MERGE_ACTIVITIES = /* cypher */ `
  UNWIND $rows AS activity
  MERGE (act:Activity {id: activity.id})
  ON CREATE SET act.type = activity.type, act.tool = activity.tool, act.toolVersion = activity.toolVersion,
                act.inputHash = activity.inputHash, act.file = activity.file,
                act.annotatedAt = activity.annotatedAt, act.startedAt = datetime()`;

/** LINK_ACTIVITY, once per activity in `$rows` (bulk rows are new annotations: their article exists). */
export const BULK_LINK_ACTIVITIES = /* cypher */ `
  UNWIND $rows AS activity
  MATCH (act:Activity {id: activity.id})
  MATCH (annotator:Agent {id: activity.annotatorId})
  MATCH (tool:Agent {id: activity.toolAgentId})
  MATCH (article:Article {id: activity.articleId})
  MERGE (act)-[:WAS_ASSOCIATED_WITH {role: 'annotator'}]->(annotator)
  MERGE (act)-[:WAS_ASSOCIATED_WITH {role: 'software'}]->(tool)
  MERGE (act)-[:USED]->(article)`;

/** How a per-article query takes its rows: one `$activity` map, or `$rows` with one `$activityId`. */
export type RowSource = 'activity' | 'rows';

/**
 * Every per-article ingest query, in the order `writeRecords` runs them (a row links only to nodes
 * written before it), with its bulk form and where its rows come from.
 */
export const BULK_QUERIES: ReadonlyMap<string, { cypher: string; from: RowSource }> = new Map(
  (
    [
      [q.MERGE_ACTIVITY, 'activity'],
      [q.CREATE_AGENTS, 'rows'],
      [q.CREATE_OWNERS, 'rows'],
      [q.CREATE_OUTLETS, 'rows'],
      [q.CREATE_TOPICS, 'rows'],
      [q.CREATE_ENTITIES, 'rows'],
      [q.CREATE_ARTICLE, 'rows'],
      [q.LINK_ACTIVITY, 'activity'],
      [q.CREATE_SOURCES, 'rows'],
      [q.CREATE_STATEMENTS, 'rows'],
      [q.CREATE_GLOSSES, 'rows'],
      [q.CREATE_ASSESSMENTS, 'rows'],
      [q.CREATE_EXCLUSIONS, 'rows'],
      [q.CREATE_WITHDRAWALS, 'rows'],
    ] as const
  ).map(([cypher, from]) => {
    const bulk =
      from === 'rows'
        ? withRowActivity(cypher)
        : cypher === q.MERGE_ACTIVITY
          ? BULK_MERGE_ACTIVITIES
          : BULK_LINK_ACTIVITIES;
    return [cypher, { cypher: bulk, from }];
  }),
);

/**
 * The articles of a batch that the graph already knows, by slug, text or input: those take the
 * per-article path, which tells a repeated input (nothing to do) from a conflicting one.
 */
export const FIND_KNOWN_ARTICLES = /* cypher */ `
  UNWIND $articles AS a
  OPTIONAL MATCH (bySlug:Article {slug: a.slug})
  OPTIONAL MATCH (byHash:Article {contentHash: a.contentHash})
  WITH a, bySlug, byHash
  WHERE bySlug IS NOT NULL OR byHash IS NOT NULL OR EXISTS { MATCH (:Activity {inputHash: a.inputHash}) }
  RETURN DISTINCT a.slug AS slug`;
