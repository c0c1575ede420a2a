/**
 * What the contradiction rules compare: a claim's content stems, topics and entities (is it about the
 * same thing?), and its polarity, stance (status quo or change), time horizon and quantities (can
 * both be true?). Computed from text, so statements already in the graph are described the same way.
 */
import type { CompiledRules } from '../../rules-engine/compile-rules';
import { PhraseMatcher } from '../../rules-engine/phrase-matcher';
import { tokenize } from '../../text/tokens';
import type { Token } from '../../text/tokens';
import { foldArabic } from '../../../text/arabic-fold';
import { stemToken } from '../../../text/arabic-stem';
import { predicateLexicon } from './predicates';

/** A quantity: a value with the word it counts and whether the text bounds it. */
export interface Quantity {
  value: number;
  unit: string;
  bound: 'max' | 'min' | 'about';
}

export type Horizon = 'days' | 'weeks' | 'months' | 'years';

/** The features of one claim. */
export interface ClaimFeatures {
  stems: Set<string>;
  topics: Set<string>;
  entities: Set<string>;
  /** The words are negative (لا، لم، not), flipped when a denial cue governs them. */
  negative: boolean;
  stance: 'status-quo' | 'change' | null;
  horizons: Set<Horizon>;
  quantities: Quantity[];
  /** Predicate classes of rules/predicates.yaml found in the text, with the words that matched. */
  predicates: Map<string, string>;
  /** Classes too common among the compared claims to oppose two of them (set by the assessor). */
  commonPredicates: Map<string, string>;
}

/** Matchers built once per language from the gazetteer's lexicons. */
export interface FeatureLexicon {
  statusQuo: PhraseMatcher<string>;
  change: PhraseMatcher<string>;
  timing: PhraseMatcher<Horizon>;
  topics: PhraseMatcher<string>;
  upper: PhraseMatcher<string>;
  lower: PhraseMatcher<string>;
  numbers: Map<string, number>;
  multipliers: Map<string, number>;
  duals: Map<string, number>;
}

const lexicons = new WeakMap<CompiledRules, FeatureLexicon>();
const CLITICS = ['و', 'ف', 'ب', 'ل'];
const PERCENT = new Set(
  ['percent', 'per cent', 'بالمئة', 'بالمائة', 'في المئة', 'في المائة', 'المئة'].map(foldArabic),
);

/** The lexicon of `rules` (built once). */
export function featureLexicon(rules: CompiledRules): FeatureLexicon {
  const hit = lexicons.get(rules);
  if (hit) return hit;
  const { stance, timing, topics, numbers } = rules.gazetteer;
  const plain = (forms: readonly string[]): PhraseMatcher<string> =>
    new PhraseMatcher(
      forms.map((phrase) => ({ phrase, value: phrase })),
      CLITICS,
    );
  const folded = (record: Record<string, number>): Map<string, number> =>
    new Map(Object.entries(record).map(([k, v]) => [foldArabic(k), v]));
  const lexicon: FeatureLexicon = {
    statusQuo: plain(stance.statusQuo),
    change: plain(stance.change),
    timing: new PhraseMatcher(
      Object.entries(timing).flatMap(([horizon, forms]) =>
        (forms ?? []).map((phrase) => ({ phrase, value: horizon as Horizon })),
      ),
      CLITICS,
    ),
    topics: new PhraseMatcher(
      topics.flatMap((t) => t.terms.map((phrase) => ({ phrase, value: t.id }))),
      CLITICS,
    ),
    upper: plain(numbers.upperBounds),
    lower: plain(numbers.lowerBounds),
    numbers: folded(numbers.words),
    multipliers: folded(numbers.multipliers),
    duals: folded(numbers.duals),
  };
  lexicons.set(rules, lexicon);
  return lexicon;
}

/**
 * Features of `text` under `rules`. `denied` flips the polarity (a claim reported under نفى).
 * `entities` are added to the gazetteer's (a caller may know them from the graph).
 */
export function claimFeatures(
  text: string,
  rules: CompiledRules,
  denied: boolean,
  entities: readonly string[] = [],
): ClaimFeatures {
  const tokens = tokenize(text);
  const lexicon = featureLexicon(rules);
  const negated = rules.negations.findAll(tokens).length > 0 || tokens.some((t) => t.key.endsWith("n't"));
  const negative = negated !== denied;
  const changed = lexicon.change.findAll(tokens).length > 0;
  const kept = lexicon.statusQuo.findAll(tokens).length > 0;
  let stance: ClaimFeatures['stance'] = null;
  if (changed) stance = negative ? 'status-quo' : 'change';
  else if (kept) stance = negative ? 'change' : 'status-quo';
  return {
    stems: contentStems(tokens, rules),
    topics: new Set(lexicon.topics.findAll(tokens).map((m) => m.value)),
    entities: new Set([...rules.entities.findAll(tokens).map((m) => m.value.id), ...entities]),
    negative,
    stance,
    horizons: new Set(lexicon.timing.findAll(tokens).map((m) => m.value)),
    quantities: quantities(tokens, lexicon),
    predicates: predicateClasses(tokens),
    commonPredicates: new Map(),
  };
}

function predicateClasses(tokens: readonly Token[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of predicateLexicon().matcher.findAll(tokens))
    if (!found.has(match.value))
      found.set(
        match.value,
        tokens
          .slice(match.start, match.end)
          .map((t) => t.text)
          .join(' '),
      );
  return found;
}

/** Light stems of the content words (no function words, negations, numbers or one-letter words). */
function contentStems(tokens: readonly Token[], rules: CompiledRules): Set<string> {
  const stems = new Set<string>();
  const { stopwords } = predicateLexicon();
  tokens.forEach((token, i) => {
    if (!token.word || /^\p{N}+$/u.test(token.key)) return;
    if (
      rules.functionWords.has(token.key) ||
      stopwords.has(token.key) ||
      rules.negations.matchAt(tokens, i) ||
      rules.complementizers.matchAt(tokens, i)
    )
      return;
    // The accusative tanween is written on an alif (عرضًا): the alif is an ending, not part of the stem.
    const key = /\u064B/u.test(token.text) && token.key.endsWith('ا') ? token.key.slice(0, -1) : token.key;
    const stem = stemToken(key);
    if ([...stem].length >= 3) stems.add(stem);
  });
  return stems;
}

function quantities(tokens: readonly Token[], lexicon: FeatureLexicon): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let value = /^\d+(?:[.,]\d+)?$/u.test(token.key)
      ? Number(token.key.replace(',', '.'))
      : lexicon.numbers.get(token.key);
    let next = i + 1;
    const dual = lexicon.duals.get(token.key);
    if (dual !== undefined) value = dual;
    else if (value !== undefined) {
      const multiplier = lexicon.multipliers.get(tokens[next]?.key ?? '');
      if (multiplier !== undefined) {
        value *= multiplier;
        next++;
      }
    }
    if (value === undefined) continue;
    const unit = tokens[next];
    if (!unit || (!unit.word && unit.key !== '%')) continue;
    const before = tokens.slice(Math.max(0, i - 3), i);
    const bound =
      lexicon.upper.findAll(before).length > 0
        ? 'max'
        : lexicon.lower.findAll(before).length > 0
          ? 'min'
          : 'about';
    // "40 في المئة", "40 per cent", "40 percent", "40%": one unit, the percentage.
    const percent =
      unit.key === '%' || PERCENT.has(unit.key) || PERCENT.has(`${unit.key} ${tokens[next + 1]?.key ?? ''}`);
    if (percent && !PERCENT.has(unit.key)) next++;
    found.push({ value, unit: percent ? '%' : unitOf(tokens, next), bound });
    i = next;
  }
  return found;
}

const UNIT_LOOKAHEAD = 4;

/**
 * The counted noun at `at` as its unit class (injured / hurt → injured), else its stem; "three were
 * injured", "five miners had been hurt": a class word a few words on names what is counted.
 */
function unitOf(tokens: readonly Token[], at: number): string {
  const { units } = predicateLexicon();
  const classOf = (token: Token | undefined): string | undefined =>
    token?.word ? (units.get(token.key) ?? units.get(stemToken(token.key))) : undefined;
  const direct = classOf(tokens[at]);
  if (direct) return direct;
  for (let j = at + 1; j < at + UNIT_LOOKAHEAD && tokens[j]?.word; j++) {
    const later = classOf(tokens[j]);
    if (later) return later;
  }
  return stemToken((tokens[at] as Token).key);
}
