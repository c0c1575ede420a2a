/**
 * Matching proposals to hand annotations for `isnad eval`: intersection over union of code-point
 * spans, and a one-to-one assignment that is greedy by best score (documented in docs/proposals.md).
 */
import type { CodePointSpan } from '../../text/spans';

/** Intersection over union of two half-open code-point spans (0 when either is empty). */
export function spanIoU(a: CodePointSpan, b: CodePointSpan): number {
  const intersection = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 && intersection > 0
    ? intersection / (a.end - a.start + (b.end - b.start) - intersection)
    : 0;
}

/** One matched pair: indexes into the proposed and the gold lists, and their score. */
export interface MatchedPair {
  proposed: number;
  gold: number;
  score: number;
}

/**
 * Pairs proposals with gold items one-to-one: every pair scoring at least `threshold` is ranked by
 * score (ties: earlier proposal, then earlier gold item) and taken when neither side is taken yet.
 * For IoU ≥ 0.5 this is the usual greedy assignment of detection benchmarks; it can differ from an
 * optimal (Hungarian) assignment only when spans overlap several spans of the other side.
 */
export function matchOneToOne<P, G>(
  proposed: readonly P[],
  gold: readonly G[],
  score: (p: P, g: G) => number,
  threshold: number,
): MatchedPair[] {
  const candidates: MatchedPair[] = [];
  proposed.forEach((p, i) =>
    gold.forEach((g, j) => {
      const s = score(p, g);
      if (s >= threshold) candidates.push({ proposed: i, gold: j, score: s });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || x.proposed - y.proposed || x.gold - y.gold);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of candidates) {
    if (usedP.has(c.proposed) || usedG.has(c.gold)) continue;
    usedP.add(c.proposed);
    usedG.add(c.gold);
    pairs.push(c);
  }
  return pairs.sort((x, y) => x.proposed - y.proposed);
}

/** True positives, proposals and gold items of one category. */
export interface Counts {
  tp: number;
  proposed: number;
  gold: number;
}

/** Precision, recall and F1; null where the denominator is zero (printed as "—"). */
export function scores(counts: Counts): {
  precision: number | null;
  recall: number | null;
  f1: number | null;
} {
  const precision = counts.proposed > 0 ? counts.tp / counts.proposed : null;
  const recall = counts.gold > 0 ? counts.tp / counts.gold : null;
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Sums counts (micro-averaging over articles). */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, proposed: a.proposed + b.proposed, gold: a.gold + b.gold };
}
