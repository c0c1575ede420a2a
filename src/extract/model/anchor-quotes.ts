/**
 * Fail closed: a quote that an extractor returns is kept only when it occurs exactly (code point for
 * code point) in the article, once, or once within the prefix/suffix given with it. Anything else is
 * rejected with its reason; nothing is re-anchored by similarity.
 */
import type { Anchor } from '../../ingest/annotation-schema';
import { findQuote, findQuoteOccurrences } from '../../text/spans';
import type { CodePointSpan } from '../../text/spans';

/** A quote that was not kept, and why. */
export interface RejectedQuote {
  quote: string;
  reason: string;
}

/** What a quote with its optional context selects. */
export type QuoteCheck =
  { kind: 'kept'; span: CodePointSpan; anchor: Anchor } | { kind: 'rejected'; reason: string };

/**
 * Checks one quote against the article. The anchor written into the draft carries the prefix or
 * suffix only when the quote alone would be ambiguous.
 */
export function checkQuote(
  text: string,
  quote: string,
  context: { prefix?: string; suffix?: string } = {},
): QuoteCheck {
  if (quote.trim() === '') return { kind: 'rejected', reason: 'the quote is empty' };
  const alone = findQuoteOccurrences(text, quote);
  if (alone.length === 0) {
    return {
      kind: 'rejected',
      reason: 'not found in the article (quotes must match its characters exactly)',
    };
  }
  const [only] = alone;
  if (alone.length === 1 && only) {
    const surrounded = findQuote(text, quote, context);
    if (surrounded.kind !== 'found') {
      return { kind: 'rejected', reason: 'found in the article, but not with the prefix/suffix given' };
    }
    return { kind: 'kept', span: only, anchor: { quote } };
  }
  if (context.prefix === undefined && context.suffix === undefined) {
    return {
      kind: 'rejected',
      reason: `ambiguous: occurs ${alone.length} times in the article and no prefix or suffix selects one`,
    };
  }
  const selected = findQuote(text, quote, context);
  if (selected.kind === 'found') {
    return {
      kind: 'kept',
      span: selected.span,
      anchor: {
        quote,
        ...(context.prefix !== undefined ? { prefix: context.prefix } : {}),
        ...(context.suffix !== undefined ? { suffix: context.suffix } : {}),
      },
    };
  }
  if (selected.kind === 'ambiguous') {
    return {
      kind: 'rejected',
      reason: `ambiguous: occurs ${alone.length} times and the prefix/suffix given still match ${selected.spans.length}`,
    };
  }
  return {
    kind: 'rejected',
    reason: `ambiguous: occurs ${alone.length} times and the prefix/suffix given surround none of them`,
  };
}
