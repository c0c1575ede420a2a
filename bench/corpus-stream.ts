/**
 * The benchmark corpus as the ingest path sees it: generated articles, anchored and checked by
 * the same resolver `isnad ingest` uses, one at a time so that no corpus size sits in memory.
 */
import { generateCorpus, corpusSizeFor, DEFAULT_SEED } from './corpus/generate-corpus';
import type { ResolvedAnnotation } from '../src/ingest/resolved-annotation';
import { resolveAnnotation } from '../src/ingest/resolve-anchors';

/** Articles × statements per article for `statements`, as the corpus generator lays them out. */
export { corpusSizeFor };

/**
 * Yields the resolved annotations of the corpus of about `statements` statements, stopping after
 * `limit` articles when given (a sample from the start of the same corpus).
 */
export function* resolvedCorpus(statements: number, limit = Infinity): Generator<ResolvedAnnotation> {
  const size = corpusSizeFor(statements);
  let index = 0;
  for (const { slug, text, annotation } of generateCorpus({ seed: DEFAULT_SEED, ...size })) {
    if (index++ >= limit) return;
    const file = `${slug}.annotation.json`;
    yield resolveAnnotation(annotation, Buffer.from(text, 'utf8'), `/corpus/${slug}.txt`, file);
  }
}

/** Groups a stream into arrays of at most `size` items (the last one may be shorter). */
export function* chunked<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
