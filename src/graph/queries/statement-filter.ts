/**
 * Statement filters as Cypher predicates over a statement variable. Each predicate is a constant
 * guarded by its parameter (`$p IS NULL OR ...`), so one query text serves every combination and
 * values always travel as parameters.
 */

export interface StatementFilterInput {
  article?: string | null;
  outlet?: string | null;
  topic?: string | null;
  entity?: string | null;
  sourceKind?: string | null;
  source?: string | null;
  mode?: string | null;
  language?: string | null;
  /** Ids of statements whose text or gloss matched a full-text query, when a text filter is given. */
  textMatches?: string[] | null;
  /** Review statuses to show (HUMAN, PROPOSED, CONFIRMED, REJECTED); null: the default view. */
  status?: string[] | null;
}

export const statementFilterParams = (filter: StatementFilterInput) => ({
  fArticle: filter.article ?? null,
  fOutlet: filter.outlet ?? null,
  fTopic: filter.topic ?? null,
  fEntity: filter.entity ?? null,
  fSourceKind: filter.sourceKind ?? null,
  fSource: filter.source ?? null,
  fMode: filter.mode ?? null,
  fLanguage: filter.language ?? null,
  fTextMatches: filter.textMatches ?? null,
  fStatus: filter.status && filter.status.length > 0 ? filter.status : null,
});

/** True when `v` satisfies every given filter. */
export const statementMatches = (v: string): string => `(
  ($fArticle IS NULL OR EXISTS { (${v})-[:IN_ARTICLE]->(:Article {id: $fArticle}) })
  AND ($fOutlet IS NULL OR EXISTS { (${v})-[:IN_ARTICLE]->(:Article)-[:PUBLISHED_BY|CARRIED_BY]->(:Outlet {id: $fOutlet}) })
  AND ($fTopic IS NULL OR EXISTS { (${v})-[:ABOUT]->(:Topic {id: $fTopic}) })
  AND ($fEntity IS NULL OR EXISTS { (${v})-[:MENTIONS]->(:Entity {id: $fEntity}) })
  AND ($fSourceKind IS NULL OR EXISTS { (${v})-[:ATTRIBUTED_TO]->(:Source {kind: $fSourceKind}) })
  AND ($fSource IS NULL OR EXISTS { (${v})-[:ATTRIBUTED_TO]->(:Source {id: $fSource}) })
  AND ($fMode IS NULL OR ${v}.mode = $fMode)
  AND ($fLanguage IS NULL OR ${v}.language = $fLanguage)
  AND ($fTextMatches IS NULL OR ${v}.id IN $fTextMatches)
)`;

/**
 * Where to start matching statements: from the most selective filter given, so a narrow filter
 * never scans every statement. Returns a MATCH clause binding `s`.
 */
export function statementAnchor(filter: StatementFilterInput): string {
  if (filter.textMatches) return 'UNWIND $fTextMatches AS matchedId MATCH (s:Statement {id: matchedId})';
  if (filter.source) return 'MATCH (:Source {id: $fSource})<-[:ATTRIBUTED_TO]-(s:Statement)';
  if (filter.entity) return 'MATCH (:Entity {id: $fEntity})<-[:MENTIONS]-(s:Statement)';
  if (filter.article) return 'MATCH (:Article {id: $fArticle})<-[:IN_ARTICLE]-(s:Statement)';
  if (filter.topic) return 'MATCH (:Topic {id: $fTopic})<-[:ABOUT]-(s:Statement)';
  if (filter.outlet)
    return 'MATCH (:Outlet {id: $fOutlet})<-[:PUBLISHED_BY|CARRIED_BY]-(:Article)<-[:IN_ARTICLE]-(s:Statement)';
  return 'MATCH (s:Statement)';
}

/** True when some filter narrows statements (so anchoring on statements beats scanning assessments). */
export const hasSelectiveFilter = (filter: StatementFilterInput): boolean =>
  Boolean(
    filter.textMatches || filter.source || filter.entity || filter.article || filter.topic || filter.outlet,
  );
