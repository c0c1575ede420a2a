import type { CypherQuery } from '../executor';
import { ALL_STATEMENT_PARTS, CURRENT, STATEMENT, STATEMENT_OWNERS } from '../projections';
import type { StatementParts } from '../projections';
import type { StatementFilterInput } from './statement-filter';
import { statementAnchor, statementFilterParams, statementMatches } from './statement-filter';
import { STATUS_MATCHES } from '../review-projections';

export interface PageArgs {
  /** Rows to fetch: the page size plus one, to know whether another page follows. */
  limit: number;
  /** Keyset cursor: ids greater than this (in text order: after this span start, then id). */
  after: string | null;
  /** In text order only: the span start of the cursor. */
  afterStart?: number | null;
  /** By id (the default), or in the order of the article's text. */
  order?: StatementOrder;
}

export type StatementOrder = 'ID' | 'TEXT';

/** The two orders as constant Cypher: keyset predicate and ORDER BY, never built from input. */
const ORDERS: Record<StatementOrder, { after: string; orderBy: string }> = {
  ID: { after: '($after IS NULL OR s.id > $after)', orderBy: 's.id' },
  TEXT: {
    after: '($after IS NULL OR s.start > $afterStart OR (s.start = $afterStart AND s.id > $after))',
    orderBy: 's.start, s.id',
  },
};

const visible = (v: string) => `($includeHistory OR ${CURRENT(v)}) AND ${STATUS_MATCHES(v, false)}`;

/** One page of statements, by id or in text order, each with its whole view. One round trip. */
export function statementsPage(
  filter: StatementFilterInput,
  includeHistory: boolean,
  page: PageArgs,
  parts: StatementParts = ALL_STATEMENT_PARTS,
): CypherQuery {
  const order = ORDERS[page.order ?? 'ID'];
  return {
    cypher: `${statementAnchor(filter)}
      WHERE ${order.after} AND ${visible('s')} AND ${statementMatches('s')}
      WITH DISTINCT s ORDER BY ${order.orderBy} LIMIT toInteger($limit)
      RETURN ${STATEMENT('s', parts)} AS statement`,
    params: {
      ...statementFilterParams(filter),
      includeHistory,
      after: page.after,
      afterStart: page.afterStart ?? null,
      limit: page.limit,
    },
  };
}

export function statementsCount(filter: StatementFilterInput, includeHistory: boolean): CypherQuery {
  return {
    cypher: `${statementAnchor(filter)}
      WHERE ${visible('s')} AND ${statementMatches('s')}
      RETURN count(DISTINCT s) AS count`,
    params: { ...statementFilterParams(filter), includeHistory },
  };
}

/** Counts by source kind, outlet and topic over the whole filtered list, in one round trip. */
export function statementFacets(filter: StatementFilterInput, includeHistory: boolean): CypherQuery {
  return {
    cypher: `${statementAnchor(filter)}
      WHERE ${visible('s')} AND ${statementMatches('s')}
      WITH DISTINCT s
      CALL (s) {
        MATCH (s)-[:ATTRIBUTED_TO]->(src:Source) RETURN 'sourceKind' AS facet, src.kind AS value
        UNION ALL
        MATCH (s)-[:IN_ARTICLE]->(:Article)-[:PUBLISHED_BY]->(o:Outlet) RETURN 'outlet' AS facet, o.id AS value
        UNION ALL
        MATCH (s)-[:ABOUT]->(t:Topic) RETURN 'topic' AS facet, t.id AS value
      }
      RETURN facet, value, count(*) AS count ORDER BY facet, count DESC, value`,
    params: { ...statementFilterParams(filter), includeHistory },
  };
}

/** Statements by id (for node lookups and provenance), whole views. */
export const STATEMENTS_BY_ID = /* cypher */ `
  UNWIND $ids AS wanted
  MATCH (s:Statement {id: wanted})
  RETURN ${STATEMENT('s')} AS statement`;

/** The owners behind each statement of `$ids`, for sourcing strength. */
export const STATEMENT_OWNERS_BY_ID = /* cypher */ `
  UNWIND $ids AS wanted
  MATCH (s:Statement {id: wanted})
  RETURN s.id AS id, ${STATEMENT_OWNERS('s')} AS owners`;
