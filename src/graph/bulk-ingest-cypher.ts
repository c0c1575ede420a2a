/**
 * The Cypher of bulk ingest (`ingestBatch`): the per-article queries of ingest-cypher, turned into
 * queries over the rows of many articles at once. Each row carries the id of its own article's
 * activity, so one UNWIND writes every article's statements (or sources, ...) in one round trip.
 * The node queries are derived from the per-article constants (their activity comes from the row
 * instead of `$activityId`) so that both paths create the same nodes; the two activity queries are
 * written out, and tests/integration/bench/ingest-batch.test.ts checks that both paths build the
 * same graph.
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

/** MERGE_ACTIVITY, once per activity row. */
export const BULK_MERGE_ACTIVITIES = /* cypher */ `
  UNWIND $rows AS activity
  MERGE (act:Activity {id: activity.id})
  ON CREATE SET act.type = activity.type, act.tool = activity.tool, act.toolVersion = activity.toolVersion,
                act.inputHash = activity.inputHash, act.file = activity.file,
                act.annotatedAt = activity.annotatedAt, act.startedAt = datetime()`;

/** LINK_ACTIVITY, once per activity row (bulk rows are new annotations: their article always exists). */
export const BULK_LINK_ACTIVITIES = /* cypher */ `
  UNWIND $rows AS activity
  MATCH (act:Activity {id: activity.id})
  MATCH (annotator:Agent {id: activity.annotatorId})
  MATCH (tool:Agent {id: activity.toolAgentId})
  MATCH (article:Article {id: activity.articleId})
  MERGE (act)-[:WAS_ASSOCIATED_WITH {role: 'annotator'}]->(annotator)
  MERGE (act)-[:WAS_ASSOCIATED_WITH {role: 'software'}]->(tool)
  MERGE (act)-[:USED]->(article)`;

export const BULK_CREATE_AGENTS = withRowActivity(q.CREATE_AGENTS);
export const BULK_CREATE_OWNERS = withRowActivity(q.CREATE_OWNERS);
export const BULK_CREATE_OUTLETS = withRowActivity(q.CREATE_OUTLETS);
export const BULK_CREATE_TOPICS = withRowActivity(q.CREATE_TOPICS);
export const BULK_CREATE_ENTITIES = withRowActivity(q.CREATE_ENTITIES);
export const BULK_CREATE_ARTICLES = withRowActivity(q.CREATE_ARTICLE);
export const BULK_CREATE_SOURCES = withRowActivity(q.CREATE_SOURCES);
export const BULK_CREATE_STATEMENTS = withRowActivity(q.CREATE_STATEMENTS);
export const BULK_CREATE_GLOSSES = withRowActivity(q.CREATE_GLOSSES);
export const BULK_CREATE_ASSESSMENTS = withRowActivity(q.CREATE_ASSESSMENTS);
export const BULK_CREATE_EXCLUSIONS = withRowActivity(q.CREATE_EXCLUSIONS);
export const BULK_CREATE_WITHDRAWALS = withRowActivity(q.CREATE_WITHDRAWALS);

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
