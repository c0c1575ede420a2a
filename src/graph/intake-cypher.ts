/**
 * The intake's Cypher: which article a page's text already is, and the RETRIEVAL activity that the
 * article points to (`RETRIEVED_BY`), with the version link to the article last taken from the
 * same URL (`WAS_REVISION_OF`, prov:wasRevisionOf). Nothing is updated: an activity is created
 * once (its id derives from the bytes and the software) and links are merged.
 */

/** The article holding this text (by hash), and the text that holds this slug, if any. */
export const LOOKUP_INTAKE_ARTICLE = /* cypher */ `
  OPTIONAL MATCH (bySlug:Article {slug: $slug})
  OPTIONAL MATCH (byHash:Article {contentHash: $contentHash})
  RETURN bySlug.contentHash AS slugContentHash, byHash.id AS hashArticleId, byHash.slug AS hashSlug`;

/**
 * Records a retrieval of `$articleId`. On the article's first retrieval, the article most recently
 * retrieved from one of `$urls` (asked or final URL) with another text becomes the one it revises.
 * Returns the activity's id and the revised article's id (null when none).
 */
export const RECORD_RETRIEVAL = /* cypher */ `
  MATCH (article:Article {id: $articleId})
  OPTIONAL MATCH (article)-[:RETRIEVED_BY]->(earlier:Activity {type: 'RETRIEVAL'})
  WITH article, count(earlier) = 0 AS first
  MERGE (act:Activity {id: $activity.id})
  ON CREATE SET act = $activity, act.startedAt = datetime()
  MERGE (article)-[:RETRIEVED_BY]->(act)
  WITH article, act, first
  OPTIONAL MATCH (previous:Article)-[:RETRIEVED_BY]->(p:Activity {type: 'RETRIEVAL'})
    WHERE first AND previous <> article AND size($urls) > 0
      AND (p.requestedUrl IN $urls OR p.finalUrl IN $urls)
  WITH article, act, previous, p
  ORDER BY p.retrievedAt DESC
  LIMIT 1
  FOREACH (x IN CASE WHEN previous IS NULL THEN [] ELSE [previous] END |
    MERGE (article)-[:WAS_REVISION_OF]->(x))
  WITH article, act
  OPTIONAL MATCH (article)-[:WAS_REVISION_OF]->(revised:Article)
  RETURN act.id AS activityId, revised.id AS revisionOfId`;
