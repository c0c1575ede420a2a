/**
 * What every export format shares: the formats, the page of nodes a writer receives, and the
 * items (with their hashes) a writer reports back for the manifest.
 */
import type { Writable } from 'node:stream';
import type { ExportNode } from '../graph/export-reader';
import type { ContextOptions } from './contexts';
import type { ExportScope } from './scope';

export const EXPORT_FORMATS = ['prov-jsonld', 'turtle', 'nquads', 'claimreview', 'web-annotation'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value);

/** One exported item as the manifest lists it. */
export interface ExportItem {
  id: string;
  kind: string;
  /** SHA-256 (hex) of the item's RDFC-1.0 canonical N-Quads. */
  hash: string;
}

/**
 * Nodes to write. `seeds` are the nodes the scope names (the statement, the article's
 * statements…): formats that describe only those (Web Annotation, ClaimReview) read the other
 * nodes as context. `articleSlug` is set when `--all` walks article by article.
 */
export interface ExportPage {
  nodes: ExportNode[];
  seeds: ReadonlySet<string>;
  articleSlug: string | null;
}

/** What a format writer needs to know besides the pages: the scope, the base IRI, the context. */
export interface WriterOptions extends ContextOptions {
  scope: ExportScope;
}

/** Writes one format to a stream, page by page. */
export interface FormatWriter {
  /** Pages come from the whole graph label by label ('nodes'), or article by article ('articles'). */
  readonly walk: 'nodes' | 'articles';
  begin(out: Writable): Promise<void>;
  /** Writes a page and returns its items in the order written. */
  writePage(page: ExportPage): Promise<ExportItem[]>;
  /** Ends the document; returns the items written only at the end (a collection's own). */
  end(): Promise<ExportItem[]>;
}

/** Resolves once `out` can take more (a page at a time, so memory stays bounded). */
export async function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => {
      out.off('drain', onDrain);
      reject(error);
    };
    const onDrain = (): void => {
      out.off('error', onError);
      resolve();
    };
    out.once('drain', onDrain).once('error', onError);
  });
}

/** Writes a string and waits for the stream to accept more. */
export async function writeText(out: Writable, text: string): Promise<void> {
  if (text.length > 0) out.write(text, 'utf8');
  await drained(out);
}
