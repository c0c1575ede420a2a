import { resolve } from 'path';
import { addCounts, matchOneToOne, scores, spanIoU } from '../../../src/extract/eval-match';
import { defaultEvalSet, runEvaluation, scoreProposal } from '../../../src/extract/evaluate';
import { formatEvaluationTable } from '../../../src/extract/eval-table';
import { annotationFileSchema } from '../../../src/ingest/annotation-schema';
import { loadResolvedAnnotation } from '../../../src/ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../../src/ingest/resolved-annotation';

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
    resolve(__dirname, '../../fixtures/annotations/tiny.annotation.yaml'),
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
    const counts = scoreProposal(proposal, hand);
    expect(counts.statements).toEqual({ tp: 2, proposed: 3, gold: 3 });
    expect(counts.sources).toEqual({ tp: 1, proposed: 1, gold: 2 });
    expect(counts.contradictions).toEqual({ tp: 1, proposed: 2, gold: 1 });
  });
});

describe('isnad eval', () => {
  it('evaluates the three seed articles as the tuning set and the held-out article apart', () => {
    const set = defaultEvalSet();
    expect(set.filter((a) => !a.heldOut)).toHaveLength(3);
    expect(set.filter((a) => a.heldOut).length).toBeGreaterThanOrEqual(1);
    const report = runEvaluation(set);
    expect(report.articles.map((a) => a.heldOut)).toEqual(set.map((a) => a.heldOut));
    expect(report.tuning.statements.gold).toBe(44);
    expect(report.heldOut.statements.gold).toBe(12);
    const table = formatEvaluationTable(report);
    expect(table).toMatch(/TUNING SET \(micro\)/);
    expect(table).toMatch(/HELD-OUT \(micro\)/);
    expect(table).toMatch(/sahil-port-strike\s+held-out/);
  });
});
