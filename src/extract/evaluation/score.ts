/**
 * Scores one proposed annotation against the hand annotation of the same article, layer by layer
 * (docs/proposals.md, "Evaluation"). Every layer is counted as matched / proposed / hand, so that
 * precision, recall and F1 follow from the counts and micro-average over articles.
 */
import type { Anchor, AnnotationFile } from '../../ingest/annotation-schema';
import { qualify } from '../../ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../ingest/resolved-annotation';
import { findQuoteOccurrences } from '../../text/spans';
import type { CodePointSpan } from '../../text/spans';
import { matchOneToOne, spanIoU } from './match';
import type { Counts } from './match';

/** The statement IoU at or above which a proposal matches a hand statement. */
export const STATEMENT_IOU = 0.5;

/**
 * - `statements`: spans, IoU ≥ 0.5, one-to-one;
 * - `attribution`: a matched statement whose source is the hand statement's source (through the
 *   source matching), over all proposed and all hand statements: "credited to the right source";
 * - `sourceKind`, `mode`: a matched statement with the hand statement's source kind, mode;
 * - `chain`: statements with a chain (`via`); matched when both chains are the same sources in order;
 * - `sources`: sources by overlapping mentions (the outlet's voice matches the outlet's voice);
 * - `contradictions`, `agreements`: pairs whose two endpoints match, direction ignored.
 */
export const LAYERS = [
  'statements',
  'attribution',
  'sourceKind',
  'mode',
  'chain',
  'sources',
  'contradictions',
  'agreements',
] as const;
export type Layer = (typeof LAYERS)[number];

/** What is not a precision or a recall but must be zero. */
export interface Diagnostics {
  /** Proposed anchors (statements, mentions, excluded) that do not select one exact span. */
  inexactSpans: number;
  /** Proposed statement spans that start or end inside a word. */
  splitWords: number;
  /** Hand statements with a cue that no proposed statement and no `excluded` entry overlaps. */
  droppedCueStatements: number;
}

export interface ProposalScore {
  counts: Record<Layer, Counts>;
  diagnostics: Diagnostics;
}

export function emptyCounts(): Record<Layer, Counts> {
  return Object.fromEntries(LAYERS.map((l) => [l, { tp: 0, proposed: 0, gold: 0 }])) as Record<Layer, Counts>;
}

/** Scores a proposed annotation against the hand annotation of the same article. */
export function scoreProposal(proposal: AnnotationFile, hand: ResolvedAnnotation): ProposalScore {
  const text = hand.article.text;
  const chars = [...text];
  const proposedSpans = proposal.statements.map((s) => spanOf(text, s));
  const statementPairs = matchOneToOne(
    proposedSpans,
    hand.statements,
    (p, g) => spanIoU(p, g.anchor),
    STATEMENT_IOU,
  );
  const toHandStatement = new Map(
    statementPairs.map((p) => [proposal.statements[p.proposed]?.id, hand.statements[p.gold]?.id]),
  );

  const sourcePairs = matchOneToOne(
    proposal.sources.map((s) => ({ kind: s.kind, spans: s.mentions.map((m) => spanOf(text, m)) })),
    hand.sources,
    (p, g) => (p.kind === 'OUTLET_VOICE' && g.kind === 'OUTLET_VOICE' ? 1 : overlap(p.spans, g.mentions)),
    Number.MIN_VALUE,
  );
  const toHandSource = new Map(
    sourcePairs.map((p) => [proposal.sources[p.proposed]?.id, hand.sources[p.gold]?.id]),
  );
  const proposedKind = new Map(proposal.sources.map((s) => [s.id, s.kind]));
  const handKind = new Map(hand.sources.map((s) => [s.id, s.kind]));

  const counts = emptyCounts();
  const statementTotals = { proposed: proposal.statements.length, gold: hand.statements.length };
  counts.statements = { tp: statementPairs.length, ...statementTotals };
  counts.attribution = { tp: 0, ...statementTotals };
  counts.sourceKind = { tp: 0, ...statementTotals };
  counts.mode = { tp: 0, ...statementTotals };
  counts.chain = {
    tp: 0,
    proposed: proposal.statements.filter((s) => s.via.length > 0).length,
    gold: hand.statements.filter((s) => s.via.length > 0).length,
  };
  for (const pair of statementPairs) {
    const p = proposal.statements[pair.proposed];
    const g = hand.statements[pair.gold];
    if (!p || !g) continue;
    if (toHandSource.get(p.source) === g.source) counts.attribution.tp++;
    if (proposedKind.get(p.source) === handKind.get(g.source)) counts.sourceKind.tp++;
    if (p.mode === g.mode) counts.mode.tp++;
    const chain = p.via.map((v) => toHandSource.get(v));
    if (g.via.length > 0 && chain.length === g.via.length && chain.every((v, i) => v === g.via[i]))
      counts.chain.tp++;
  }
  counts.sources = { tp: sourcePairs.length, proposed: proposal.sources.length, gold: hand.sources.length };
  counts.contradictions = relationCounts('CONTRADICTS', proposal, hand, toHandStatement);
  counts.agreements = relationCounts('AGREES', proposal, hand, toHandStatement);

  const covered = [...proposedSpans, ...proposal.excluded.map((e) => spanOf(text, e))];
  const anchors: Anchor[] = [
    ...proposal.statements,
    ...proposal.sources.flatMap((s) => s.mentions),
    ...proposal.excluded,
  ];
  return {
    counts,
    diagnostics: {
      inexactSpans: anchors.filter((a) => !selectsOneExactSpan(text, a)).length,
      splitWords: proposedSpans.filter((s) => splitsWord(chars, s)).length,
      droppedCueStatements: hand.statements.filter(
        (s) => s.cue !== null && !covered.some((c) => overlapLength(c, s.anchor) > 0),
      ).length,
    },
  };
}

function relationCounts(
  relation: 'CONTRADICTS' | 'AGREES',
  proposal: AnnotationFile,
  hand: ResolvedAnnotation,
  toHandStatement: ReadonlyMap<string | undefined, string | undefined>,
): Counts {
  const slug = hand.article.slug;
  const key = (from: string, to: string): string => [from, to].sort().join(' ');
  const handPairs = hand.assessments
    .filter((a) => a.relation === relation)
    .map((a) => key(`${a.from.article}#${a.from.id}`, `${a.to.article}#${a.to.id}`));
  const mapRef = (ref: string): string | undefined => {
    const q = qualify(ref, slug);
    if (!q.local) return `${q.article}#${q.id}`;
    const id = toHandStatement.get(q.id);
    return id === undefined ? undefined : `${slug}#${id}`;
  };
  const proposedPairs = proposal.assessments
    .filter((a) => a.relation === relation)
    .map((a) => {
      const from = mapRef(a.from);
      const to = mapRef(a.to);
      return from && to ? key(from, to) : undefined;
    });
  const pairs = matchOneToOne(proposedPairs, handPairs, (p, g) => (p === g ? 1 : 0), 1);
  return { tp: pairs.length, proposed: proposedPairs.length, gold: handPairs.length };
}

/** The code-point span an anchor selects (offsets when given, else the first occurrence in context). */
export function spanOf(text: string, anchor: Anchor): CodePointSpan {
  if (anchor.start !== undefined && anchor.end !== undefined) return { start: anchor.start, end: anchor.end };
  const [first] = findQuoteOccurrences(text, anchor.quote, { prefix: anchor.prefix, suffix: anchor.suffix });
  return first ?? { start: 0, end: 0 };
}

/** The anchor names one occurrence, and its offsets (when given) hold exactly its quote. */
function selectsOneExactSpan(text: string, anchor: Anchor): boolean {
  const found = findQuoteOccurrences(text, anchor.quote, { prefix: anchor.prefix, suffix: anchor.suffix });
  if (anchor.start !== undefined && anchor.end !== undefined)
    return found.some((s) => s.start === anchor.start && s.end === anchor.end);
  return found.length === 1;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function splitsWord(chars: readonly string[], span: CodePointSpan): boolean {
  const inWord = (i: number): boolean => WORD_CHAR.test(chars[i] ?? ' ');
  return (
    (span.start > 0 && inWord(span.start - 1) && inWord(span.start)) ||
    (inWord(span.end - 1) && inWord(span.end))
  );
}

function overlapLength(a: CodePointSpan, b: CodePointSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function overlap(a: readonly CodePointSpan[], b: readonly CodePointSpan[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += overlapLength(x, y);
  return total;
}
