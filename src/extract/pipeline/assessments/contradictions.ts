/**
 * Contradiction and agreement candidates between two claims. A detector only proposes: its output
 * is recorded with `method: RULE` (or `MODEL`) and the id of what fired, never as a human judgement.
 * `ContradictionDetector` is the seam for a model-based detector; `RuleBasedDetector` implements the
 * rules of docs/proposals.md.
 */
import type { ClaimFeatures, Horizon, Quantity } from './features';
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

/** The rule-based detector: quantity, stance, polarity, timing; agreement by shared content. */
export class RuleBasedDetector implements ContradictionDetector {
  readonly method = 'RULE' as const;

  detect(a: ClaimView, b: ClaimView): Candidate | undefined {
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
    if (!related && stems.length === 0) return undefined;

    const quantity = incompatibleQuantities(fa.quantities, fb.quantities);
    // The counted noun is what makes two figures comparable, not a shared word of its own.
    const units = new Set([...fa.quantities, ...fb.quantities].map((q) => q.unit));
    if (quantity && stems.filter((stem) => !units.has(stem)).length >= 1) {
      return candidate(
        'CONTRADICTS',
        'contra-quantity',
        0.7,
        `incompatible figures (${quantity}) about ${about()}`,
      );
    }
    if (!related) return undefined;
    const predicate = opposingPredicates(fa, fb);
    if (predicate) {
      return candidate(
        'CONTRADICTS',
        'contra-predicate',
        0.55 + 0.05 * Math.min(stems.length + entities.length, 4),
        `opposing predicates (${predicate}) about ${about()}`,
      );
    }
    const shared = [...fa.predicates.keys()].filter((p) => fb.predicates.has(p));
    // Opposite polarity counts only over one predicate, or when most of the shorter claim is shared.
    const overlap = stems.length / Math.max(1, Math.min(fa.stems.size, fb.stems.size));
    if (
      fa.negative !== fb.negative &&
      fa.stance === fb.stance &&
      ((shared.length >= 1 && stems.length >= 1) || (stems.length >= 2 && overlap >= 0.5))
    ) {
      const confidence = 0.4 + 0.05 * Math.min(stems.length, 4);
      const words = shared.length
        ? `; predicate ${evidence(fa, fb, shared[0] as string, shared[0] as string)}`
        : '';
      return candidate(
        'CONTRADICTS',
        'contra-polarity',
        confidence,
        `opposite polarity${words} about ${about()}`,
      );
    }
    const timing = disjointHorizons(fa.horizons, fb.horizons);
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
    const figure = fa.quantities.find((x) =>
      fb.quantities.some((y) => y.unit === x.unit && y.value === x.value),
    );
    if (figure && fa.negative === fb.negative && stems.some((stem) => stem !== figure.unit)) {
      return candidate(
        'AGREES',
        'agree-quantity',
        0.5,
        `same figure (${figure.value} ${figure.unit}) about ${about()}`,
      );
    }
    const all = (f: ClaimFeatures): Map<string, string> => new Map([...f.predicates, ...f.commonPredicates]);
    const [pa, pb] = [all(fa), all(fb)];
    const same = [...pa.keys()].find((p) => pb.has(p));
    if (same && fa.negative === fb.negative && (topics.length >= 1 || stems.length >= 2)) {
      const neg = fa.negative ? 'not ' : '';
      const words = `${neg}${same} "${pa.get(same) ?? ''}" vs ${neg}${same} "${pb.get(same) ?? ''}"`;
      return candidate('AGREES', 'agree-predicate', 0.45, `same predicate (${words}) about ${about()}`);
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

/** The first predicate class of `a` whose opposite `b` asserts with the same polarity. */
function opposingPredicates(a: ClaimFeatures, b: ClaimFeatures): string | undefined {
  if (a.negative !== b.negative) return undefined;
  for (const p of a.predicates.keys()) {
    const q = OPPOSITE(p);
    if (q && b.predicates.has(q)) return evidence(a, b, p, q);
  }
  return undefined;
}

/** Evidence in one fixed form: `class "words" vs class "words"`. */
function evidence(a: ClaimFeatures, b: ClaimFeatures, p: string, q: string): string {
  const neg = (f: ClaimFeatures): string => (f.negative ? 'not ' : '');
  return `${neg(a)}${p} "${a.predicates.get(p) ?? ''}" vs ${neg(b)}${q} "${b.predicates.get(q) ?? ''}"`;
}

function OPPOSITE(p: string): string | undefined {
  return predicateLexicon().opposite.get(p);
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

/** Two figures counting the same thing that cannot both hold (a bound exceeded, or a ratio ≥ 1.5). */
function incompatibleQuantities(a: Quantity[], b: Quantity[]): string | undefined {
  for (const x of a) {
    for (const y of b) {
      if (x.unit !== y.unit || x.value === y.value) continue;
      const [low, high] = x.value < y.value ? [x, y] : [y, x];
      const exact = predicateLexicon().exactUnits.has(x.unit);
      const conflict = exact || low.bound === 'max' || high.bound === 'min' || high.value / low.value >= 1.5;
      if (conflict && !(low.bound === 'min' && high.bound !== 'max'))
        return `${x.value} vs ${y.value} ${x.unit}`;
    }
  }
  return undefined;
}

/** Horizons of different scale (days vs weeks); undefined when they share one. */
function disjointHorizons(a: ReadonlySet<Horizon>, b: ReadonlySet<Horizon>): string | undefined {
  if (a.size === 0 || b.size === 0 || [...a].some((h) => b.has(h))) return undefined;
  const first = HORIZON_ORDER.filter((h) => a.has(h)).join('/');
  const second = HORIZON_ORDER.filter((h) => b.has(h)).join('/');
  return `${first} vs ${second}`;
}
