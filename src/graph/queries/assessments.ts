import type { CypherQuery } from '../executor';
import { ASSESSMENT, CURRENT } from '../projections';
import type { PageArgs } from './statements';
import type { StatementFilterInput } from './statement-filter';
import {
  hasSelectiveFilter,
  statementAnchor,
  statementFilterParams,
  statementMatches,
} from './statement-filter';

export interface AssessmentFilterInput extends StatementFilterInput {
  relations: string[];
  method?: string | null;
  minConfidence?: number | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
}

const params = (filter: AssessmentFilterInput, includeHistory: boolean) => ({
  ...statementFilterParams(filter),
  relations: filter.relations,
  method: filter.method ?? null,
  minConfidence: filter.minConfidence ?? null,
  publishedFrom: filter.publishedFrom ?? null,
  publishedTo: filter.publishedTo ?? null,
  includeHistory,
});

const sideMatches = (v: string) => `(${statementMatches(v)}
  AND ($publishedFrom IS NULL OR EXISTS { (${v})-[:IN_ARTICLE]->(pa:Article) WHERE pa.publishedAt >= $publishedFrom })
  AND ($publishedTo IS NULL OR EXISTS { (${v})-[:IN_ARTICLE]->(pa:Article) WHERE pa.publishedAt <= $publishedTo }))`;

/**
 * Binds `a` to the assessments that pass every filter: a statement filter matches when either
 * side matches it. With a narrow statement filter the match starts from the statements; without
 * one it walks assessments in id order, so a page stops early.
 */
function matchAssessments(filter: AssessmentFilterInput): string {
  const start = hasSelectiveFilter(filter)
    ? `${statementAnchor(filter)}
       MATCH (s)<-[:FROM|TO]-(a:Assessment) WHERE a.relation IN $relations
       WITH DISTINCT a`
    : 'MATCH (a:Assessment) WHERE a.relation IN $relations';
  return `${start}
    MATCH (a)-[:FROM]->(s1:Statement), (a)-[:TO]->(s2:Statement)
    WHERE ($includeHistory OR ${CURRENT('a')})
      AND ($method IS NULL OR a.method = $method)
      AND ($minConfidence IS NULL OR a.confidence >= $minConfidence)
      AND (${sideMatches('s1')} OR ${sideMatches('s2')})`;
}

/** One page of assessment pairs with both statements' whole views. One round trip. */
export function assessmentsPage(
  filter: AssessmentFilterInput,
  includeHistory: boolean,
  page: PageArgs,
): CypherQuery {
  return {
    cypher: `${matchAssessments(filter)} AND ($after IS NULL OR a.id > $after)
      WITH a ORDER BY a.id LIMIT toInteger($limit)
      RETURN ${ASSESSMENT('a')} AS assessment`,
    params: { ...params(filter, includeHistory), after: page.after, limit: page.limit },
  };
}

export function assessmentsCount(filter: AssessmentFilterInput, includeHistory: boolean): CypherQuery {
  return {
    cypher: `${matchAssessments(filter)} RETURN count(DISTINCT a) AS count`,
    params: params(filter, includeHistory),
  };
}

export const ASSESSMENTS_BY_ID = /* cypher */ `
  UNWIND $ids AS wanted
  MATCH (a:Assessment {id: wanted})
  RETURN ${ASSESSMENT('a')} AS assessment`;
