import path from 'node:path';
import { projectRoot } from '../config/project-root';
import type { GraphExecutor } from '../graph/executor';
import { annotationFilesIn, ingestFiles } from '../ingest/ingest-files';
import { isnadTool } from '../ingest/tool-info';
import type { Logger } from '../logging/logger';

/** Seeds the graph from `seed/` when it holds no article, so a fresh start serves real data. */
export async function seedIfEmpty(executor: GraphExecutor, logger: Logger): Promise<void> {
  const [row] = await executor.read<{ articles: number }>({
    cypher: 'MATCH (a:Article) RETURN count(a) AS articles',
  });
  if ((row?.articles ?? 0) > 0) {
    logger.info({ articles: row?.articles }, 'graph already holds articles; not seeding');
    return;
  }
  const results = await ingestFiles(
    executor,
    annotationFilesIn(path.join(projectRoot(), 'seed')),
    isnadTool(),
    logger,
  );
  logger.info({ files: results.length }, 'seeded an empty graph from seed/');
}
