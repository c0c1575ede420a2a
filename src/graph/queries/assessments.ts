import type { CypherQuery } from '../executor';
import { ALL_STATEMENT_PARTS, ASSESSMENT, CURRENT } from '../projections';
import type { StatementParts } from '../projections';
import { STATUS_MATCHES } from '../review-projections';
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

/** The filters an assessment must pass once bound to `a` (its sides bound to `s1` and `s2`). */
const passesFilters = `
    MATCH (a)-[:FROM]->(s1:Statement), (a)-[:TO]->(s2:Statement)
    WHERE ($includeHistory OR ${CURRENT('a')})
      AND ($method IS NULL OR a.method = $method)
      AND ${STATUS_MATCHES('a', true)}
      AND ($minConfidence IS NULL OR a.confidence >= $minConfidence)
      AND (${sideMatches('s1')} OR ${sideMatches('s2')})`;

/**
 * Binds `a`, in id order after `$after`, to at most `$limit` assessments that pass every filter.
 * With a narrow statement filter the match starts from the statements. Without one it walks the
 * `(relation, id)` index of each relation in id order and stops after `$limit` matches, so a page
 * costs the same at any graph size; the relations' pages are then merged. (Ordering by relation
 * too, constant within a walk, is what lets the index provide the order instead of a sort.)
 */
function pageOfAssessments(filter: AssessmentFilterInput): string {
  if (hasSelectiveFilter(filter)) {
    return `${statementAnchor(filter)}
      MATCH (s)<-[:FROM|TO]-(a:Assessment) WHERE a.relation IN $relations
      // After the horizon, so the planner cannot start from the assessments' id range instead.
      WITH DISTINCT a WHERE a.id > $after
      ${passesFilters}
      WITH a ORDER BY a.id LIMIT toInteger($limit)`;
  }
  return `UNWIND $relations AS relation
    CALL (relation) {
      MATCH (a:Assessment) WHERE a.relation = relation AND a.id > $after
      ${passesFilters}
      WITH a ORDER BY a.relation, a.id LIMIT toInteger($limit)
      RETURN a
    }
    WITH a ORDER BY a.id LIMIT toInteger($limit)`;
}

/** One page of assessment pairs with both statements' views (the requested parts). One round trip. */
export function assessmentsPage(
  filter: AssessmentFilterInput,
  includeHistory: boolean,
  page: PageArgs,
  parts: StatementParts = ALL_STATEMENT_PARTS,
): CypherQuery {
  return {
    cypher: `${pageOfAssessments(filter)}
      RETURN ${ASSESSMENT('a', parts)} AS assessment`,
    // Every id is greater than '', so the first page needs no special case.
    params: { ...params(filter, includeHistory), after: page.after ?? '', limit: page.limit },
  };
}

/** True when no filter narrows the assessments beyond their relation (and current view). */
function isUnfiltered(filter: AssessmentFilterInput): boolean {
  const { relations: _relations, ...rest } = filter;
  return Object.values(rest).every((value) => value === null || value === undefined);
}

/**
 * How many assessments pass the filters. Unfiltered, it counts index entries per relation and
 * subtracts the superseded ones and the reviewed proposals, which the default view hides (found from
 * the few SUPERSEDES and REVIEWS relationships), instead of
 * visiting every assessment: relations of these kinds always join two statements. (`a.id IS NOT
 * NULL` lets the composite (relation, id) index serve a lookup by relation alone.)
 */
export function assessmentsCount(filter: AssessmentFilterInput, includeHistory: boolean): CypherQuery {
  if (isUnfiltered(filter)) {
    return {
      cypher: `UNWIND $relations AS relation
        CALL (relation) {
          MATCH (a:Assessment) WHERE a.relation = relation AND a.id IS NOT NULL RETURN count(a) AS recorded
        }
        CALL (relation) {
          MATCH ()-[r:SUPERSEDES|REVIEWS]->(old:Assessment)
          WHERE (type(r) = 'REVIEWS' OR NOT $includeHistory) AND old.relation = relation
          RETURN count(DISTINCT old) AS superseded
        }
        RETURN sum(recorded - superseded) AS count`,
      params: { relations: filter.relations, includeHistory },
    };
  }
  const start = hasSelectiveFilter(filter)
    ? `${statementAnchor(filter)}
       MATCH (s)<-[:FROM|TO]-(a:Assessment) WHERE a.relation IN $relations
       WITH DISTINCT a`
    : 'MATCH (a:Assessment) WHERE a.relation IN $relations AND a.id IS NOT NULL';
  return {
    cypher: `${start} ${passesFilters} RETURN count(DISTINCT a) AS count`,
    params: params(filter, includeHistory),
  };
}

export const ASSESSMENTS_BY_ID = /* cypher */ `
  UNWIND $ids AS wanted
  MATCH (a:Assessment {id: wanted})
  RETURN ${ASSESSMENT('a')} AS assessment`;
