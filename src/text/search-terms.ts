import { analyzedTerm } from './analyzed-term';
import { searchQueryTokens, toSearchTokens } from './arabic-stem';
import { spellingsOf } from './spelling-variants';
import type { VariantIndex } from './spelling-variants';

/** A search text taken apart: what the index is asked for and what highlights look for. */
export interface SearchTerms {
  /** The distinct search words (folded and stemmed), stop words included: what limits count. */
  words: string[];
  /** The words the index ignores (English stop words), in query order. */
  stopWords: string[];
  /** One group per other word: its stem and its spelling variants; a text must match each group. */
  groups: string[][];
  /** The analyzed form of every spelling in `groups`: a word of a text matched if its form is here. */
  matchKeys: ReadonlySet<string>;
}

/**
 * Takes a user's search text apart as the index will read it: folded, stemmed, without stop words,
 * each word widened to its spelling variants.
 */
export function searchTermsOf(text: string, variants?: VariantIndex): SearchTerms {
  const words = searchQueryTokens(text);
  const stopWords = words.filter((word) => analyzedTerm(word) === null);
  const groups = words
    .filter((word) => analyzedTerm(word) !== null)
    .map((word) => spellingsOf(word, variants));
  const matchKeys = new Set(groups.flat().map((spelling) => analyzedTerm(spelling)!));
  return { words, stopWords, groups, matchKeys };
}

/** The analyzed forms of one written word (a word may fold to several tokens, or to none). */
export function analyzedTermsOf(word: string): string[] {
  return toSearchTokens(word).flatMap((token) => analyzedTerm(token) ?? []);
}
