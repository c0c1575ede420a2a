import { analyzedTermsOf } from './search-terms';
import type { CodePointSpan } from './spans';

/**
 * Format characters that folding removes (bidi marks and isolates, zero-width space and non-joiner,
 * BOM): inside a word they do not split it, so a word runs across them.
 */
const FORMAT = '\\u061C\\u200B\\u200C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF';
/** A written word: letters, digits and marks (tashkeel, tatweel), across invisible format characters. */
const WORD = new RegExp(`[\\p{L}\\p{N}\\p{M}]+(?:[${FORMAT}]+[\\p{L}\\p{N}\\p{M}]+)*`, 'gu');

/**
 * Where the words of `text` that a search matched are: the code-point ranges, in text order, of
 * each written word whose folded, stemmed and analyzed form is one of `matchKeys` (from
 * `searchTermsOf`). Ranges cover whole written words as they stand in the original, with their
 * clitics and marks ('وبالانسحاب' is highlighted whole for 'انسحاب').
 */
export function highlightRanges(text: string, matchKeys: ReadonlySet<string>): CodePointSpan[] {
  const ranges: CodePointSpan[] = [];
  let utf16 = 0;
  let codePoint = 0;
  const advanceTo = (target: number): void => {
    while (utf16 < target) {
      const point = text.codePointAt(utf16)!;
      utf16 += point > 0xffff ? 2 : 1;
      codePoint++;
    }
  };
  for (const match of text.matchAll(WORD)) {
    advanceTo(match.index);
    const start = codePoint;
    advanceTo(match.index + match[0].length);
    if (analyzedTermsOf(match[0]).some((term) => matchKeys.has(term))) {
      ranges.push({ start, end: codePoint });
    }
  }
  return ranges;
}
