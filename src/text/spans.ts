/**
 * Code-point spans over an article's text.
 *
 * Every offset in Isnad counts Unicode code points (W3C TextPositionSelector), never UTF-16 units:
 * JavaScript string indices are UTF-16, so a naive `text.indexOf` offset drifts by one for every
 * emoji or other astral character before it. All conversions between the two live here.
 */

/** A half-open range `[start, end)` of code points. */
export interface CodePointSpan {
  start: number;
  end: number;
}

/** Optional context that must immediately surround a quote (W3C TextQuoteSelector). */
export interface QuoteContext {
  prefix?: string | null;
  suffix?: string | null;
}

/** The outcome of looking for exactly one occurrence of a quote. */
export type QuoteLookup =
  | { kind: 'found'; span: CodePointSpan }
  | { kind: 'missing' }
  | { kind: 'ambiguous'; spans: CodePointSpan[] };

/** Number of code points in `text` (not `text.length`, which counts UTF-16 units). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low surrogate is one code point; a lone surrogate counts alone.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * The code points `[start, end)` of `text`, joined: `[...text].slice(start, end).join('')`.
 * Negative or out-of-range bounds behave as in `Array.prototype.slice`.
 */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  return [...text].slice(start, end).join('');
}

/**
 * A converter between UTF-16 offsets and code-point offsets of one text, built once so that many
 * lookups in the same article stay linear.
 */
export interface OffsetIndex {
  /** Code-point offset of a UTF-16 offset (which must not split a surrogate pair). */
  toCodePoint(utf16: number): number;
  /** UTF-16 offset of a code-point offset. */
  toUtf16(codePoint: number): number;
  /** Length of the text in code points. */
  readonly length: number;
}

/** Builds an {@link OffsetIndex} for `text`. */
export function createOffsetIndex(text: string): OffsetIndex {
  // utf16Of[cp] = UTF-16 offset where code point `cp` starts; the last entry is text.length.
  const utf16Of: number[] = [];
  let unit = 0;
  for (const char of text) {
    utf16Of.push(unit);
    unit += char.length;
  }
  utf16Of.push(unit);
  const length = utf16Of.length - 1;
  return {
    length,
    toUtf16(codePoint: number): number {
      const clamped = Math.max(0, Math.min(codePoint, length));
      return utf16Of[clamped] ?? text.length;
    },
    toCodePoint(utf16: number): number {
      // Binary search: offsets are strictly increasing.
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((utf16Of[mid] ?? Infinity) < utf16) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/**
 * Every occurrence of `quote` in `text` (overlapping ones included) that is immediately preceded by
 * `prefix` and immediately followed by `suffix` when those are given, as code-point spans in
 * document order. An empty quote never matches.
 */
export function findQuoteOccurrences(
  text: string,
  quote: string,
  context: QuoteContext = {},
): CodePointSpan[] {
  if (quote.length === 0) return [];
  const index = createOffsetIndex(text);
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const spans: CodePointSpan[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    if (prefix && (at < prefix.length || !text.startsWith(prefix, at - prefix.length))) continue;
    if (suffix && !text.startsWith(suffix, end)) continue;
    spans.push({ start: index.toCodePoint(at), end: index.toCodePoint(end) });
  }
  return spans;
}

/**
 * Looks for the one occurrence of `quote` in `text` that the optional prefix/suffix select.
 * Returns `missing` when there is none and `ambiguous` (with every candidate) when there are several,
 * so that a caller can say which context would disambiguate.
 */
export function findQuote(text: string, quote: string, context: QuoteContext = {}): QuoteLookup {
  const spans = findQuoteOccurrences(text, quote, context);
  const [first] = spans;
  if (!first) return { kind: 'missing' };
  if (spans.length > 1) return { kind: 'ambiguous', spans };
  return { kind: 'found', span: first };
}

/** True when two half-open spans share at least one code point. */
export function spansOverlap(a: CodePointSpan, b: CodePointSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies entirely within `outer`. */
export function spanContains(outer: CodePointSpan, inner: CodePointSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
