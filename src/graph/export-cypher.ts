/**
 * The reads behind `isnad export`: a node with its properties and outgoing relationships is the
 * unit of export, fetched a level or a page at a time so that a round trip carries many nodes.
 * Labels come from the fixed list below, never from input; values travel as parameters.
 */
import type { IDENTIFIED_LABELS } from './schema-statements';

/** Labels that exports carry (API keys never leave the database). */
export const EXPORTED_LABELS = [
  'Owner',
  'Outlet',
  'Topic',
  'Entity',
  'Agent',
  'Article',
  'Artifact',
  'Source',
  'Statement',
  'Gloss',
  'Assessment',
  'Exclusion',
  'Withdrawal',
  'Activity',
] as const satisfies readonly (typeof IDENTIFIED_LABELS)[number][];

export type ExportedLabel = (typeof EXPORTED_LABELS)[number];

/**
 * Labels whose nodes an activity records but does not generate: the article it used, the agents,
 * outlets and owners it names, the topics and entities it refers to, the raw page a retrieval
 * received (the outlet made those bytes, not the intake). In the graph every node points
 * to the activity that first wrote it (`WAS_GENERATED_BY`); for these, PROV's `wasGeneratedBy`
 * would be false (an outlet is not made by an annotation), so the export states the link from the
 * activity's side (`isnad:recorded`), which also keeps these nodes' own items free of anything that
 * depends on the order files were ingested in.
 */
export const RECORDED_LABELS = [
  'Owner',
  'Outlet',
  'Topic',
  'Entity',
  'Agent',
  'Article',
  'Artifact',
  'Source',
] as const satisfies readonly ExportedLabel[];

/**
 * One row per node: its label, properties and outgoing relationships; for an activity, also the
 * nodes of RECORDED_LABELS that it first wrote.
 */
const NODE_PROJECTION = /* cypher */ `
  RETURN labels(n)[0] AS label, n {.*} AS props,
         [(n)-[r]->(m) | {type: type(r), props: properties(r), to: m.id, toLabel: labels(m)[0]}] AS out,
         [(m)-[:WAS_GENERATED_BY]->(n) WHERE ${RECORDED_LABELS.map((l) => `m:${l}`).join(' OR ')} | m.id] AS recorded`;

/**
 * Fetches nodes named by id, one list parameter per label (`$Statement`, `$Source`, …): one round
 * trip per level of the provenance closure, whatever the number of nodes.
 */
export const FETCH_NODES = /* cypher */ `
  CALL () {
    ${EXPORTED_LABELS.map((label) => `MATCH (n:${label}) WHERE n.id IN $${label} RETURN n`).join('\n    UNION ALL\n    ')}
  }
  ${NODE_PROJECTION}`;

/** Keyset pages of one label, in id order: `--all` walks each label with these. */
export const PAGE_OF_LABEL: Readonly<Record<ExportedLabel, string>> = Object.fromEntries(
  EXPORTED_LABELS.map((label) => [
    label,
    /* cypher */ `
  MATCH (n:${label}) WHERE n.id > $after
  ${NODE_PROJECTION}
  ORDER BY n.id LIMIT toInteger($limit)`,
  ]),
) as Record<ExportedLabel, string>;

/** How many nodes `--all` will write (label counts come from the count store). */
export const COUNT_EXPORTED = /* cypher */ `
  CALL () {
    ${EXPORTED_LABELS.map((label) => `MATCH (n:${label}) RETURN count(n) AS c`).join('\n    UNION ALL\n    ')}
  }
  RETURN sum(c) AS total`;

export const COUNT_ARTICLES = /* cypher */ `MATCH (a:Article) RETURN count(a) AS total`;

/** Keyset pages of article ids (the Web Annotation and ClaimReview `--all` walk by article). */
export const PAGE_OF_ARTICLE_IDS = /* cypher */ `
  MATCH (a:Article) WHERE a.id > $after
  RETURN a.id AS id ORDER BY a.id LIMIT toInteger($limit)`;

/** A statement named `slug#localId`: the current version when corrections replaced it. */
export const RESOLVE_STATEMENT = /* cypher */ `
  MATCH (s:Statement {articleSlug: $slug, localId: $localId})
  RETURN s.id AS id ORDER BY EXISTS { (s)<-[:SUPERSEDES]-() } LIMIT 1`;

/**
 * What an export of one statement starts from: the statement and the versions that replace it,
 * their glosses, and the assessments about any of them with their own replacements. Everything
 * these point at (article, sources, outlets, activities, agents) follows as the closure.
 */
export const STATEMENT_SEEDS = /* cypher */ `
  MATCH (s:Statement {id: $id})
  CALL (s) {
    MATCH (x)-[:SUPERSEDES*0..]->(s) RETURN x
    UNION
    MATCH (v)-[:SUPERSEDES*0..]->(s) MATCH (x:Gloss)-[:GLOSS_OF]->(v) RETURN x
    UNION
    MATCH (v)-[:SUPERSEDES*0..]->(s) MATCH (a:Assessment)-[:FROM|TO]->(v)
    MATCH (x)-[:SUPERSEDES*0..]->(a) RETURN x
  }
  RETURN x.id AS id, labels(x)[0] AS label`;

/** What an export of one article (by id or slug) starts from: everything recorded about it. */
export const ARTICLE_SEEDS = /* cypher */ `
  MATCH (art:Article) WHERE art.id = $id OR art.slug = $id
  CALL (art) {
    RETURN art AS x
    UNION
    MATCH (x)-[:IN_ARTICLE]->(art) RETURN x
    UNION
    MATCH (x)-[:SUPERSEDES*1..]->(:Statement)-[:IN_ARTICLE]->(art) RETURN x
    UNION
    MATCH (x:Gloss)-[:GLOSS_OF]->(:Statement)-[:IN_ARTICLE]->(art) RETURN x
    UNION
    MATCH (a:Assessment)-[:FROM|TO]->()-[:IN_ARTICLE]->(art)
    MATCH (x)-[:SUPERSEDES*0..]->(a) RETURN x
  }
  RETURN x.id AS id, labels(x)[0] AS label`;
