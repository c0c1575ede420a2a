/**
 * Matches rule phrases against tokens, handling what Arabic attaches to a written word: conjunctions
 * (و ف), for names also prepositions (ب ل ك), and perfect-tense verb endings (أكد → أكدت، أكدوا).
 * Everything is compared in folded form, so spelling variants need no rule of their own.
 */
import { phraseKeys } from '../text/tokens';
import type { Token } from '../text/tokens';
import { foldArabic } from '../../text/arabic-fold';

/** A phrase to look for, with the value a match returns. */
export interface PhraseEntry<T> {
  phrase: string;
  value: T;
  /** Endings the first word may carry (a verb's inflections). */
  suffixes?: readonly string[];
}

/** A match: the value, the tokens `[start, end)` it covers and the clitic it had in front of it. */
export interface PhraseMatch<T> {
  value: T;
  start: number;
  end: number;
  /** The stripped clitic letters (folded), '' when none. */
  clitic: string;
}

interface Compiled<T> {
  rest: string[];
  value: T;
}

/** A matcher for a set of phrases; the longest phrase wins at a position. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();
  private readonly clitics: string[];

  /**
   * @param clitics Letters that may be attached in front of the first word, e.g. ['و', 'ف']; each
   *   combination of up to two (و + ب) is tried, and a word keeps at least two letters.
   */
  constructor(entries: readonly PhraseEntry<T>[], clitics: readonly string[] = []) {
    const folded = clitics.map(foldArabic).filter((c) => c !== '');
    this.clitics = ['', ...folded, ...folded.flatMap((a) => folded.map((b) => a + b))];
    for (const entry of entries) {
      const [first, ...rest] = phraseKeys(entry.phrase);
      if (first === undefined) continue;
      for (const ending of ['', ...(entry.suffixes ?? []).map(foldArabic)]) {
        const key = first + ending;
        const list = this.byFirst.get(key) ?? [];
        list.push({ rest, value: entry.value });
        this.byFirst.set(key, list);
      }
    }
  }

  /** The longest phrase starting at token `i`, if any. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const token = tokens[i];
    if (!token?.word) return undefined;
    let best: PhraseMatch<T> | undefined;
    for (const clitic of this.clitics) {
      if (!token.key.startsWith(clitic)) continue;
      if (clitic !== '' && [...token.key].length - [...clitic].length < 2) continue;
      const candidates = this.byFirst.get(token.key.slice(clitic.length)) ?? [];
      for (const candidate of candidates) {
        const end = i + 1 + candidate.rest.length;
        const fits = candidate.rest.every((key, j) => tokens[i + 1 + j]?.key === key);
        if (fits && (!best || end > best.end)) best = { value: candidate.value, start: i, end, clitic };
      }
    }
    return best;
  }

  /** Every non-overlapping match in tokens `[from, to)`, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const match = this.matchAt(tokens, i);
      if (match && match.end <= to) {
        matches.push(match);
        i = match.end - 1;
      }
    }
    return matches;
  }
}

/**
 * The surface text of a matched first word without its clitic, as it stands in the article: for
 * 'ونفى' with clitic 'و' → 'نفى'. Leading characters are dropped until the rest folds to the
 * clitic-free key, so diacritics on the clitic (وَنفى) go with it.
 */
export function withoutClitic(token: Token, clitic: string): string {
  if (clitic === '') return token.text;
  const target = token.key.slice(clitic.length);
  const chars = [...token.text];
  for (let drop = 1; drop < chars.length; drop++) {
    const rest = chars.slice(drop).join('');
    if (foldArabic(rest) === target) return rest;
  }
  return token.text;
}
