/** Batched lookups by id, one query per kind: what the API's DataLoaders call. */
import { ACTIVITY, AGENT, ARTICLE, CURRENT, ENTITY, OUTLET, SOURCE, TOPIC } from '../projections';

const byId = (label: string, projection: string) => /* cypher */ `
  UNWIND $ids AS wanted
  MATCH (n:${label} {id: wanted})
  RETURN n.id AS id, ${projection} AS node`;

export const LOOKUP_BY_LABEL = {
  Article: byId('Article', ARTICLE('n', true)),
  Source: byId('Source', SOURCE('n')),
  Outlet: byId('Outlet', OUTLET('n')),
  Owner: byId('Owner', 'n { .id, .name, .nameOriginal }'),
  Topic: byId('Topic', TOPIC('n')),
  Entity: byId('Entity', ENTITY('n')),
  Agent: byId('Agent', AGENT('n')),
  Activity: byId('Activity', ACTIVITY('n')),
  Gloss: byId(
    'Gloss',
    `n { .id, .text, .language, .isTranslation, translator: [(n)-[:TRANSLATED_BY]->(tr:Agent) | ${AGENT('tr')}][0] }`,
  ),
} as const;

export type LookupLabel = keyof typeof LOOKUP_BY_LABEL;

/** Current statements per article, source, topic or entity, for `statementCount` fields. */
export const STATEMENT_COUNTS = {
  Article: 'MATCH (:Article {id: wanted})<-[:IN_ARTICLE]-(s:Statement)',
  Source: 'MATCH (:Source {id: wanted})<-[:ATTRIBUTED_TO]-(s:Statement)',
  Topic: 'MATCH (:Topic {id: wanted})<-[:ABOUT]-(s:Statement)',
  Entity: 'MATCH (:Entity {id: wanted})<-[:MENTIONS]-(s:Statement)',
} as const;

export type CountLabel = keyof typeof STATEMENT_COUNTS;

export const statementCountQuery = (label: CountLabel): string => /* cypher */ `
  UNWIND $ids AS wanted
  CALL (wanted) {
    OPTIONAL ${STATEMENT_COUNTS[label]} WHERE ${CURRENT('s')}
    RETURN count(s) AS count
  }
  RETURN wanted AS id, count`;
