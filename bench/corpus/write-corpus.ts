/**
 * Writes a generated corpus to disk as `isnad ingest` reads it: `<slug>.txt` and
 * `<slug>.annotation.yaml` (or `.annotation.json`, which parses several times faster for the
 * largest corpora). Files are written one article at a time, in ingest order.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { AnnotationFile } from '../../src/ingest/annotation-schema';
import { generateCorpus } from './generate-corpus';
import type { CorpusOptions } from './generate-corpus';

/** Options of `writeCorpus`. */
export interface WriteCorpusOptions extends CorpusOptions {
  format?: 'yaml' | 'json';
  /** Called after each article, e.g. to report progress. */
  onArticle?: (written: { index: number; slug: string; statements: number }) => void;
}

/** What was written. */
export interface WrittenCorpus {
  dir: string;
  articles: number;
  statements: number;
  assessments: number;
}

/**
 * Drops the keys that the annotation schema fills in by default (empty lists, nulls, the `kind`),
 * so that files stay as short as hand-written ones; parsing restores them.
 */
export function compactAnnotation(annotation: AnnotationFile): unknown {
  const compact = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(compact);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    );
    return Object.fromEntries(entries.map(([k, v]) => [k, compact(v)]));
  };
  return compact({ ...annotation, kind: undefined });
}

/**
 * Generates the corpus of `options` into `dir` (created if missing; existing files of the same
 * names are replaced).
 */
export function writeCorpus(dir: string, options: WriteCorpusOptions): WrittenCorpus {
  mkdirSync(dir, { recursive: true });
  const format = options.format ?? 'yaml';
  const written: WrittenCorpus = { dir, articles: 0, statements: 0, assessments: 0 };
  for (const article of generateCorpus(options)) {
    const { slug, text, annotation } = article;
    writeFileSync(join(dir, annotation.article.textFile), text);
    const body = compactAnnotation(annotation);
    writeFileSync(
      join(dir, `${slug}.annotation.${format}`),
      format === 'json' ? `${JSON.stringify(body, null, 1)}\n` : stringify(body, { lineWidth: 0 }),
    );
    options.onArticle?.({ index: written.articles, slug, statements: annotation.statements.length });
    written.articles++;
    written.statements += annotation.statements.length;
    written.assessments += annotation.assessments.length;
  }
  return written;
}
