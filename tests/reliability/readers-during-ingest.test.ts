import { DEFAULT_SEED, generateCorpus } from '../../bench/corpus/generate-corpus';
import { createApi } from '../../src/api/create-yoga';
import { ids } from '../../src/ingest/ids';
import { ingestResolved } from '../../src/ingest/ingest-service';
import { resolveAnnotation } from '../../src/ingest/resolve-anchors';
import { isnadTool } from '../../src/ingest/tool-info';
import { graphqlData } from '../support/api';
import { openTestGraph } from '../support/graph';
import type { TestGraph } from '../support/graph';
import { plainNumber } from './support/plain-number';
import { budgetMs, countFromEnv, report } from './support/rounds';

/**
 * Statements in the one article written while readers read (the probe had 1,500). The
 * default run writes 300 to stay short; `test:reliability` writes 1,500.
 */
const STATEMENTS = countFromEnv('ISNAD_READER_STATEMENTS', 300, 5_000);

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
}, 180_000);
afterAll(async () => {
  await graph?.clear();
  await graph?.close();
});

describe('readers during an ingest see no article half-written', () => {
  it(
    `every read during a ${STATEMENTS}-statement ingest sees 0 or all of its statements (Cypher and GraphQL)`,
    async () => {
      const [article] = [
        ...generateCorpus({ seed: DEFAULT_SEED + 7, articles: 1, statementsPerArticle: STATEMENTS }),
      ];
      const resolved = resolveAnnotation(
        article!.annotation,
        new TextEncoder().encode(article!.text),
        `${article!.slug}.txt`,
        `${article!.slug}.annotation.yaml`,
      );
      const total = article!.annotation.statements.length;
      const articleId = ids.article(resolved.article.contentHash);
      const yoga = createApi({ executor: graph.executor, logger: graph.logger });
      // Warm both paths up first, so that the reads cover the whole write.
      await graph.executor.read({ cypher: 'RETURN 1' });
      await graphqlData(yoga, '{ statements(first: 1) { totalCount } }');

      let writing = true;
      const seen = new Map<number, number>();
      const note = (n: number): void => void seen.set(n, (seen.get(n) ?? 0) + 1);
      const cypherReader = async (): Promise<void> => {
        while (writing) {
          const [row] = await graph.executor.read<{ n: unknown }>({
            cypher: 'MATCH (:Article {id: $id})<-[:IN_ARTICLE]-(s:Statement) RETURN count(s) AS n',
            params: { id: articleId },
          });
          note(plainNumber(row!.n));
        }
      };
      const apiReader = async (): Promise<void> => {
        while (writing) {
          const data = await graphqlData<{ statements: { totalCount: number } }>(
            yoga,
            'query ($a: ID) { statements(filter: { article: $a }) { totalCount } }',
            { a: articleId },
          );
          note(data.statements.totalCount);
        }
      };
      const readers = [cypherReader(), cypherReader(), apiReader()];
      const started = Date.now();
      try {
        await ingestResolved(graph.executor, resolved, isnadTool());
      } finally {
        writing = false;
        await Promise.all(readers);
      }
      // One more read after the commit, so that the full count is always seen.
      await cypherReader();
      const [row] = await graph.executor.read<{ n: unknown }>({
        cypher: 'MATCH (:Article {id: $id})<-[:IN_ARTICLE]-(s:Statement) RETURN count(s) AS n',
        params: { id: articleId },
      });
      note(plainNumber(row!.n));

      const reads = [...seen.values()].reduce((a, b) => a + b, 0);
      const others = [...seen.keys()].filter((n) => n !== 0 && n !== total);
      report('readers-during-ingest', {
        statements: total,
        reads,
        sawNone: seen.get(0) ?? 0,
        sawAll: seen.get(total) ?? 0,
        sawPart: others.length,
        ingestMs: Date.now() - started,
      });
      expect(total).toBe(STATEMENTS);
      expect(others).toEqual([]);
      expect(seen.get(total)).toBeGreaterThan(0);
      expect(reads).toBeGreaterThan(3);
    },
    budgetMs(STATEMENTS, 1_000),
  );
});
