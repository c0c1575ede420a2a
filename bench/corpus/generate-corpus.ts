/**
 * The synthetic corpus for benchmarks: a deterministic stream of annotated articles in Arabic and
 * English. One article is built at a time and only a bounded pool of recent stories is kept, so a
 * corpus of a million statements never sits in memory.
 */
import { buildArticle } from './article-builder';
import type { CorpusState, GeneratedArticle } from './article-builder';
import { Rng } from './prng';
import { StoryPool } from './stories';

export type { GeneratedArticle } from './article-builder';

/** How much to generate. */
export interface CorpusOptions {
  /** Any integer; the same seed gives the same corpus. */
  seed: number;
  articles: number;
  /** The mean; articles vary around it in pairs, so the corpus has exactly articles × this. */
  statementsPerArticle: number;
}

/** The default seed of the benchmark corpora. */
export const DEFAULT_SEED = 20260101;

/**
 * Articles × statements per article for a corpus of about `statements` statements: 10 per article
 * (the seed articles have 9 to 21), fewer only for tiny corpora. The product is `statements`
 * rounded to a multiple of the per-article count.
 */
export function corpusSizeFor(statements: number): { articles: number; statementsPerArticle: number } {
  if (!Number.isInteger(statements) || statements < 1) {
    throw new RangeError(`statements must be a positive integer, got ${statements}`);
  }
  const statementsPerArticle = Math.min(10, statements);
  return { articles: Math.max(1, Math.round(statements / statementsPerArticle)), statementsPerArticle };
}

/**
 * Yields the articles of the corpus in ingest order: an article's assessments refer only to itself
 * and to articles yielded before it.
 * @throws RangeError for a non-integer seed or non-positive sizes.
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedArticle, void, undefined> {
  const { seed, articles, statementsPerArticle } = options;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(articles) || articles < 1)
    throw new RangeError(`articles must be a positive integer`);
  if (!Number.isInteger(statementsPerArticle) || statementsPerArticle < 1) {
    throw new RangeError('statementsPerArticle must be a positive integer');
  }
  const state: CorpusState = { rng: new Rng(seed), pool: new StoryPool(), lastSpoke: new Map() };
  for (let index = 0; index < articles; index++) {
    yield buildArticle(state, index, articles, statementsPerArticle);
  }
}
