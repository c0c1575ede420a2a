import fc from 'fast-check';

import { QuoteFinder } from '../../../src/text/quote-finder';
import { SpanIndex } from '../../../src/text/span-index';
import { buildSuffixArray, occurrencesIn } from '../../../src/text/suffix-array';
import { findQuoteOccurrences, spanContains, spansOverlap } from '../../../src/text/spans';
import type { CodePointSpan } from '../../../src/text/spans';

// A small alphabet with an astral character, so that quotes repeat and UTF-16 offsets drift.
const piece = fc.constantFrom('a', 'b', 'ab', ' ', '🇮', 'ك', '\n');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
const short = fc.array(piece, { maxLength: 3 }).map((p) => p.join(''));

describe('QuoteFinder (anchoring a 1,500-statement article was quadratic)', () => {
  it('finds what findQuoteOccurrences finds, asked many times over one text, scanning or indexed', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.record({ quote: short, prefix: fc.option(short), suffix: fc.option(short) }), {
          maxLength: 12,
        }),
        fc.constantFrom(0, 3, 16),
        (t, asks, scans) => {
          const finder = new QuoteFinder(t, scans);
          for (const { quote, prefix, suffix } of [...asks, ...asks]) {
            expect(finder.occurrences(quote, { prefix, suffix })).toEqual(
              findQuoteOccurrences(t, quote, { prefix, suffix }),
            );
          }
        },
      ),
      { numRuns: 1_500 },
    );
  });
});

describe('suffix array', () => {
  it('orders the suffixes as string comparison does and finds every occurrence', () => {
    const units = fc.constantFrom('a', 'b', '\u0000', '\uffff', '\ud83c', '\udde6', 'ك');
    fc.assert(
      fc.property(
        fc.array(units, { maxLength: 40 }).map((u) => u.join('')),
        fc.array(units, { minLength: 1, maxLength: 4 }).map((u) => u.join('')),
        (t, needle) => {
          const suffixes = buildSuffixArray(t);
          const sorted = [...Array(t.length).keys()].sort((a, b) => (t.slice(a) < t.slice(b) ? -1 : 1));
          expect(Array.from(suffixes)).toEqual(sorted);
          const scanned = [...Array(t.length).keys()].filter((at) => t.startsWith(needle, at));
          expect(occurrencesIn(t, suffixes, needle)).toEqual(scanned);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

const span = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 8 }))
  .map(([start, length]): CodePointSpan => ({ start, end: start + length }));
const positions = (spans: CodePointSpan[], keep: (s: CodePointSpan) => boolean): number[] =>
  spans.flatMap((s, i) => (keep(s) ? [i] : []));

describe('SpanIndex (entity and exclusion checks compared every statement with every span)', () => {
  it('answers within and overlapping as a pass over every span does', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 10 }), (spans, asks) => {
        const index = new SpanIndex(spans);
        for (const ask of asks) {
          expect(index.within(ask)).toEqual(positions(spans, (s) => spanContains(ask, s)));
          expect(index.overlapping(ask)).toEqual(positions(spans, (s) => spansOverlap(s, ask)));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
