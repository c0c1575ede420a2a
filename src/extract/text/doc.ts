/**
 * An article as the extraction steps read it: the exact text, its code points and its tokens, with
 * the helpers that turn token ranges back into the article's exact characters.
 */
import { withoutClitic } from '../rules-engine/phrase-matcher';
import { tokenize } from './tokens';
import type { Token } from './tokens';

/** An article with its tokens. */
export interface Doc {
  text: string;
  chars: string[];
  tokens: Token[];
}

/** Tokenises `text` once for every step. */
export function createDoc(text: string): Doc {
  return { text, chars: [...text], tokens: tokenize(text) };
}

/** The exact text of tokens `[from, to)`. */
export function sliceTokens(doc: Doc, from: number, to: number): string {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  return first && last && to > from ? doc.chars.slice(first.start, last.end).join('') : '';
}

/** The exact text of tokens `[from, to)` without the clitic of the first token ('ويبدو أن' → 'يبدو أن'). */
export function withoutCliticText(doc: Doc, from: number, to: number, clitic: string): string {
  const first = doc.tokens[from];
  if (!first) return '';
  const head = withoutClitic(first, clitic);
  const rest = to > from + 1 ? doc.chars.slice(first.end, doc.tokens[to - 1]?.end ?? first.end).join('') : '';
  return head + rest;
}
