/**
 * `isnad eval`: runs the proposer on every hand-annotated article of the split (eval/split.yaml) and
 * scores it against the hand annotation, per layer (score.ts), per article and micro-averaged per set.
 */
import path from 'node:path';
import type { ExistingStatement } from '../pipeline/assessments/assess';
import type { ProposerLanguage } from '../rules-engine/load-rules';
import { proposeAnnotations } from '../propose';
import { projectRoot } from '../../config/project-root';
import type { ResolvedAnnotation } from '../../ingest/resolved-annotation';
import { loadResolvedAnnotation } from '../../ingest/resolve-anchors';
import { addCounts } from './match';
import type { Counts } from './match';
import { emptyCounts, LAYERS, scoreProposal } from './score';
import type { Diagnostics, Layer } from './score';
import { EVAL_SETS, loadSplit } from './split';
import type { EvalArticle, EvalSetName } from './split';

/** The scores of one article. */
export interface ArticleScores {
  slug: string;
  language: string;
  set: EvalSetName;
  counts: Record<Layer, Counts>;
  diagnostics: Diagnostics;
}

/** Micro-averaged counts of one set. */
export interface SetScores {
  articles: number;
  counts: Record<Layer, Counts>;
  diagnostics: Diagnostics;
}

/** The whole evaluation: per article, and per set (only the sets that were run). */
export interface EvaluationReport {
  articles: ArticleScores[];
  sets: Partial<Record<EvalSetName, SetScores>>;
}

/** Seed ingest order: a later seed article's assessments may refer to an earlier one's statements. */
export const SEED_ORDER = [
  'alarabiya-us-forces-iraq',
  'harbor-wire-iraq-drawdown',
  'al-rafid-baghdad-schedule',
];

/** The articles of eval/split.yaml. */
export function defaultEvalSet(root?: string): EvalArticle[] {
  return loadSplit(root);
}

/**
 * Evaluates the articles of `sets`. The graph the proposer sees is the seed: a seed article is proposed
 * with the hand statements of the seed articles before it (their ingest order), every other article
 * with all three. @throws AnnotationError when a hand annotation does not resolve.
 */
export function runEvaluation(
  articles: readonly EvalArticle[] = defaultEvalSet(),
  sets: readonly EvalSetName[] = EVAL_SETS,
): EvaluationReport {
  const chosen = articles.filter((a) => sets.includes(a.set));
  const hands = chosen.map((article) => ({ article, hand: loadComplete(article.file) }));
  const seed = seedStatements();
  const report: EvaluationReport = { articles: [], sets: {} };
  for (const set of sets)
    report.sets[set] = { articles: 0, counts: emptyCounts(), diagnostics: noDiagnostics() };
  for (const { article, hand } of hands) {
    const order = SEED_ORDER.indexOf(hand.article.slug);
    const existing =
      order >= 0
        ? seed.filter((s) => s.order < order).flatMap((s) => s.statements)
        : seed.flatMap((s) => s.statements);
    const scores = evaluateArticle(hand, existing, article.set);
    report.articles.push(scores);
    const total = report.sets[article.set];
    if (!total) continue;
    total.articles++;
    for (const layer of LAYERS) total.counts[layer] = addCounts(total.counts[layer], scores.counts[layer]);
    for (const key of Object.keys(total.diagnostics) as (keyof Diagnostics)[])
      total.diagnostics[key] += scores.diagnostics[key];
  }
  return report;
}

/** Proposes for one hand-annotated article and scores the proposal against it. */
export function evaluateArticle(
  hand: ResolvedAnnotation,
  existing: ExistingStatement[],
  set: EvalSetName = 'dev',
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
  return { slug: article.slug, language: article.language, set, ...scoreProposal(annotation, hand) };
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

/** The seed's hand statements, in ingest order: the graph every evaluated article is proposed against. */
function seedStatements(): { order: number; statements: ExistingStatement[] }[] {
  const seedDir = path.join(projectRoot(), 'seed');
  return SEED_ORDER.map((slug, order) => ({
    order,
    statements: toExisting(loadComplete(path.join(seedDir, `${slug}.annotation.yaml`))),
  }));
}

function noDiagnostics(): Diagnostics {
  return { inexactSpans: 0, splitWords: 0, droppedCueStatements: 0 };
}

function loadComplete(file: string): ResolvedAnnotation {
  const resolved = loadResolvedAnnotation(file);
  if (resolved.kind !== 'annotation')
    throw new Error(`${file} is a correction file, not a complete annotation`);
  return resolved;
}
