/**
 * Current statements in the compact form the proposer compares new claims against: words,
 * English gloss, entity and topic slugs, source and cue. Capped: candidates are proposals for a
 * person to review, so the newest statements matter most and the cost stays bounded. Rejected
 * proposals are left out.
 */
export const EXISTING_STATEMENTS = /* cypher */ `
  MATCH (s:Statement)-[:WAS_GENERATED_BY]->(act:Activity)
  WHERE NOT EXISTS { (s)<-[:SUPERSEDES]-() }
    AND NOT EXISTS { (s)<-[:REVIEWS]-(:Review {decision: 'REJECT'}) }
  WITH s, act ORDER BY act.startedAt DESC, s.id LIMIT toInteger($limit)
  RETURN s.articleSlug + '#' + s.localId AS id, s.articleSlug AS articleSlug, s.quote AS text,
         s.language AS language, s.cue AS cue,
         [(g:Gloss {language: 'en'})-[:GLOSS_OF]->(s) WHERE NOT EXISTS { (g)<-[:SUPERSEDES]-() } | g.text][0] AS gloss,
         [(s)-[:MENTIONS]->(e:Entity) | substring(e.id, size('entity:'))] AS entities,
         [(s)-[:ABOUT]->(t:Topic) | substring(t.id, size('topic:'))] AS topics,
         [(s)-[:ATTRIBUTED_TO]->(src:Source) | src.id][0] AS source`;
