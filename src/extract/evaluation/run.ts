/**
 * `isnad eval`: runs the proposer on every hand-annotated article and scores it against the hand
 * annotation: statements by span IoU ≥ 0.5 (one-to-one), sources by overlapping mentions, and
 * contradictions when both endpoints match. The held-out article is reported apart from the articles
 * the rules were tuned on.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExistingStatement } from './assess';
import { addCounts, matchOneToOne, spanIoU } from './eval-match';
import type { Counts } from './eval-match';
import type { ProposerLanguage } from './load-rules';
import { proposeAnnotations } from './propose';
import { projectRoot } from '../config/project-root';
import type { Anchor, AnnotationFile } from '../ingest/annotation-schema';
import { loadResolvedAnnotation, qualify } from '../ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../ingest/resolved-annotation';
import { findQuoteOccurrences } from '../text/spans';
import type { CodePointSpan } from '../text/spans';

/** The statement IoU at or above which a proposal matches a hand statement. */
export const STATEMENT_IOU = 0.5;

/** One article of the evaluation set. */
export interface EvalArticle {
  file: string;
  /** Held out from rule tuning: reported separately. */
  heldOut: boolean;
}

export type Category = 'sources' | 'statements' | 'contradictions';

/** The scores of one article. */
export interface ArticleScores {
  slug: string;
  heldOut: boolean;
  counts: Record<Category, Counts>;
}

/** The whole evaluation: per article, and micro-averaged totals per set. */
export interface EvaluationReport {
  articles: ArticleScores[];
  tuning: Record<Category, Counts>;
  heldOut: Record<Category, Counts>;
}

/** Seed ingest order: a later article's assessments may refer to an earlier one's statements. */
export const SEED_ORDER = [
  'alarabiya-us-forces-iraq',
  'harbor-wire-iraq-drawdown',
  'al-rafid-baghdad-schedule',
];

/** The seed articles (tuning set, ingest order) and every annotation in eval/held-out/. */
export function defaultEvalSet(root: string = projectRoot()): EvalArticle[] {
  const heldOutDir = path.join(root, 'eval', 'held-out');
  const heldOut = fs.existsSync(heldOutDir)
    ? fs
        .readdirSync(heldOutDir)
        .filter((f) => f.endsWith('.annotation.yaml'))
        .sort()
    : [];
  return [
    ...SEED_ORDER.map((slug) => ({
      file: path.join(root, 'seed', `${slug}.annotation.yaml`),
      heldOut: false,
    })),
    ...heldOut.map((f) => ({ file: path.join(heldOutDir, f), heldOut: true })),
  ];
}

/**
 * Evaluates every article of `set`. A tuning article is proposed with the hand statements of the
 * tuning articles before it as the "existing" graph; a held-out article with all tuning articles.
 * @throws AnnotationError when a hand annotation does not resolve.
 */
export function runEvaluation(set: readonly EvalArticle[] = defaultEvalSet()): EvaluationReport {
  const hands = set.map((article) => ({ article, hand: loadComplete(article.file) }));
  const empty = (): Record<Category, Counts> => ({
    sources: { tp: 0, proposed: 0, gold: 0 },
    statements: { tp: 0, proposed: 0, gold: 0 },
    contradictions: { tp: 0, proposed: 0, gold: 0 },
  });
  const report: EvaluationReport = { articles: [], tuning: empty(), heldOut: empty() };
  hands.forEach(({ article, hand }, i) => {
    const earlier = hands.filter((h, j) => !h.article.heldOut && (article.heldOut || j < i));
    const existing = earlier.flatMap((h) => toExisting(h.hand));
    const scores = evaluateArticle(hand, existing, article.heldOut);
    report.articles.push(scores);
    const total = article.heldOut ? report.heldOut : report.tuning;
    for (const category of ['sources', 'statements', 'contradictions'] as const) {
      total[category] = addCounts(total[category], scores.counts[category]);
    }
  });
  return report;
}

/** Proposes for one hand-annotated article and scores the proposal against it. */
export function evaluateArticle(
  hand: ResolvedAnnotation,
  existing: ExistingStatement[],
  heldOut = false,
): ArticleScores {
  const { article } = hand;
  const outlet = hand.outlets.find((o) => o.id === article.outlet);
  const { annotation } = proposeAnnotations({
    text: article.text,
    language: article.language as ProposerLanguage,
    slug: article.slug,
    outlet,
    existing,
  });
  return { slug: article.slug, heldOut, counts: scoreProposal(annotation, hand) };
}

/** Scores a proposed annotation against the hand annotation of the same article. */
export function scoreProposal(proposal: AnnotationFile, hand: ResolvedAnnotation): Record<Category, Counts> {
  const text = hand.article.text;
  const proposedSpans = proposal.statements.map((s) => spanOf(text, s));
  const statementPairs = matchOneToOne(
    proposedSpans,
    hand.statements,
    (p, g) => spanIoU(p, g.anchor),
    STATEMENT_IOU,
  );
  const toHand = new Map(
    statementPairs.map((p) => [proposal.statements[p.proposed]?.id, hand.statements[p.gold]?.id]),
  );

  const mentionSpans = proposal.sources.map((s) => s.mentions.map((m) => spanOf(text, m)));
  const sourcePairs = matchOneToOne(
    proposal.sources.map((s, i) => ({ kind: s.kind, spans: mentionSpans[i] ?? [] })),
    hand.sources,
    (p, g) => (p.kind === 'OUTLET_VOICE' && g.kind === 'OUTLET_VOICE' ? 1 : overlap(p.spans, g.mentions)),
    Number.MIN_VALUE,
  );

  const slug = hand.article.slug;
  const key = (from: string, to: string): string => [from, to].sort().join(' ');
  const handPairs = hand.assessments
    .filter((a) => a.relation === 'CONTRADICTS')
    .map((a) => key(`${a.from.article}#${a.from.id}`, `${a.to.article}#${a.to.id}`));
  const mapRef = (ref: string): string | undefined => {
    const q = qualify(ref, slug);
    if (!q.local) return `${q.article}#${q.id}`;
    const id = toHand.get(q.id);
    return id === undefined ? undefined : `${slug}#${id}`;
  };
  const proposedPairs = proposal.assessments
    .filter((a) => a.relation === 'CONTRADICTS')
    .map((a) => {
      const from = mapRef(a.from);
      const to = mapRef(a.to);
      return from && to ? key(from, to) : undefined;
    });
  const contradictionPairs = matchOneToOne(proposedPairs, handPairs, (p, g) => (p === g ? 1 : 0), 1);

  return {
    sources: { tp: sourcePairs.length, proposed: proposal.sources.length, gold: hand.sources.length },
    statements: {
      tp: statementPairs.length,
      proposed: proposal.statements.length,
      gold: hand.statements.length,
    },
    contradictions: { tp: contradictionPairs.length, proposed: proposedPairs.length, gold: handPairs.length },
  };
}

/** The hand statements of an article as the graph would supply them to the proposer. */
export function toExisting(hand: ResolvedAnnotation): ExistingStatement[] {
  return hand.statements.map((s) => ({
    id: `${hand.article.slug}#${s.id}`,
    articleSlug: hand.article.slug,
    text: s.anchor.quote,
    language: s.language,
    gloss: s.gloss?.text ?? null,
    entities: s.entities,
    topics: s.topics,
    source: s.source,
    cue: s.cue,
  }));
}

/** The code-point span an anchor selects (offsets when given, else the one occurrence in context). */
export function spanOf(text: string, anchor: Anchor): CodePointSpan {
  if (anchor.start !== undefined && anchor.end !== undefined) return { start: anchor.start, end: anchor.end };
  const [first] = findQuoteOccurrences(text, anchor.quote, { prefix: anchor.prefix, suffix: anchor.suffix });
  return first ?? { start: 0, end: 0 };
}

function overlap(a: readonly CodePointSpan[], b: readonly CodePointSpan[]): number {
  let total = 0;
  for (const x of a)
    for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

function loadComplete(file: string): ResolvedAnnotation {
  const resolved = loadResolvedAnnotation(file);
  if (resolved.kind !== 'annotation')
    throw new Error(`${file} is a correction file, not a complete annotation`);
  return resolved;
}
