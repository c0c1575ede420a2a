/**
 * The Cypher of review in the graph: finding what a review names, writing the review, and
 * listing what a proposal wrote. A review is a new node; nothing it names is updated.
 */

export type ReviewLabel = 'Statement' | 'Source' | 'Assessment';

/** The statement, source or assessment `$id` names, with what a review needs to know of it. */
export const LOOKUP_REVIEW_TARGET = /* cypher */ `
  CALL () {
    MATCH (n:Statement {id: $id}) RETURN n, 'Statement' AS label
    UNION
    MATCH (n:Source {id: $id}) RETURN n, 'Source' AS label
    UNION
    MATCH (n:Assessment {id: $id}) RETURN n, 'Assessment' AS label
  }
  OPTIONAL MATCH (n)-[:IN_ARTICLE]->(inArticle:Article)
  OPTIONAL MATCH (bySlug:Article {slug: n.articleSlug})
  RETURN label, n.status AS status, n.articleSlug AS articleSlug, n.localId AS localId,
         coalesce(inArticle.id, bySlug.id) AS articleId,
         n.relation AS relation, n.rationale AS rationale, n.confidence AS confidence,
         [(n)-[:FROM]->(f:Statement) | f.id][0] AS fromId, [(n)-[:TO]->(t:Statement) | t.id][0] AS toId,
         [(n)<-[:REVIEWS]-(r:Review) | r.id][0] AS reviewId,
         EXISTS { (n)<-[:SUPERSEDES]-() } AS superseded`;

const createReview = (label: ReviewLabel) => /* cypher */ `
  MATCH (act:Activity {id: $activityId})
  MATCH (target:${label} {id: $review.targetId})
  MATCH (reviewer:Agent {id: $review.reviewerId})
  CREATE (r:Review {id: $review.id, decision: $review.decision, targetId: $review.targetId,
                    targetLabel: $review.targetLabel, reviewedAt: datetime()})
  SET r.note = $review.note, r.confirmationId = $review.confirmationId
  CREATE (r)-[:REVIEWS]->(target)
  CREATE (r)-[:REVIEWED_BY]->(reviewer)
  CREATE (r)-[:WAS_GENERATED_BY]->(act)
  WITH r, target
  CALL (target) {
    MATCH (confirmation:Assessment {id: $review.confirmationId})
    CREATE (confirmation)-[:CONFIRMS]->(target)
  }
  RETURN r.id AS id`;

/** Writes one review of a node of `label` (a constant per label: labels cannot be parameters). */
export const CREATE_REVIEW: Record<ReviewLabel, string> = {
  Statement: createReview('Statement'),
  Source: createReview('Source'),
  Assessment: createReview('Assessment'),
};

/** The proposed statements (in text order) and assessments of one article. */
export const PROPOSAL_ITEMS = /* cypher */ `
  MATCH (article:Article {id: $articleId})
  RETURN
    COLLECT {
      MATCH (article)<-[:IN_ARTICLE]-(s:Statement) WHERE s.status IS NOT NULL
      RETURN s.id ORDER BY s.start, s.end, s.id
    } AS statementIds,
    COLLECT {
      MATCH (article)<-[:IN_ARTICLE]-(:Statement)<-[:FROM|TO]-(a:Assessment) WHERE a.status IS NOT NULL
      RETURN DISTINCT a.id ORDER BY a.id
    } AS assessmentIds`;
