import path from 'node:path';
import { projectRoot } from '../../src/config/project-root';
import type { GraphExecutor } from '../../src/graph/executor';
import { annotationFilesIn, ingestFiles } from '../../src/ingest/ingest-files';
import type { IngestResult } from '../../src/ingest/ingest-service';
import { isnadTool } from '../../src/ingest/tool-info';
import type { Logger } from '../../src/logging/logger';

export const SEED_DIR = path.join(projectRoot(), 'seed');
export const FIXTURES_DIR = path.join(projectRoot(), 'tests', 'fixtures', 'annotations');

/** Ingests every seed annotation, as `isnad seed` does. */
export function ingestSeed(executor: GraphExecutor, logger: Logger): Promise<IngestResult[]> {
  return ingestFiles(executor, annotationFilesIn(SEED_DIR), isnadTool(), logger);
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function countGraph(executor: GraphExecutor): Promise<GraphCounts> {
  const [row] = await executor.read<GraphCounts>({
    cypher:
      'MATCH (n) WITH count(n) AS nodes CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  });
  return row!;
}
