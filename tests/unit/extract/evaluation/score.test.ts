import { resolve } from 'path';
import { addCounts, matchOneToOne, scores, spanIoU } from '../../../../src/extract/evaluation/match';
import { scoreProposal } from '../../../../src/extract/evaluation/score';
import { annotationFileSchema } from '../../../../src/ingest/annotation-schema';
import { loadResolvedAnnotation } from '../../../../src/ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../../../src/ingest/resolved-annotation';

describe('span IoU', () => {
  it('computes intersection over union of code-point spans', () => {
    expect(spanIoU({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(spanIoU({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15, 10);
    expect(spanIoU({ start: 0, end: 10 }, { start: 2, end: 7 })).toBe(0.5);
    expect(spanIoU({ start: 0, end: 4 }, { start: 4, end: 8 })).toBe(0);
    expect(spanIoU({ start: 3, end: 3 }, { start: 0, end: 8 })).toBe(0);
  });
});

describe('one-to-one matching at IoU >= 0.5', () => {
  // Gold: A [0,10), B [20,30). Proposed: p0 [0,10) (IoU 1 with A), p1 [2,8) (0.6 with A), p2 [20,26)
  // (0.6 with B), p3 [40,50) (none). p1 loses A to p0; so 2 matches, 4 proposed, 2 gold.
  const gold = [
    { start: 0, end: 10 },
    { start: 20, end: 30 },
  ];
  const proposed = [
    { start: 0, end: 10 },
    { start: 2, end: 8 },
    { start: 20, end: 26 },
    { start: 40, end: 50 },
  ];

  it('takes the best pairs first and never reuses a span', () => {
    const pairs = matchOneToOne(proposed, gold, spanIoU, 0.5);
    expect(pairs.map((p) => [p.proposed, p.gold, Number(p.score.toFixed(2))])).toEqual([
      [0, 0, 1],
      [2, 1, 0.6],
    ]);
  });

  it('gives the exact precision, recall and F1', () => {
    const counts = { tp: 2, proposed: 4, gold: 2 };
    expect(scores(counts)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(scores({ tp: 0, proposed: 0, gold: 3 })).toEqual({ precision: null, recall: 0, f1: null });
    expect(addCounts(counts, { tp: 1, proposed: 1, gold: 2 })).toEqual({ tp: 3, proposed: 5, gold: 4 });
  });

  it('rejects an overlap below the threshold (IoU 0.4)', () => {
    expect(matchOneToOne([{ start: 0, end: 4 }], [{ start: 0, end: 10 }], spanIoU, 0.5)).toEqual([]);
  });
});

describe('scoring a proposal against a hand annotation', () => {
  const hand = loadResolvedAnnotation(
    resolve(__dirname, '../../../fixtures/annotations/tiny.annotation.yaml'),
  ) as ResolvedAnnotation;
  const base = {
    schemaVersion: 1,
    article: {
      slug: 'tiny-base-closure',
      textFile: 'tiny.en.txt',
      contentHash: hand.article.contentHash,
      language: 'en',
      outlet: 'tiny-wire',
    },
    annotator: { id: 'isnad-proposer', name: 'Isnad rule-based proposer', kind: 'TOOL', version: '0.0.0' },
    annotatedAt: '2026-12-01',
    outlets: [{ id: 'tiny-wire', name: 'Tiny Wire', owner: { id: 'tiny-wire', name: 'Tiny Wire' } }],
  };

  it('matches statements by span, sources by mentions and contradictions by both endpoints', () => {
    const proposal = annotationFileSchema.parse({
      ...base,
      sources: [
        {
          id: 'officials',
          kind: 'ANONYMOUS_GROUP',
          label: 'Two officials',
          mentions: [{ quote: 'Two officials' }],
        },
      ],
      statements: [
        // "the base will close in May" exactly; "the base will close" (said) exactly; a wrong one.
        { id: 'a', quote: 'the base will close in May', source: 'officials', mode: 'REPORTED_SPEECH' },
        {
          id: 'b',
          quote: 'the base will close',
          prefix: 'said ',
          source: 'officials',
          mode: 'REPORTED_SPEECH',
        },
        { id: 'c', quote: 'The weather was fine', source: 'officials', mode: 'REPORTED_SPEECH' },
      ],
      assessments: [
        {
          id: 'x',
          relation: 'CONTRADICTS',
          from: 'b',
          to: 'a',
          rationale: 'r',
          confidence: 0.5,
          method: 'RULE',
          rule: 'contra-timing',
        },
        {
          id: 'y',
          relation: 'CONTRADICTS',
          from: 'a',
          to: 'c',
          rationale: 'r',
          confidence: 0.5,
          method: 'RULE',
          rule: 'contra-timing',
        },
      ],
    });
    const { counts, diagnostics } = scoreProposal(proposal, hand);
    expect(counts.statements).toEqual({ tp: 2, proposed: 3, gold: 3 });
    expect(counts.sources).toEqual({ tp: 1, proposed: 1, gold: 2 });
    expect(counts.contradictions).toEqual({ tp: 1, proposed: 2, gold: 1 });
    // "closes-later" is the spokesperson's: crediting it to the officials is wrong, and so is its kind.
    expect(counts.attribution).toEqual({ tp: 1, proposed: 3, gold: 3 });
    expect(counts.sourceKind).toEqual({ tp: 1, proposed: 3, gold: 3 });
    expect(counts.mode).toEqual({ tp: 2, proposed: 3, gold: 3 });
    expect(counts.chain).toEqual({ tp: 0, proposed: 0, gold: 0 });
    expect(counts.agreements).toEqual({ tp: 0, proposed: 0, gold: 0 });
    // The headline's "say" statement is neither proposed nor excluded.
    expect(diagnostics).toEqual({ inexactSpans: 0, splitWords: 0, droppedCueStatements: 1 });
  });

  it('counts inexact anchors, spans that split a word, and chains source by source', () => {
    const proposal = annotationFileSchema.parse({
      ...base,
      sources: [
        {
          id: 'officials',
          kind: 'ANONYMOUS_GROUP',
          label: 'Two officials',
          mentions: [{ quote: 'Two officials' }],
        },
        {
          id: 'spokes',
          kind: 'ANONYMOUS_INDIVIDUAL',
          label: 'A spokesperson',
          mentions: [{ quote: 'A spokesperson' }],
        },
      ],
      statements: [
        { id: 'h', quote: 'ase to close', source: 'officials', mode: 'REPORTED_SPEECH', via: ['spokes'] },
        { id: 'a', quote: 'the base will close in May', source: 'officials', mode: 'DIRECT_QUOTE' },
        { id: 'b', quote: 'the base will close', prefix: 'said ', source: 'spokes', mode: 'REPORTED_SPEECH' },
      ],
      excluded: [{ quote: 'the base', reason: 'ambiguous on purpose' }],
    });
    const { counts, diagnostics } = scoreProposal(proposal, hand);
    expect(counts.attribution).toEqual({ tp: 3, proposed: 3, gold: 3 });
    expect(counts.mode).toEqual({ tp: 2, proposed: 3, gold: 3 });
    // The hand headline has no chain: a proposed chain there is a false positive.
    expect(counts.chain).toEqual({ tp: 0, proposed: 1, gold: 0 });
    expect(diagnostics).toEqual({ inexactSpans: 1, splitWords: 1, droppedCueStatements: 0 });
  });
});
