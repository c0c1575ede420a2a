import fs from 'node:fs';
import path from 'node:path';
import type { GraphExecutor } from '../graph/executor';
import type { Logger } from '../logging/logger';
import type { ToolInfo } from './build-records';
import { ingestResolved } from './ingest-service';
import type { AnyResolved, IngestResult } from './ingest-service';
import { orderByDependencies } from './order-by-dependencies';
import type { AnnotationLimits } from './load-annotation';
import { loadResolvedAnnotation } from './resolve-anchors';

/** The suffix that marks annotation files in a folder such as `seed/`. */
export const ANNOTATION_FILE_PATTERN = /\.annotation\.(ya?ml|json)$/;

/** Every annotation file directly inside `dir`, sorted by name. */
export function annotationFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => ANNOTATION_FILE_PATTERN.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Validates every file first (a bad file stops the run before anything is written), then ingests
 * them in dependency order, one transaction per file.
 */
export async function ingestFiles(
  executor: GraphExecutor,
  files: readonly string[],
  tool: ToolInfo,
  logger: Logger,
  limits?: AnnotationLimits,
  /** Called after each file is written, with how many are done of how many (a terminal's bar). */
  onProgress?: (done: number, total: number) => void,
): Promise<IngestResult[]> {
  const resolved: AnyResolved[] = files.map((file) => loadResolvedAnnotation(file, limits));
  const results: IngestResult[] = [];
  onProgress?.(0, resolved.length);
  for (const file of orderByDependencies(resolved)) {
    const result = await ingestResolved(executor, file, tool);
    logger.info(
      { file: result.file, nodes: result.nodesCreated, relationships: result.relationshipsCreated },
      'ingested',
    );
    results.push(result);
    onProgress?.(results.length, resolved.length);
  }
  return results;
}
