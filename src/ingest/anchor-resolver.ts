/**
 * Turns quote selectors into code-point spans in one article, recording every failure (missing,
 * ambiguous, disagreeing offsets) at the field path the annotator has to fix.
 */
import type { IssueList } from './annotation-error';
import type { Anchor } from './annotation-schema';
import type { ResolvedAnchor } from './resolved-annotation';
import { findQuoteOccurrences } from '../text/spans';

type Path = readonly PropertyKey[];

/** Resolves anchors against one article, recording problems instead of stopping at the first. */
export class AnchorResolver {
  private readonly lineStarts: number[] = [0];
  private boundaries: Set<number> | undefined;

  constructor(
    private readonly text: string,
    private readonly issues: IssueList,
  ) {
    let offset = 0;
    for (const char of text) {
      offset++;
      if (char === '\n') this.lineStarts.push(offset);
    }
  }

  /** Zero-based line of a code-point offset. */
  paragraphAt(codePoint: number): number {
    let line = 0;
    while (line + 1 < this.lineStarts.length && (this.lineStarts[line + 1] ?? Infinity) <= codePoint) line++;
    return line;
  }

  /** Anchors `anchor`; on failure records why at `path` and returns an empty span at 0. */
  resolve(anchor: Anchor, path: Path): ResolvedAnchor {
    const prefix = anchor.prefix ?? null;
    const suffix = anchor.suffix ?? null;
    const failed: ResolvedAnchor = { quote: anchor.quote, prefix, suffix, start: 0, end: 0 };
    const spans = findQuoteOccurrences(this.text, anchor.quote, { prefix, suffix });
    const context = prefix || suffix ? ' with the given prefix/suffix' : '';
    const [span] = spans;
    if (!span) {
      const bare = context ? findQuoteOccurrences(this.text, anchor.quote).length : 0;
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
      if (this.graphemeBoundaries().has(at)) continue;
      this.issues.add(
        [...path, 'quote'],
        `${edge} inside a character at code point ${at}: a combining mark or haraka stays with its letter; ` +
          'extend the quote to the whole character',
      );
      return failed;
    }
    return { quote: anchor.quote, prefix, suffix, start: span.start, end: span.end };
  }

  /** Code-point offsets where a grapheme cluster (a user-perceived character) starts, and the end. */
  private graphemeBoundaries(): Set<number> {
    if (this.boundaries) return this.boundaries;
    const boundaries = new Set<number>();
    let codePoints = 0;
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(this.text)) {
      boundaries.add(codePoints);
      for (const _ of segment) codePoints++;
    }
    boundaries.add(codePoints);
    this.boundaries = boundaries;
    return boundaries;
  }
}
