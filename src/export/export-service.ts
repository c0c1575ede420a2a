/**
 * Runs an export: pages of nodes from the graph, through a format writer, to a stream. The same
 * function serves the CLI (file or stdout), the bundle writer and the HTTP route; only the
 * destination differs.
 */
import type { Writable } from 'node:stream';
import type { ExportNode } from '../graph/export-reader';
import type { GraphExecutor } from '../graph/executor';
import type { ContextOptions } from './contexts';
import type { ExportFormat, ExportItem } from './format';
import { createFormatWriter } from './formats';
import type { ArticleHash } from './manifest';
import { RootHasher } from './root-hash';
import { scopePages } from './scope';
import type { ExportProgress, ExportScope } from './scope';

export interface ExportOptions extends ContextOptions {
  format: ExportFormat;
  scope: ExportScope;
  progress?: ExportProgress;
  pageSize?: number;
  /** Called with each page's items, in the order written (the bundle writes them to items.tsv). */
  onItems?: (items: ExportItem[]) => Promise<void>;
  /** Called once for each article the export reads (the bundle keeps its text for verify). */
  onArticle?: (article: ExportNode) => Promise<void>;
  /** Called once for each raw page (Artifact node) the export reads (the bundle carries its bytes). */
  onArtifact?: (artifact: ExportNode) => Promise<void>;
}

export interface ExportResult {
  itemCount: number;
  rootHash: string;
  articles: ArticleHash[];
}

/** Writes the export to `out` (which it does not end) and returns what the manifest needs. */
export async function exportTo(
  executor: GraphExecutor,
  out: Writable,
  options: ExportOptions,
): Promise<ExportResult> {
  const writer = createFormatWriter(options.format, {
    scope: options.scope,
    baseIri: options.baseIri,
    inlineContext: options.inlineContext,
  });
  const root = new RootHasher();
  const articles = new Map<string, string>();
  const artifacts = new Set<string>();
  const report = async (items: ExportItem[]): Promise<void> => {
    for (const item of items) root.add(item.hash);
    await options.onItems?.(items);
  };
  try {
    const pages = scopePages(executor, options.scope, writer.walk, options);
    // the first page is read before anything is written, so an unknown statement writes nothing
    const first = await pages.next();
    await writer.begin(out);
    for (let next = first; !next.done; next = await pages.next()) {
      const page = next.value;
      await report(await writer.writePage(page));
      for (const node of page.nodes) {
        if (node.label === 'Artifact' && !artifacts.has(node.id)) {
          artifacts.add(node.id);
          await options.onArtifact?.(node);
        }
        if (node.label !== 'Article' || articles.has(node.id)) continue;
        articles.set(node.id, String(node.props.contentHash));
        await options.onArticle?.(node);
      }
    }
    await report(await writer.end());
  } finally {
    options.progress?.stop();
  }
  return {
    itemCount: root.size,
    rootHash: root.digest(),
    articles: [...articles]
      .map(([id, contentHash]) => ({ id, contentHash }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}
