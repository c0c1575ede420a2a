import type { GraphExecutor } from '../../../src/graph/executor';
import { plainNumber } from './plain-number';

/** What a crash must never leave behind. */
export interface CrashInvariants {
  articles: number;
  /** Articles whose statements are not all there, or statements outside any article. */
  partialArticles: string[];
  /** Nodes with no relationship at all (every node an ingest writes is linked). */
  orphanNodes: number;
  /** Files whose commit was acknowledged (logged `ingested`) but whose article is not whole. */
  lostCommits: string[];
}

/**
 * Checks the graph against the corpus: every article present is whole, nothing dangles, and every
 * acknowledged article is there.
 */
export async function checkCrashInvariants(
  executor: GraphExecutor,
  expected: ReadonlyMap<string, number>,
  acknowledgedSlugs: readonly string[],
): Promise<CrashInvariants> {
  const rows = await executor.read<{ slug: string; statements: unknown; activities: unknown }>({
    cypher: `MATCH (a:Article)
      RETURN a.slug AS slug,
        COUNT { (:Statement)-[:IN_ARTICLE]->(a) } AS statements,
        COUNT { (:Activity {type: 'ANNOTATION'})-[:USED]->(a) } AS activities`,
  });
  const [loose] = await executor.read<{ statements: unknown; orphans: unknown }>({
    cypher: `CALL { MATCH (s:Statement) WHERE NOT (s)-[:IN_ARTICLE]->(:Article) RETURN count(s) AS statements }
      CALL { MATCH (n) WHERE NOT n:ApiKey AND NOT (n)--() RETURN count(n) AS orphans }
      RETURN statements, orphans`,
  });
  const whole = new Set<string>();
  const partialArticles: string[] = [];
  for (const row of rows) {
    const ok = plainNumber(row.statements) === expected.get(row.slug) && plainNumber(row.activities) === 1;
    if (ok) whole.add(row.slug);
    else partialArticles.push(row.slug);
  }
  const looseStatements = plainNumber(loose!.statements);
  if (looseStatements > 0) partialArticles.push(`(${looseStatements} statements in no article)`);
  return {
    articles: rows.length,
    partialArticles,
    orphanNodes: plainNumber(loose!.orphans),
    lostCommits: acknowledgedSlugs.filter((slug) => !whole.has(slug)),
  };
}
