/**
 * Quote lookups in one text, many times over: what an annotation of thousands of statements and
 * mentions asks of its article. `findQuoteOccurrences` (spans.ts) answers one question and builds
 * its offset index each time, which made anchoring grow with the square of the article.
 */
import { createOffsetIndex } from './spans';
import type { CodePointSpan, OffsetIndex, QuoteContext } from './spans';

/** Finds quotes in one text; the text's offset index and each quote's occurrences are kept. */
export class QuoteFinder {
  /** Code-point offsets of the text, built once. */
  readonly index: OffsetIndex;
  private readonly starts = new Map<string, readonly number[]>();

  constructor(readonly text: string) {
    this.index = createOffsetIndex(text);
  }

  /**
   * Every occurrence of `quote` (overlapping ones included) that `context`'s prefix and suffix
   * touch, as code-point spans in document order: the answer of `findQuoteOccurrences`.
   */
  occurrences(quote: string, context: QuoteContext = {}): CodePointSpan[] {
    if (quote.length === 0) return [];
    const prefix = context.prefix ?? '';
    const suffix = context.suffix ?? '';
    const { text } = this;
    const spans: CodePointSpan[] = [];
    for (const at of this.startsOf(quote)) {
      const end = at + quote.length;
      if (prefix && (at < prefix.length || !text.startsWith(prefix, at - prefix.length))) continue;
      if (suffix && !text.startsWith(suffix, end)) continue;
      spans.push({ start: this.index.toCodePoint(at), end: this.index.toCodePoint(end) });
    }
    return spans;
  }

  /** UTF-16 offsets where `quote` starts, searched for once per distinct quote. */
  private startsOf(quote: string): readonly number[] {
    let starts = this.starts.get(quote);
    if (starts) return starts;
    const found: number[] = [];
    for (let at = this.text.indexOf(quote); at !== -1; at = this.text.indexOf(quote, at + 1)) found.push(at);
    starts = found;
    this.starts.set(quote, starts);
    return starts;
  }
}
