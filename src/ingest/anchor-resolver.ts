/**
 * Turns quote selectors into code-point spans in one article, recording every failure (missing,
 * ambiguous, disagreeing offsets) at the field path the annotator has to fix.
 */
import type { IssueList } from './annotation-error';
import type { Anchor } from './annotation-schema';
import type { ResolvedAnchor } from './resolved-annotation';
import { GraphemeBoundaries } from '../text/graphemes';
import { QuoteFinder } from '../text/quote-finder';

type Path = readonly PropertyKey[];

/**
 * Resolves anchors against one article, recording problems instead of stopping at the first. Every
 * lookup reuses what the resolver built for the article (offsets, line starts, each quote's
 * occurrences, grapheme boundaries), so that anchoring grows with the size of the annotation and
 * the article, not with their product.
 */
export class AnchorResolver {
  private readonly lineStarts: number[] = [0];
  private readonly quotes: QuoteFinder;
  private readonly boundaries: GraphemeBoundaries;

  constructor(
    text: string,
    private readonly issues: IssueList,
  ) {
    let offset = 0;
    for (const char of text) {
      offset++;
      if (char === '\n') this.lineStarts.push(offset);
    }
    this.quotes = new QuoteFinder(text);
    this.boundaries = new GraphemeBoundaries(text, this.quotes.index);
  }

  /** Zero-based line of a code-point offset. */
  paragraphAt(codePoint: number): number {
    // The last line that starts at or before `codePoint` (line 0 starts at 0).
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? Infinity) <= codePoint) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Anchors `anchor`; on failure records why at `path` and returns an empty span at 0. */
  resolve(anchor: Anchor, path: Path): ResolvedAnchor {
    const prefix = anchor.prefix ?? null;
    const suffix = anchor.suffix ?? null;
    const failed: ResolvedAnchor = { quote: anchor.quote, prefix, suffix, start: 0, end: 0 };
    const spans = this.quotes.occurrences(anchor.quote, { prefix, suffix });
    const context = prefix || suffix ? ' with the given prefix/suffix' : '';
    const [span] = spans;
    if (!span) {
      const bare = context ? this.quotes.occurrences(anchor.quote).length : 0;
      const hint = bare > 0 ? ` (the quote alone occurs ${bare} time(s): check prefix/suffix)` : '';
      this.issues.add([...path, 'quote'], `quote not found in the article${context}${hint}`);
      return failed;
    }
    if (spans.length > 1) {
      const at = spans.map((s) => s.start).join(', ');
      this.issues.add(
        [...path, 'quote'],
        `quote is ambiguous: it occurs ${spans.length} times${context} (at code points ${at}); add a prefix or suffix`,
      );
      return failed;
    }
    if (anchor.start !== undefined && anchor.start !== span.start) {
      this.issues.add(
        [...path, 'start'],
        `is ${anchor.start} but the quote starts at code point ${span.start}`,
      );
    }
    if (anchor.end !== undefined && anchor.end !== span.end) {
      this.issues.add([...path, 'end'], `is ${anchor.end} but the quote ends at code point ${span.end}`);
    }
    for (const [edge, at] of [
      ['starts', span.start],
      ['ends', span.end],
    ] as const) {
      if (this.boundaries.has(at)) continue;
      this.issues.add(
        [...path, 'quote'],
        `${edge} inside a character at code point ${at}: a combining mark or haraka stays with its letter; ` +
          'extend the quote to the whole character',
      );
      return failed;
    }
    return { quote: anchor.quote, prefix, suffix, start: span.start, end: span.end };
  }
}
