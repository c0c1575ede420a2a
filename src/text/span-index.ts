/**
 * Many spans of one text, sorted once, so that "which of them lie within this span" and "which of
 * them overlap it" cost a binary search and the answers, not a pass over all of them. The checks of
 * an annotation ask this once per statement or sentence.
 */
import { spanContains, spansOverlap } from './spans';
import type { CodePointSpan } from './spans';

/** An index over `spans`; answers name spans by their position in that array. */
export class SpanIndex {
  /** The spans with their positions, by start (then by position). */
  private readonly sorted: { span: CodePointSpan; at: number }[];
  /** maxEnd[k]: the largest end among sorted[0..k]. */
  private readonly maxEnd: number[];

  constructor(spans: readonly CodePointSpan[]) {
    this.sorted = spans
      .map((span, at) => ({ span, at }))
      .sort((a, b) => a.span.start - b.span.start || a.at - b.at);
    let max = -Infinity;
    this.maxEnd = this.sorted.map(({ span }) => (max = Math.max(max, span.end)));
  }

  /** Positions, ascending, of the spans that lie entirely within `outer` (`spanContains`). */
  within(outer: CodePointSpan): number[] {
    const found: number[] = [];
    // A span within `outer` starts in [outer.start, outer.end], and spans are sorted by start.
    for (let k = this.firstStartAtLeast(outer.start); k < this.sorted.length; k++) {
      const entry = this.sorted[k];
      if (!entry || entry.span.start > outer.end) break;
      if (spanContains(outer, entry.span)) found.push(entry.at);
    }
    return found.sort((a, b) => a - b);
  }

  /** Positions, ascending, of the spans that share a code point with `span` (`spansOverlap`). */
  overlapping(span: CodePointSpan): number[] {
    const found: number[] = [];
    // Only spans that start before `span` ends can overlap it; walk back from the last of them
    // until no earlier span reaches past `span.start`.
    for (let k = this.firstStartAtLeast(span.end) - 1; k >= 0; k--) {
      const entry = this.sorted[k];
      if (!entry || (this.maxEnd[k] ?? -Infinity) <= span.start) break;
      if (spansOverlap(entry.span, span)) found.push(entry.at);
    }
    return found.sort((a, b) => a - b);
  }

  /** The first position in `sorted` whose span starts at or after `offset`. */
  private firstStartAtLeast(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid]?.span.start ?? Infinity) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
