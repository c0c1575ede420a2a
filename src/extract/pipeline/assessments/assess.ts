/**
 * Candidate assessments: every pair of proposed statements of different sources, and every proposed
 * statement against the statements the caller passes in from the graph (other articles). Claims are
 * compared in one language: an Arabic statement's English gloss stands in for it next to English text.
 */
import { compileRules } from '../../rules-engine/compile-rules';
import type { ClaimView, ContradictionDetector } from './contradictions';
import { claimFeatures } from './features';
import type { ProposerLanguage, RuleSet } from '../../rules-engine/load-rules';
import { PROPOSER_LANGUAGES } from '../../rules-engine/load-rules';
import type { Agent, Assessment } from '../../../ingest/annotation-schema';
import { refSchema } from '../../../ingest/annotation-schema';
import { foldArabic } from '../../../text/arabic-fold';
import { tokenize } from '../../text/tokens';

/**
 * A statement already in the graph, as the caller supplies it. `id` is what the assessment will name:
 * a qualified `slug#local` reference (or a local id, qualified here with `articleSlug`).
 */
export interface ExistingStatement {
  id: string;
  articleSlug: string;
  text: string;
  language: string;
  gloss?: string | null;
  entities: string[];
  topics: string[];
  /** Its source's id, so that a source is never set against itself. */
  source?: string;
  /** Its attribution cue: a denial cue (نفى، denied) flips the polarity of its words. */
  cue?: string | null;
}

/** A proposed statement as the assessor needs it. */
export interface LocalClaim {
  id: string;
  source: string;
  text: string;
  denied: boolean;
  entities: string[];
  /** On the headline line: its relations belong to the body statement it condenses, when there is one. */
  headline?: boolean;
  /** The outlet's own unhedged body sentence (background: "The port handles 14 million tonnes a year"). */
  background?: boolean;
}

/** Assesses local pairs and local × existing pairs; ids are `candidate-N`. */
export function proposeAssessments(
  local: readonly LocalClaim[],
  existing: readonly ExistingStatement[],
  language: ProposerLanguage,
  ruleSet: RuleSet,
  detector: ContradictionDetector,
  assertedBy: Agent,
): Assessment[] {
  const rules = compileRules(ruleSet, language);
  const views: ClaimView[] = local.map((claim) => ({
    ref: claim.id,
    sourceKey: claim.source,
    text: claim.text,
    language,
    features: claimFeatures(claim.text, rules, claim.denied, claim.entities),
    outletVoice: claim.source === OUTLET_VOICE,
    headline: claim.headline === true,
    background: claim.background === true,
  }));
  const others = existing.flatMap((statement) => existingView(statement, language, ruleSet));
  const condensed = headlinesWithBody(local, views);
  dropCommonStems([...views, ...others]);
  const assessments: Assessment[] = [];
  const consider = (a: ClaimView, b: ClaimView): void => {
    if (condensed.has(a.ref) || condensed.has(b.ref)) return;
    const found = detector.detect(a, b);
    if (!found) return;
    assessments.push({
      id: `candidate-${assessments.length + 1}`,
      relation: found.relation,
      from: a.ref,
      to: b.ref,
      rationale: found.rationale,
      confidence: found.confidence,
      method: detector.method,
      rule: detector.method === 'RULE' ? found.rule : undefined,
      assertedBy,
    });
  };
  // "The union rejected that account": the denial answers the account just given by another source.
  const answered = rejectedAccounts(local, rules);
  for (const [i, j] of answered) {
    const [a, b] = [local[j], local[i]];
    if (!a || !b) continue;
    assessments.push({
      id: `candidate-${assessments.length + 1}`,
      relation: 'CONTRADICTS',
      from: a.id,
      to: b.id,
      rationale: `Proposed by rule ${REJECTED_ACCOUNT_RULE}: "${b.text}" is rejected right after this account by another source. Needs review.`,
      confidence: 0.5,
      method: detector.method,
      rule: detector.method === 'RULE' ? REJECTED_ACCOUNT_RULE : undefined,
      assertedBy,
    });
  }
  const anaphoric = new Set(answered.map(([i]) => local[i]?.id));
  views.forEach((a, i) =>
    views.slice(i + 1).forEach((b) => {
      if (!anaphoric.has(a.ref) && !anaphoric.has(b.ref)) consider(a, b);
    }),
  );
  for (const a of views) for (const b of others) consider(a, b);
  return assessments;
}

const REJECTED_ACCOUNT_RULE = 'contra-rejected-account';

/**
 * Denials whose whole content is a report noun ("that account", "the company's account", "these
 * claims"), each with the account of the nearest earlier other source (not the outlet's, not the
 * headline's), from that source's first statement in its run: `[denial index, account index]`.
 */
function rejectedAccounts(
  local: readonly LocalClaim[],
  rules: ReturnType<typeof compileRules>,
): [number, number][] {
  const pairs: [number, number][] = [];
  local.forEach((claim, i) => {
    if (!claim.denied || claim.headline) return;
    const tokens = tokenize(claim.text).filter((t) => t.word);
    const last = tokens.length - 1;
    if (tokens.length < 2 || tokens.length > 4 || !rules.reportNouns.matchAt(tokens, last)) return;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = local[j];
      if (!earlier || earlier.headline || earlier.source === OUTLET_VOICE || earlier.source === claim.source)
        continue;
      // The account opens with that source's first claim in its run of statements.
      let first = j;
      while (first > 0 && [earlier.source, OUTLET_VOICE].includes(local[first - 1]?.source ?? '')) first--;
      while (local[first]?.source !== earlier.source) first++;
      pairs.push([i, first]);
      return;
    }
  });
  return pairs;
}

/**
 * Headline statements that a body statement restates (half the headline's content words or more): an
 * annotator records a headline's relations on the body statement, and the headline as its SAME_CLAIM.
 */
function headlinesWithBody(local: readonly LocalClaim[], views: readonly ClaimView[]): Set<string> {
  const condensed = new Set<string>();
  local.forEach((claim, i) => {
    const head = views[i]?.features.stems;
    if (!claim.headline || !head || head.size === 0) return;
    const restated = views.some((body, j) => {
      if (local[j]?.headline) return false;
      const shared = [...head].filter((stem) => body.features.stems.has(stem)).length;
      return shared >= Math.max(1, head.size / 2);
    });
    if (restated) condensed.add(claim.id);
  });
  return condensed;
}

/**
 * Words that many of the compared claims share (القوات الأميركية in an article about US forces) say
 * what the whole story is about, not what two claims have in common: stems found in more than a fifth
 * of the claims (and more than three) are left out of every comparison.
 */
function dropCommonStems(views: readonly ClaimView[]): void {
  const frequency = new Map<string, number>();
  for (const view of views)
    for (const stem of view.features.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const limit = Math.max(3, views.length * COMMON_STEM_SHARE);
  for (const view of views)
    for (const stem of [...view.features.stems])
      if ((frequency.get(stem) ?? 0) > limit) view.features.stems.delete(stem);
  // Likewise a predicate class that many claims share (الانسحاب in a story about a withdrawal) is the
  // story's subject, not what sets two claims apart; it still counts for agreement.
  const predicates = new Map<string, number>();
  for (const view of views)
    for (const p of view.features.predicates.keys()) predicates.set(p, (predicates.get(p) ?? 0) + 1);
  for (const view of views)
    for (const p of [...view.features.predicates.keys()])
      if ((predicates.get(p) ?? 0) > limit) {
        view.features.commonPredicates.set(p, view.features.predicates.get(p) ?? '');
        view.features.predicates.delete(p);
      }
}

const COMMON_STEM_SHARE = 0.2;
/** The source id of the outlet's own voice (pipeline/sources/source-registry.ts). */
const OUTLET_VOICE = 'outlet-voice';

/** An existing statement in the language of the new article (its gloss, or its own text and rules). */
function existingView(
  statement: ExistingStatement,
  language: ProposerLanguage,
  ruleSet: RuleSet,
): ClaimView[] {
  const ref = statement.id.includes('#') ? statement.id : `${statement.articleSlug}#${statement.id}`;
  // A reference that the annotation format cannot hold is skipped rather than written invalid.
  if (!refSchema.safeParse(ref).success) return [];
  const useGloss = statement.language !== language && statement.gloss && language === 'en';
  const textLanguage = useGloss ? 'en' : statement.language;
  if (!isProposerLanguage(textLanguage)) return [];
  const text = useGloss ? (statement.gloss as string) : statement.text;
  const rules = compileRules(ruleSet, textLanguage);
  // A denial cue governs the original words; a gloss already says "(He denied) …" in its own words.
  const denied = !useGloss && isDenial(statement.cue ?? null, ruleSet.languages[textLanguage].cues);
  const features = claimFeatures(text, rules, denied, statement.entities);
  for (const topic of statement.topics) features.topics.add(topic);
  return [
    {
      ref,
      sourceKey: `${statement.articleSlug}#${statement.source ?? statement.id}`,
      text,
      language: textLanguage,
      features,
      external: true,
    },
  ];
}

function isDenial(cue: string | null, cues: RuleSet['languages']['ar']['cues']): boolean {
  if (!cue) return false;
  const key = foldArabic(cue);
  return cues.some((rule) => rule.denial && rule.forms.some((form) => foldArabic(form) === key));
}

function isProposerLanguage(language: string): language is ProposerLanguage {
  return (PROPOSER_LANGUAGES as readonly string[]).includes(language);
}
