/** Node labels whose `id` is unique: every node of the graph is one of these. */
export const IDENTIFIED_LABELS = [
  'Owner',
  'Outlet',
  'Article',
  'Artifact',
  'Topic',
  'Source',
  'Statement',
  'Gloss',
  'Entity',
  'Assessment',
  'Agent',
  'Activity',
  'Exclusion',
  'Withdrawal',
  'Review',
  'ApiKey',
] as const;

/** The full-text index of statements and glosses that search queries. */
export const STATEMENT_SEARCH_INDEX = 'statement_search_english';

/** Constraints and indexes, all idempotent. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...IDENTIFIED_LABELS.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX article_slug IF NOT EXISTS FOR (n:Article) ON (n.slug)',
  'CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)',
  'CREATE INDEX statement_local_id IF NOT EXISTS FOR (n:Statement) ON (n.articleSlug, n.localId)',
  'CREATE INDEX source_local_id IF NOT EXISTS FOR (n:Source) ON (n.articleSlug, n.localId)',
  'CREATE INDEX assessment_local_id IF NOT EXISTS FOR (n:Assessment) ON (n.articleSlug, n.localId)',
  'CREATE INDEX activity_type IF NOT EXISTS FOR (n:Activity) ON (n.type)',
  'CREATE INDEX activity_input_hash IF NOT EXISTS FOR (n:Activity) ON (n.inputHash)',
  'CREATE INDEX source_kind IF NOT EXISTS FOR (n:Source) ON (n.kind)',
  // Relation first: pages of one relation walk it in id order (see queries/assessments.ts).
  'CREATE INDEX assessment_relation_id IF NOT EXISTS FOR (n:Assessment) ON (n.relation, n.id)',
  // Replaced by assessment_relation_id, which serves the same lookups.
  'DROP INDEX assessment_relation IF EXISTS',
  // Our own folding and stemming produce `searchText`; the english analyzer then drops English
  // stop words and applies Porter's stemmer (Arabic passes through it unchanged). It replaces
  // statement_search (whitespace analyzer), which an older database still has: dropped here, so
  // the new index is built from the `searchText` already stored (decision 018).
  'DROP INDEX statement_search IF EXISTS',
  `CREATE FULLTEXT INDEX ${STATEMENT_SEARCH_INDEX} IF NOT EXISTS FOR (n:Statement|Gloss) ON EACH [n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english' } }`,
];
