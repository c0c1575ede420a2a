/**
 * Contradiction and agreement candidates between two claims. A detector only proposes: its output
 * is recorded with `method: RULE` (or `MODEL`) and the id of what fired, never as a human judgement.
 * `ContradictionDetector` is the seam for a model-based detector; `RuleBasedDetector` implements the
 * rules of docs/proposals.md.
 */
import type { ClaimFeatures, Horizon } from './features';
import { DURATION } from './features';
import { incompatibleDates, incompatibleQuantities, sameFigure } from './figures';
import { predicateLexicon } from './predicates';

/** One claim as a detector sees it. */
export interface ClaimView {
  /** The reference written into the assessment: a local id or `slug#id`. */
  ref: string;
  /** Who said it (a source id, or `slug#source` for another article); claims of one source are not compared. */
  sourceKey: string;
  /** The text compared, and its language (an English gloss may stand in for an Arabic original). */
  text: string;
  language: string;
  features: ClaimFeatures;
  /** A statement of another article (from the graph). */
  external?: boolean;
  /** The outlet's own voice (no source): its background mentions are not claims a denial answers. */
  outletVoice?: boolean;
  /** On the headline line. */
  headline?: boolean;
  /** The outlet's own unhedged body sentence: background that no source's claim is set against. */
  background?: boolean;
}

/** A proposed relation between two claims. */
export interface Candidate {
  relation: 'CONTRADICTS' | 'AGREES';
  rule: string;
  confidence: number;
  rationale: string;
}

/** Anything that can propose a relation between two claims (rules now, a model later). */
export interface ContradictionDetector {
  /** `RULE` or `MODEL`: written into every assessment it proposes. */
  readonly method: 'RULE' | 'MODEL';
  detect(a: ClaimView, b: ClaimView): Candidate | undefined;
}

const HORIZON_ORDER: readonly Horizon[] = ['days', 'weeks', 'months', 'years'];

/** The rule-based detector: stance, figures, dates, predicates, polarity and focus, timing; agreement. */
export class RuleBasedDetector implements ContradictionDetector {
  readonly method = 'RULE' as const;

  detect(a: ClaimView, b: ClaimView): Candidate | undefined {
    const found = this.candidate(a, b);
    // Background ("The port handles about 14 million tonnes a year") is not a claim in the dispute.
    if (found?.relation === 'CONTRADICTS' && (a.background || b.background)) return undefined;
    return found;
  }

  private candidate(a: ClaimView, b: ClaimView): Candidate | undefined {
    if (a.sourceKey === b.sourceKey) return undefined;
    const fa = a.features;
    const fb = b.features;
    const stems = intersect(fa.stems, fb.stems);
    const topics = intersect(fa.topics, fb.topics);
    const entities = intersect(fa.entities, fb.entities);
    const about = (): string => describe(stems, topics, entities);
    const related =
      stems.length >= 2 ||
      (topics.length >= 1 && (stems.length >= 1 || entities.length >= 1 || a.language !== b.language));
    // The topic vocabularies are specific enough that a shared topic alone makes two stances comparable.
    if (fa.stance && fb.stance && fa.stance !== fb.stance && topics.length >= 1) {
      const confidence = 0.5 + 0.05 * Math.min(stems.length + entities.length, 4);
      return candidate(
        'CONTRADICTS',
        'contra-stance',
        confidence,
        `one claims no change, the other a change, about ${about()}`,
      );
    }
    // Claims of two articles are about one fact only if they name the same people or places.
    // (Across languages, without a gloss, a shared topic stands in for the words.)
    const external = a.external || b.external;
    if (external && entities.length === 0 && !(a.language !== b.language && topics.length >= 1))
      return undefined;
    const classes = sharedClasses(fa, fb);
    const figure = figureConflict(fa, fb, stems, classes);
    if (figure) return figure(about());
    const predicate = opposingPredicates(fa, fb);
    if (
      !related &&
      stems.length === 0 &&
      classes.length === 0 &&
      fa.focus.size + fb.focus.size === 0 &&
      !predicate
    )
      return undefined;

    // Rare contraries (unanimous / divided) need nothing more in one article; common ones need a
    // shared word, class or a different time scale ("back to normal within days" / "for weeks").
    const timing = disjointHorizons(fa.horizons, fb.horizons);
    const specific = predicate?.specific && !a.external && !b.external;
    if (predicate && (related || stems.length >= 1 || classes.length >= 1 || timing || specific)) {
      return candidate(
        'CONTRADICTS',
        'contra-predicate',
        0.55 + 0.05 * Math.min(stems.length + entities.length, 4),
        `opposing predicates (${predicate.words}) about ${about()}`,
      );
    }
    // A denial answers a source's claim, not the outlet's background or a headline's summary.
    const answers = !a.outletVoice && !b.outletVoice && !a.headline && !b.headline;
    const flipped =
      !a.headline && !b.headline && fa.negative !== fb.negative ? flippedPredicate(fa, fb) : undefined;
    if (flipped && stems.length >= 1) {
      return candidate(
        'CONTRADICTS',
        'contra-polarity',
        0.45 + 0.05 * Math.min(stems.length, 4),
        `opposite polarity; predicate ${flipped} about ${about()}`,
      );
    }
    const focus = answers
      ? (focusConflict(fa, fb, stems.length) ?? focusConflict(fb, fa, stems.length))
      : undefined;
    if (focus) {
      return candidate(
        'CONTRADICTS',
        'contra-focus',
        0.45 + 0.05 * Math.min(stems.length + classes.length, 6),
        `one denies ${focus}, the other asserts it, about ${about()}`,
      );
    }
    if (timing && (stems.length >= 1 || topics.length >= 1)) {
      return candidate(
        'CONTRADICTS',
        'contra-timing',
        0.45,
        `incompatible timing (${timing}) about ${about()}`,
      );
    }
    if (fa.stance && fa.stance === fb.stance && fa.negative === fb.negative && topics.length >= 1) {
      return candidate('AGREES', 'agree-stance', 0.5, `both claim ${fa.stance} about ${about()}`);
    }
    const same = sameFigure(fa.quantities, fb.quantities);
    if (same && fa.negative === fb.negative && stems.some((stem) => stem !== same.unit)) {
      return candidate(
        'AGREES',
        'agree-quantity',
        0.5,
        `same figure (${same.value} ${same.unit}) about ${about()}`,
      );
    }
    const contrary = negatedContrary(fa, fb) ?? negatedContrary(fb, fa);
    if (contrary && (stems.length >= 1 || topics.length >= 1)) {
      return candidate(
        'AGREES',
        'agree-contrary',
        0.45,
        `one asserts what the other denies the contrary of (${contrary}) about ${about()}`,
      );
    }
    const shared = sharedPredicate(fa, fb, stems.length, topics.length, entities.length);
    if (shared) {
      return candidate('AGREES', 'agree-predicate', 0.45, `same predicate (${shared}) about ${about()}`);
    }
    const union = new Set([...fa.stems, ...fb.stems]).size;
    if (
      fa.negative === fb.negative &&
      fa.stance === fb.stance &&
      stems.length >= 3 &&
      stems.length / union >= 0.25
    ) {
      return candidate(
        'AGREES',
        'agree-shared-content',
        0.4 + 0.05 * Math.min(stems.length, 6),
        `same polarity and shared content: ${about()}`,
      );
    }
    return undefined;
  }
}

/** Predicate classes (common ones too) and unit classes named by both claims. */
function sharedClasses(a: ClaimFeatures, b: ClaimFeatures): string[] {
  const all = (f: ClaimFeatures): Set<string> =>
    new Set([...f.predicates.keys(), ...f.commonPredicates.keys(), ...f.kinds]);
  return intersect(all(a), all(b));
}

/**
 * Figures, durations and dates that cannot both hold, about the same thing: a shared word beside the
 * counted noun, a shared class, or a count of one event (killed); a bound that the other figure
 * exceeds ("no more than 109" vs 142) needs only the counted noun.
 */
function figureConflict(
  a: ClaimFeatures,
  b: ClaimFeatures,
  stems: string[],
  classes: string[],
): ((about: string) => Candidate) | undefined {
  const units = new Set([...a.quantities, ...b.quantities].map((q) => q.unit));
  const predicates = classes.filter((c) => !units.has(c));
  // A word of the figure itself (نائبًا for a count of legislators) is not a second shared word.
  const unitOfStem = predicateLexicon().units;
  const beside =
    stems.filter((stem) => !units.has(stem) && !units.has(unitOfStem.get(stem) ?? '')).length +
    predicates.length;
  const quantity = incompatibleQuantities(a.quantities, b.quantities);
  if (quantity) {
    const { eventUnits } = predicateLexicon();
    const named = quantity.unit === '%' || unitClass(quantity.unit);
    const ok =
      beside >= 1 ||
      eventUnits.has(quantity.unit) ||
      predicateLexicon().exactUnits.has(quantity.unit) ||
      (quantity.bounded && named && quantity.unit !== DURATION);
    if (ok)
      return (about) =>
        candidate(
          'CONTRADICTS',
          'contra-quantity',
          quantity.bounded ? 0.7 : 0.6,
          `incompatible figures (${quantity.words}) about ${about}`,
        );
  }
  const date = incompatibleDates(a.dates, b.dates);
  if (date && beside >= 1)
    return (about) =>
      candidate('CONTRADICTS', 'contra-date', 0.5, `different dates (${date}) about ${about}`);
  return undefined;
}

function unitClass(c: string): boolean {
  return [...predicateLexicon().units.values()].includes(c);
}

/** The first predicate class of `a` whose opposite `b` asserts, both with the same polarity. */
function opposingPredicates(
  a: ClaimFeatures,
  b: ClaimFeatures,
): { words: string; specific: boolean } | undefined {
  const { opposite, specific } = predicateLexicon();
  for (const p of a.predicates.keys()) {
    for (const q of opposite.get(p) ?? []) {
      if (!b.predicates.has(q)) continue;
      if (a.negatedPredicates.has(p) === b.negatedPredicates.has(q))
        return { words: evidence(a, b, p, q), specific: specific.has(p) && specific.has(q) };
    }
  }
  return undefined;
}

/** "Threats continue" and "threats have not gone away": `a` asserts a class whose contrary `b` negates. */
function negatedContrary(a: ClaimFeatures, b: ClaimFeatures): string | undefined {
  for (const p of a.predicates.keys()) {
    if (a.negatedPredicates.has(p)) continue;
    for (const q of predicateLexicon().opposite.get(p) ?? [])
      if (b.predicates.has(q) && b.negatedPredicates.has(q)) return evidence(a, b, p, q);
  }
  return undefined;
}

/** One class, common or not, asserted by one claim and negated by the other. */
function flippedPredicate(a: ClaimFeatures, b: ClaimFeatures): string | undefined {
  const all = (f: ClaimFeatures): Map<string, string> => new Map([...f.predicates, ...f.commonPredicates]);
  const [pa, pb] = [all(a), all(b)];
  for (const p of pa.keys())
    if (pb.has(p) && a.negatedPredicates.has(p) !== b.negatedPredicates.has(p))
      return evidence(a, b, p, p, pa, pb);
  return undefined;
}

/**
 * What `a` denies or negates (its focus: "any offer", "not a response") stated by `b` without a
 * negation: the same stem, or a word of the same class.
 */
function focusConflict(a: ClaimFeatures, b: ClaimFeatures, stems: number): string | undefined {
  if (a.focus.size === 0 || b.negative) return undefined;
  const common = new Set([...a.commonPredicates.keys(), ...b.commonPredicates.keys()]);
  const said = new Set<string>([
    ...b.stems,
    ...[...b.kinds].map((k) => `class:${k}`),
    ...[...b.predicates.keys(), ...b.commonPredicates.keys()].map((p) => `class:${p}`),
  ]);
  // The story's subject (a common class: الانسحاب in a withdrawal story) needs a shared word besides.
  const hit = [...a.focus].filter(
    (f) => said.has(f) && (!f.startsWith('class:') || !common.has(f.slice(6)) || stems >= 1),
  );
  return hit.length ? `"${hit.map((h) => h.replace('class:', '')).join(' ')}"` : undefined;
}

/** One predicate class with the same polarity in both, about the same thing. */
function sharedPredicate(
  a: ClaimFeatures,
  b: ClaimFeatures,
  stems: number,
  topics: number,
  entities: number,
): string | undefined {
  const all = (f: ClaimFeatures): Map<string, string> => new Map([...f.predicates, ...f.commonPredicates]);
  const [pa, pb] = [all(a), all(b)];
  for (const p of pa.keys()) {
    // The claims' polarity: a negation may stand out of reach of the class word ("لم تتلق طلبًا … لتمديد").
    if (!pb.has(p) || a.negative !== b.negative) continue;
    const common = a.commonPredicates.has(p) || b.commonPredicates.has(p);
    // The story's subject (a common class) needs two shared words: its topic is the whole story's too.
    // Two denials of one class ("no decision to withdraw", "no timetable for leaving") agree.
    const denied = a.negatedPredicates.has(p) && b.negatedPredicates.has(p);
    const enough = common
      ? stems >= 2 || (topics >= 1 && entities >= 1) || denied
      : topics >= 1 || stems >= 1 || denied;
    if (enough) return evidence(a, b, p, p, pa, pb);
  }
  return undefined;
}

function candidate(
  relation: Candidate['relation'],
  rule: string,
  confidence: number,
  why: string,
): Candidate {
  const rounded = Math.round(Math.min(confidence, 0.85) * 100) / 100;
  return {
    relation,
    rule,
    confidence: rounded,
    rationale: `Proposed by rule ${rule}: ${why}. Needs review.`,
  };
}

/** Evidence in one fixed form: `class "words" vs class "words"`. */
function evidence(
  a: ClaimFeatures,
  b: ClaimFeatures,
  p: string,
  q: string,
  pa: ReadonlyMap<string, string> = a.predicates,
  pb: ReadonlyMap<string, string> = b.predicates,
): string {
  const neg = (f: ClaimFeatures, c: string): string => (f.negatedPredicates.has(c) ? 'not ' : '');
  return `${neg(a, p)}${p} "${pa.get(p) ?? ''}" vs ${neg(b, q)}${q} "${pb.get(q) ?? ''}"`;
}

function intersect<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] {
  return [...a].filter((x) => b.has(x));
}

function describe(stems: string[], topics: string[], entities: string[]): string {
  const parts = [
    topics.length ? `topics ${topics.join(', ')}` : '',
    entities.length ? `entities ${entities.join(', ')}` : '',
    stems.length ? `shared words ${stems.slice(0, 5).join(' ')}` : '',
  ].filter(Boolean);
  return parts.join('; ') || 'the same subject';
}

/** Horizons of different scale (days vs weeks); undefined when they share one. */
function disjointHorizons(a: ReadonlySet<Horizon>, b: ReadonlySet<Horizon>): string | undefined {
  if (a.size === 0 || b.size === 0 || [...a].some((h) => b.has(h))) return undefined;
  const first = HORIZON_ORDER.filter((h) => a.has(h)).join('/');
  const second = HORIZON_ORDER.filter((h) => b.has(h)).join('/');
  return `${first} vs ${second}`;
}
