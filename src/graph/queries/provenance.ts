import { ACTIVITY, ASSESSMENT, STATEMENT } from '../projections';

/** What a provenance subject is, and the statements its trail runs through. */
export const PROVENANCE_SUBJECT = /* cypher */ `
  OPTIONAL MATCH (ss:Statement {id: $id})
  OPTIONAL MATCH (sa:Assessment {id: $id})
  RETURN CASE WHEN ss IS NOT NULL THEN 'Statement' WHEN sa IS NOT NULL THEN 'Assessment' END AS type,
         CASE WHEN ss IS NOT NULL THEN [ss.id] ELSE [(sa)-[:FROM|TO]->(x:Statement) | x.id] END AS statementIds`;

const REVISION = (rel: string, other: string, of: string) => `{
  id: ${other}.id, of: ${of}.id, reason: ${rel}.reason,
  label: coalesce(${other}.quote, ${other}.rationale, ${other}.reason),
  activity: [(${other})-[:WAS_GENERATED_BY]->(ra:Activity) | ${ACTIVITY('ra')}][0]
}`;

/**
 * Everything on the trail of the given statements, history included: their views, every
 * assessment touching them, what they superseded and what superseded them (statements and
 * assessments alike), and the activities that recorded the article, outlets and sources.
 */
export const PROVENANCE_TRAIL = /* cypher */ `
  UNWIND $statementIds AS sid
  MATCH (s:Statement {id: sid})
  RETURN ${STATEMENT('s')} AS statement,
    [(s)-[:IN_ARTICLE]->(art:Article)-[:WAS_GENERATED_BY]->(aa:Activity) | ${ACTIVITY('aa')}][0] AS articleActivity,
    [(s)-[:ATTRIBUTED_TO]->(:Source)-[:WAS_GENERATED_BY]->(sa:Activity) | ${ACTIVITY('sa')}][0] AS sourceActivity,
    [(s)-[:IN_ARTICLE]->(:Article)-[:PUBLISHED_BY]->(:Outlet)-[:WAS_GENERATED_BY]->(oa:Activity) | ${ACTIVITY('oa')}][0]
      AS outletActivity,
    [(s)-[:IN_ARTICLE]->(:Article)-[:RETRIEVED_BY]->(r:Activity {type: 'RETRIEVAL'}) | r {
      .id, .source, .requestedUrl, .finalUrl, .httpStatus, .contentType, .file, .rawSha256, .textSha256,
      .extractor, .extractorVersion, retrievedAt: toString(r.retrievedAt)
    }] AS retrievals,
    [(g:Gloss)-[:GLOSS_OF]->(s) | { id: g.id, activity: [(g)-[:WAS_GENERATED_BY]->(ga:Activity) | ${ACTIVITY('ga')}][0] }]
      AS glossActivities,
    [(s)<-[:FROM|TO]-(a:Assessment) | ${ASSESSMENT('a')}] AS assessments,
    [(s)-[r:SUPERSEDES]->(old) | ${REVISION('r', 'old', 's')}] +
      [(s)<-[:FROM|TO]-(a:Assessment)-[r:SUPERSEDES]->(old) | ${REVISION('r', 'old', 'a')}] AS supersedes,
    [(newer)-[r:SUPERSEDES]->(s) | ${REVISION('r', 'newer', 's')}] +
      [(s)<-[:FROM|TO]-(a:Assessment)<-[r:SUPERSEDES]-(newer) | ${REVISION('r', 'newer', 'a')}] AS supersededBy`;
