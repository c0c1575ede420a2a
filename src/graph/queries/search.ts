import type { CypherQuery } from '../executor';
import { ALL_STATEMENT_PARTS, CURRENT, STATEMENT } from '../projections';
import type { StatementParts } from '../projections';
import { STATEMENT_SEARCH_INDEX } from '../schema-statements';

/**
 * Hits of the full-text index, mapped to their statements: a gloss hit counts for the statement
 * it translates. Each statement keeps all its hits (its words, its glosses), best first.
 * Superseded statements and glosses are left out.
 */
const MATCH_HITS = /* cypher */ `
  CALL db.index.fulltext.queryNodes('${STATEMENT_SEARCH_INDEX}', $lucene, {limit: toInteger($maxHits)}) YIELD node, score
  WITH node, score,
       CASE WHEN node:Gloss THEN [(node)-[:GLOSS_OF]->(glossed:Statement) | glossed][0] ELSE node END AS s
  WHERE s IS NOT NULL AND ${CURRENT('s')} AND ${CURRENT('node')}
    AND ($language IS NULL OR node.language = $language)
  WITH s, node, score ORDER BY score DESC
  WITH s, collect({node: node, score: score}) AS hits
  WITH s, hits, hits[0] AS best`;

export interface SearchArgs {
  lucene: string;
  language: string | null;
  maxHits: number;
}

/**
 * One ranked page of search hits with whole statement views, each with every text of it that
 * matched (`matches`, best first). One round trip.
 */
export function searchPage(
  args: SearchArgs,
  offset: number,
  limit: number,
  parts: StatementParts = ALL_STATEMENT_PARTS,
): CypherQuery {
  return {
    cypher: `${MATCH_HITS}
      WITH s, best, hits ORDER BY best.score DESC, s.id SKIP toInteger($offset) LIMIT toInteger($limit)
      RETURN ${STATEMENT('s', parts)} AS statement, best.score AS score,
             CASE WHEN best.node:Gloss THEN 'GLOSS' ELSE 'ORIGINAL' END AS matched,
             coalesce(best.node.text, best.node.quote) AS matchedText, best.node.language AS matchedLanguage,
             [hit IN hits | {
               field: CASE WHEN hit.node:Gloss THEN 'GLOSS' ELSE 'ORIGINAL' END,
               text: coalesce(hit.node.text, hit.node.quote), language: hit.node.language, score: hit.score
             }] AS matches`,
    params: { ...args, offset, limit },
  };
}

export function searchCount(args: SearchArgs): CypherQuery {
  return { cypher: `${MATCH_HITS} RETURN count(s) AS count`, params: { ...args } };
}

/** Ids of current statements whose words or gloss match: the `text` filter of lists. */
export function searchStatementIds(args: SearchArgs): CypherQuery {
  return { cypher: `${MATCH_HITS} RETURN collect(s.id) AS ids`, params: { ...args } };
}
