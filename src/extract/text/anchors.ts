/**
 * Anchors for proposed spans, in the form an annotator would write them: the exact quote, plus the
 * shortest whole-word prefix (or suffix) that makes it occur once (guide §11, "Anchoring").
 */
import type { Anchor } from '../../ingest/annotation-schema';
import { findQuoteOccurrences } from '../../text/spans';
import type { CodePointSpan } from '../../text/spans';

const MAX_CONTEXT_WORDS = 6;

/** An anchor that selects exactly `span` of `chars` (the article's code points). */
export function anchorFor(text: string, chars: readonly string[], span: CodePointSpan): Anchor {
  const quote = chars.slice(span.start, span.end).join('');
  const unique = (context: { prefix?: string; suffix?: string }): boolean => {
    const found = findQuoteOccurrences(text, quote, context);
    return found.length === 1 && found[0]?.start === span.start;
  };
  if (unique({})) return { quote };
  for (let words = 1; words <= MAX_CONTEXT_WORDS; words++) {
    const prefix = contextBefore(chars, span.start, words);
    if (prefix && unique({ prefix })) return { quote, prefix };
    const suffix = contextAfter(chars, span.end, words);
    if (suffix && unique({ suffix })) return { quote, suffix };
    if (prefix && suffix && unique({ prefix, suffix })) return { quote, prefix, suffix };
  }
  // Identical context on both sides: the offsets alone can tell the occurrences apart.
  return { quote, start: span.start, end: span.end };
}

/** The text from the start of the `words`-th word before `at` up to `at` (spaces included). */
function contextBefore(chars: readonly string[], at: number, words: number): string {
  let i = at;
  for (let w = 0; w < words && i > 0; w++) {
    while (i > 0 && isSpace(chars[i - 1])) i--;
    while (i > 0 && !isSpace(chars[i - 1])) i--;
  }
  return chars.slice(i, at).join('');
}

/** The text from `at` up to the end of the `words`-th word after it. */
function contextAfter(chars: readonly string[], at: number, words: number): string {
  let i = at;
  for (let w = 0; w < words && i < chars.length; w++) {
    while (i < chars.length && isSpace(chars[i])) i++;
    while (i < chars.length && !isSpace(chars[i])) i++;
  }
  return chars.slice(at, i).join('');
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}
