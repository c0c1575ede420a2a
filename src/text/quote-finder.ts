/**
 * Quote lookups in one text, many times over: what an annotation of thousands of statements and
 * mentions asks of its article. `findQuoteOccurrences` (spans.ts) answers one question with a scan of
 * the whole text and builds its offset index each time, which made anchoring grow with the square
 * of the article.
 */
import { createOffsetIndex } from './spans';
import type { CodePointSpan, OffsetIndex, QuoteContext } from './spans';
import { buildSuffixArray, occurrencesIn } from './suffix-array';

/** Scans of the whole text before a suffix array pays for itself (building one costs a few scans). */
const SCANS_BEFORE_INDEX = 16;

/** Finds quotes in one text; the offset index, the answers and, once worth it, a suffix array are kept. */
export class QuoteFinder {
  /** Code-point offsets of the text, built once. */
  readonly index: OffsetIndex;
  private readonly starts = new Map<string, readonly number[]>();
  private suffixes: Int32Array | undefined;
  private scans = 0;

  /** `scansBeforeIndex`: distinct lookups answered by scanning before a suffix array is built. */
  constructor(
    readonly text: string,
    private readonly scansBeforeIndex = SCANS_BEFORE_INDEX,
  ) {
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
    // The quote occurs at `at` with its prefix before and its suffix after exactly where the three
    // together occur at `at - prefix.length`.
    return this.startsOf(prefix + quote + suffix).map((at) => ({
      start: this.index.toCodePoint(at + prefix.length),
      end: this.index.toCodePoint(at + prefix.length + quote.length),
    }));
  }

  /** UTF-16 offsets where `needle` starts, ascending, looked up once per distinct needle. */
  private startsOf(needle: string): readonly number[] {
    let starts = this.starts.get(needle);
    if (starts) return starts;
    if (this.scans < this.scansBeforeIndex) {
      this.scans++;
      const found: number[] = [];
      for (let at = this.text.indexOf(needle); at !== -1; at = this.text.indexOf(needle, at + 1))
        found.push(at);
      starts = found;
    } else {
      this.suffixes ??= buildSuffixArray(this.text);
      starts = occurrencesIn(this.text, this.suffixes, needle);
    }
    this.starts.set(needle, starts);
    return starts;
  }
}
