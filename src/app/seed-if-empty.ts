import type { GraphExecutor } from '../graph/executor';
import type { Logger } from '../logging/logger';

/** Placeholder until the ingest pipeline lands: reports whether the graph holds articles. */
export async function seedIfEmpty(executor: GraphExecutor, logger: Logger): Promise<void> {
  const [row] = await executor.read<{ articles: number }>({
    cypher: 'MATCH (a:Article) RETURN count(a) AS articles',
  });
  logger.info({ articles: row?.articles ?? 0 }, 'graph contents');
}
