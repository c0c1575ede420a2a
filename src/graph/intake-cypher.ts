/**
 * The intake's Cypher: which article a page's text already is, and the RETRIEVAL activity that the
 * article points to (`RETRIEVED_BY`), with the version link to the article last taken from the
 * same URL (`WAS_REVISION_OF`, prov:wasRevisionOf). The raw page is an `Artifact` node (id
 * `artifact:sha256:<hex>`) that the activity `USED` and the article is `DERIVED_FROM`; the
 * `RETRIEVED_BY` link names it (`artifact`), so that the export can say which activity derived
 * the text from which bytes. Nothing is updated: an activity and an artifact are created once
 * (their ids derive from the bytes and the software) and links are merged.
 */

/**
 * Links `article`, `act` (its retrieval) and the artifact of the activity's raw bytes (its id as
 * `artifactNodeId` in src/intake/provenance.ts spells it). The artifact points to the activity
 * that first recorded it, as every node does (`WAS_GENERATED_BY`). `carry` names the caller's
 * other variables, kept through the fragment.
 */
const linkArtifact = (...carry: string[]): string => /* cypher */ `
  MERGE (page:Artifact {id: 'artifact:sha256:' + act.rawSha256})
    ON CREATE SET page.sha256 = act.rawSha256, page.byteLength = act.rawBytes
  WITH ${['article', 'act', 'link', 'page', ...carry].join(', ')}
  CALL (page, act) {
    WITH page, act WHERE NOT EXISTS { (page)-[:WAS_GENERATED_BY]->() }
    MERGE (page)-[:WAS_GENERATED_BY]->(act)
  }
  MERGE (act)-[:USED]->(page)
  MERGE (article)-[:DERIVED_FROM]->(page)
  SET link.artifact = page.id`;

/** The article holding this text (by hash), and the text that holds this slug, if any. */
export const LOOKUP_INTAKE_ARTICLE = /* cypher */ `
  OPTIONAL MATCH (bySlug:Article {slug: $slug})
  OPTIONAL MATCH (byHash:Article {contentHash: $contentHash})
  RETURN bySlug.contentHash AS slugContentHash, byHash.id AS hashArticleId, byHash.slug AS hashSlug`;

/**
 * Records a retrieval of `$articleId`. On the article's first retrieval, the article most recently
 * retrieved from one of `$urls` (asked or final URL), or the retrieved article whose slug is
 * `$revisionOfSlug` (the CLI's earlier version of a saved page), with another text becomes the one
 * it revises. Returns the activity's id and the revised article's id (null when none).
 */
export const RECORD_RETRIEVAL = /* cypher */ `
  MATCH (article:Article {id: $articleId})
  OPTIONAL MATCH (article)-[:RETRIEVED_BY]->(earlier:Activity {type: 'RETRIEVAL'})
  WITH article, count(earlier) = 0 AS first
  MERGE (act:Activity {id: $activity.id})
  ON CREATE SET act = $activity, act.startedAt = datetime()
  MERGE (article)-[link:RETRIEVED_BY]->(act)
  WITH article, act, first, link
  ${linkArtifact('first')}
  WITH article, act, first
  OPTIONAL MATCH (previous:Article)-[:RETRIEVED_BY]->(p:Activity {type: 'RETRIEVAL'})
    WHERE first AND previous <> article
      AND (p.requestedUrl IN $urls OR p.finalUrl IN $urls OR previous.slug = $revisionOfSlug)
  WITH article, act, previous, p
  ORDER BY p.retrievedAt DESC
  LIMIT 1
  FOREACH (x IN CASE WHEN previous IS NULL THEN [] ELSE [previous] END |
    MERGE (article)-[:WAS_REVISION_OF]->(x))
  WITH article, act
  OPTIONAL MATCH (article)-[:WAS_REVISION_OF]->(revised:Article)
  RETURN act.id AS activityId, revised.id AS revisionOfId`;

/**
 * Retrievals recorded before artifacts were nodes get theirs (run with the migration; a no-op once
 * done): the link names no artifact yet, and the activity holds its bytes' sha256 and size.
 */
export const LINK_EARLIER_RETRIEVAL_ARTIFACTS = /* cypher */ `
  MATCH (article:Article)-[link:RETRIEVED_BY]->(act:Activity {type: 'RETRIEVAL'})
  WHERE link.artifact IS NULL AND act.rawSha256 IS NOT NULL
  ${linkArtifact()}
  RETURN count(*) AS linked`;
