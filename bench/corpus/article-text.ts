/**
 * The text of an article as it is being written, and the anchors of its quotes once it is done.
 * Offsets here are UTF-16 indices: the generated text has no characters outside the BMP, and the
 * annotation only carries quotes with prefix/suffix, which the resolver turns into code points.
 */
import type { Anchor } from '../../src/ingest/annotation-schema';

/** A span of the article text (UTF-16 offsets). */
export interface TextSpan {
  start: number;
  end: number;
}

/** Append-only article text. */
export class ArticleText {
  text = '';

  /** Appends `words` and returns where they start. */
  append(words: string): number {
    const start = this.text.length;
    this.text += words;
    return start;
  }

  get length(): number {
    return this.text.length;
  }
}

function occurrences(text: string, quote: string, prefix: string, suffix: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (prefix && (at < prefix.length || !text.startsWith(prefix, at - prefix.length))) continue;
    if (suffix && !text.startsWith(suffix, at + quote.length)) continue;
    count++;
  }
  return count;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\n';

/** The start of the word before `from`, with the whitespace between them. */
function previousWordStart(text: string, from: number): number {
  let b = from;
  while (b > 0 && isSpace(text[b - 1])) b--;
  while (b > 0 && !isSpace(text[b - 1])) b--;
  return b;
}

/** The end of the word after `from`, with the whitespace between them. */
function nextWordEnd(text: string, from: number): number {
  let e = from;
  while (e < text.length && isSpace(text[e])) e++;
  while (e < text.length && !isSpace(text[e])) e++;
  return e;
}

/**
 * The anchor of the words at `span`: the quote alone when it occurs once, else with the shortest
 * prefix of whole words that makes it unique (as the annotation guide asks), else with a suffix too.
 */
export function anchorAt(text: string, span: TextSpan): Anchor {
  const quote = text.slice(span.start, span.end);
  if (text.indexOf(quote) === span.start && text.indexOf(quote, span.start + 1) === -1) return { quote };
  let b = span.start;
  while (b > 0) {
    b = previousWordStart(text, b);
    const prefix = text.slice(b, span.start);
    if (occurrences(text, quote, prefix, '') === 1) return { quote, prefix };
  }
  const prefix = text.slice(0, span.start);
  let e = span.end;
  while (e < text.length) {
    e = nextWordEnd(text, e);
    const suffix = text.slice(span.end, e);
    if (occurrences(text, quote, prefix, suffix) === 1)
      return prefix ? { quote, prefix, suffix } : { quote, suffix };
  }
  throw new Error(`cannot anchor "${quote}" uniquely`);
}
