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
  /** The counted noun's class or stem; `duration` (value in hours) for a span of time. */
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
  /** The classes asserted under a negation ("not urgent", لا قرار بالانسحاب), flipped by a denial. */
  negatedPredicates: Set<string>;
  /** Classes too common among the compared claims to oppose two of them (set by the assessor). */
  commonPredicates: Map<string, string>;
  /** Unit classes of the nouns named, counted or not ("the frigates", "those ships" → ships). */
  kinds: Set<string>;
  /**
   * What a negation or a denial is about: the stems (and classes) of the first content words after
   * "not", "no", "any", لا، أي, or of a denied claim's first words ("denied receiving any complaint").
   */
  focus: Set<string>;
  /** Dates named (month, day and year when given), with a bound ("by March", "not before summer"). */
  dates: DateMention[];
}

/** A date as a claim names it; `bound` is `max` for "by", `min` for "not before" / "after". */
export interface DateMention {
  month: number;
  day?: number;
  year?: number;
  bound: 'max' | 'min' | 'about';
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
  const { focus, kinds } = focusAndKinds(tokens, rules, denied && !negated);
  return {
    stems: contentStems(tokens, rules),
    topics: new Set(lexicon.topics.findAll(tokens).map((m) => m.value)),
    entities: new Set([...rules.entities.findAll(tokens).map((m) => m.value.id), ...entities]),
    negative,
    stance,
    horizons: new Set(lexicon.timing.findAll(tokens).map((m) => m.value)),
    quantities: quantities(tokens, lexicon),
    predicates: predicateClasses(tokens),
    negatedPredicates: negatedClasses(tokens, rules, denied),
    commonPredicates: new Map(),
    kinds,
    focus,
    dates: dates(tokens),
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

const NEGATION_SCOPE = 6;
const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'لكن', 'بل', 'بينما']);

/** Classes whose words follow a negation within a few words (or none does, under a denial). */
function negatedClasses(tokens: readonly Token[], rules: CompiledRules, denied: boolean): Set<string> {
  const negatedAt = new Set<number>();
  tokens.forEach((token, i) => {
    const negation = rules.negations.matchAt(tokens, i);
    const from = negation ? negation.end : token.key.endsWith("n't") ? i + 1 : -1;
    // A negation reaches a few words on, to the end of its clause: "had not asked Washington to extend".
    for (let j = from; from >= 0 && j < from + NEGATION_SCOPE; j++) {
      const next = tokens[j];
      if (!next || !next.word || CLAUSE_BREAKS.has(next.key)) break;
      negatedAt.add(j);
    }
  });
  const negated = new Set<string>();
  const asserted = new Set<string>();
  for (const match of predicateLexicon().matcher.findAll(tokens)) {
    const under = negatedAt.has(match.start) || rules.negations.matchAt(tokens, match.start) !== undefined;
    (under !== denied ? negated : asserted).add(match.value);
  }
  // A class both asserted and negated ("not X but X") counts as asserted.
  for (const c of asserted) negated.delete(c);
  return negated;
}

/** Light stems of the content words (no function words, negations, numbers or one-letter words). */
function contentStems(tokens: readonly Token[], rules: CompiledRules): Set<string> {
  const stems = new Set<string>();
  const { stopwords } = predicateLexicon();
  tokens.forEach((token, i) => {
    if (!token.word || /^\p{N}+(?:[.,]\p{N}+)?$/u.test(token.key)) return;
    if (
      rules.functionWords.has(token.key) ||
      stopwords.has(token.key) ||
      rules.negations.matchAt(tokens, i) ||
      rules.complementizers.matchAt(tokens, i)
    )
      return;
    const stem = inflectionless(stemOf(token));
    if ([...stem].length >= 3) stems.add(stem);
  });
  return stems;
}

/**
 * "spilled" and "spill", "warned" and "warning": English verb endings dropped for comparing claims
 * (the search stemmer keeps them; its index must not change).
 */
function inflectionless(stem: string): string {
  const match = /^([a-z]{3,}?)(?:ed|ing)$/u.exec(stem);
  if (!match?.[1] || stem.length < 6) return stem;
  const base = match[1];
  return /([bdgmnprt])\1$/u.test(base) ? base.slice(0, -1) : base;
}

/** A token's light stem; the accusative tanween is written on an alif (عرضًا): the alif is an ending. */
export function stemOf(token: Token): string {
  const key = /\u064B/u.test(token.text) && token.key.endsWith('ا') ? token.key.slice(0, -1) : token.key;
  return stemToken(key);
}

function isContent(tokens: readonly Token[], i: number, rules: CompiledRules): boolean {
  const token = tokens[i] as Token;
  if (!token.word || /^\p{N}+$/u.test(token.key)) return false;
  return !(
    rules.functionWords.has(token.key) ||
    predicateLexicon().stopwords.has(token.key) ||
    predicateLexicon().stopwords.has(stemOf(token)) ||
    predicateLexicon().focusMarkers.has(token.key) ||
    rules.negations.matchAt(tokens, i) ||
    rules.complementizers.matchAt(tokens, i)
  );
}

const FOCUS_WORDS = 1;
const FOCUS_REACH = 3;

/**
 * The focus of a negation or denial: the stems of the first content words after it, and the unit or
 * predicate class of the first (`class:id`); "any" / أي opens a focus only in a negative claim. Also
 * the unit classes of every noun of the claim.
 */
function focusAndKinds(
  tokens: readonly Token[],
  rules: CompiledRules,
  denied: boolean,
): { focus: Set<string>; kinds: Set<string> } {
  const { units, matcher, focusMarkers, notFocus, conditionals } = predicateLexicon();
  const focus = new Set<string>();
  const kinds = new Set<string>();
  const classOf = (token: Token): string | undefined => units.get(token.key) ?? units.get(stemOf(token));
  const take = (from: number): void => {
    let taken = 0;
    // The head stands right after the negation or "any" (a word or two on), not further.
    for (let j = from; j < Math.min(tokens.length, from + FOCUS_REACH) && taken < FOCUS_WORDS; j++) {
      const token = tokens[j] as Token;
      if (!token.word) {
        if (/[.,;،؛:]/u.test(token.key) && taken > 0) return;
        continue;
      }
      // "not only", لن يقتصر على: a negation that adds, not one that denies.
      if (taken === 0 && notFocus.has(token.key)) return;
      if (!isContent(tokens, j, rules) || [...stemOf(token)].length < 3) continue;
      // The head word ("any offer"), its stem and its unit or predicate class.
      focus.add(stemOf(token));
      const kind = classOf(token);
      const predicate = matcher.matchAt(tokens, j);
      if (kind) focus.add(`class:${kind}`);
      if (predicate) focus.add(`class:${predicate.value}`);
      taken++;
    }
  };
  let negative = denied;
  tokens.forEach((token, i) => {
    if (!token.word) return;
    const kind = classOf(token);
    if (kind) kinds.add(kind);
    const negation = rules.negations.matchAt(tokens, i);
    // غير is as often a prefix ("غير الشرعية", illegal) as a denial; "if not" states a condition.
    const conditional = conditionals.has(tokens[i - 1]?.key ?? '');
    if (negation && !notFocus.has(token.key) && !conditional) {
      negative = true;
      take(negation.end);
    } else if (focusMarkers.has(token.key) && negative) take(i + 1);
  });
  // A denied claim is about its first words too ("denied receiving any complaint": receiving).
  if (denied) take(0);
  return { focus, kinds };
}

/** Dates: a month (or season) name, with a day number before it and a year after it when given. */
function dates(tokens: readonly Token[]): DateMention[] {
  const { months, before, after } = predicateLexicon();
  const found: DateMention[] = [];
  for (const match of months.findAll(tokens)) {
    const prev = tokens[match.start - 1];
    const next = tokens[match.end];
    const day = prev && /^\d{1,2}$/u.test(prev.key) ? Number(prev.key) : undefined;
    const after1 = next && /^\d{1,2}$/u.test(next.key) ? Number(next.key) : undefined;
    const yearToken = [tokens[match.end], tokens[match.end + 1]].find(
      (t) => t && /^(19|20)\d\d$/u.test(t.key),
    );
    const window = tokens.slice(Math.max(0, match.start - 4), match.start);
    // "will not happen before summer": a negated "before" is an "after".
    const negated = window.some((t) => NEGATORS.has(t.key));
    const isBefore = before.findAll(window).length > 0;
    const bound =
      after.findAll(window).length > 0 || (isBefore && negated) ? 'min' : isBefore ? 'max' : 'about';
    found.push({
      month: match.value,
      day: day ?? after1,
      year: yearToken ? Number(yearToken.key) : undefined,
      bound,
    });
  }
  return found;
}

const ONLY = new Set(['فقط', 'only', 'just']);

function quantities(tokens: readonly Token[], lexicon: FeatureLexicon): Quantity[] {
  const found: Quantity[] = [];
  let floor: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "و42 جريحًا": a conjunction or preposition written onto the figure.
    const key = /^[وبل]\d/u.test(token.key) ? token.key.slice(1) : token.key;
    let value = /^\d+(?:[.,]\d+)?$/u.test(key)
      ? Number(key.replace(',', '.'))
      : lexicon.numbers.get(token.key);
    let next = i + 1;
    const start = i;
    // "1,500" and "2,300,000": thousands separated by commas are one figure, not two.
    if (/^\d{1,3}$/u.test(token.key)) {
      let digits = token.key;
      while (tokens[next]?.text === ',' && /^\d{3}$/u.test(tokens[next + 1]?.key ?? '')) {
        digits += tokens[next + 1]?.key ?? '';
        next += 2;
      }
      if (digits !== token.key) {
        value = Number(digits);
        i = next - 1;
      }
    }
    const { durations, dualDurations } = predicateLexicon();
    const dualSpan = dualDurations.get(token.key);
    if (dualSpan !== undefined) {
      found.push({ value: dualSpan, unit: DURATION, bound: bound(tokens, start, lexicon) });
      continue;
    }
    const dual = lexicon.duals.get(token.key);
    if (dual !== undefined) value = dual;
    else if (value !== undefined) {
      const multiplier =
        lexicon.multipliers.get(tokens[next]?.key ?? '') ??
        predicateLexicon().multipliers.get(tokens[next]?.key ?? '');
      if (multiplier !== undefined) {
        value *= multiplier;
        next++;
      }
    }
    if (value === undefined) continue;
    // "لعام 2027 بأغلبية 142 نائبًا": a year, not a count.
    if (Number.isInteger(value) && value >= 1900 && value <= 2100 && next === i + 1) continue;
    // "3 تشرين الثاني", "March 3": a day of a date, not a figure.
    const { months } = predicateLexicon();
    if (months.matchAt(tokens, next) || (i > 0 && months.findAll(tokens, Math.max(0, i - 2), i).length > 0))
      continue;
    const unit = tokens[next];
    const event = eventBefore(tokens, start);
    if (event && (!unit || !unit.word)) {
      // "blast kills two": the event counted, with no noun after the figure.
      found.push({ value, unit: event, bound: bound(tokens, start, lexicon) });
      continue;
    }
    if (!unit || (!unit.word && unit.key !== '%')) {
      // "fewer than 1,500.", "لا يتعدى 400": a bounded figure whose counted noun the claim leaves out.
      const b = bound(tokens, start, lexicon);
      if (b !== 'about' || next > i + 1) found.push({ value, unit: ANY_UNIT, bound: b });
      continue;
    }
    const hours = durations.get(unit.key) ?? durations.get(stemOf(unit));
    if (hours !== undefined) {
      found.push({ value: value * hours, unit: DURATION, bound: bound(tokens, start, lexicon) });
      i = next;
      continue;
    }
    // "40 في المئة", "40 per cent", "40 percent", "40%": one unit, the percentage.
    const percent =
      unit.key === '%' || PERCENT.has(unit.key) || PERCENT.has(`${unit.key} ${tokens[next + 1]?.key ?? ''}`);
    if (percent && !PERCENT.has(unit.key)) next++;
    // "between 120 and 150 tonnes": the first figure is the range's floor, in the second's unit.
    if (
      unit.key === 'and' &&
      tokens[start - 1]?.key === 'between' &&
      /^\d/u.test(tokens[next + 1]?.key ?? '')
    ) {
      floor = value;
      continue;
    }
    // "118 نائبًا فقط", "only 118 MPs": a figure said to be small is a ceiling.
    const only = ONLY.has(tokens[next + 1]?.key ?? '') || ONLY.has(tokens[start - 1]?.key ?? '');
    const counted = percent ? '%' : unitOf(tokens, next, start);
    const ranged = floor !== undefined;
    if (floor !== undefined) found.push({ value: floor, unit: counted, bound: 'min' });
    floor = undefined;
    found.push({ value, unit: counted, bound: ranged || only ? 'max' : bound(tokens, start, lexicon) });
    i = next;
  }
  return found;
}

export const DURATION = 'duration';
/** The unit of a figure whose counted noun is left out: it may count what the other figure counts. */
export const ANY_UNIT = '?';

/**
 * The bound the words before a figure put on it: "no more than", "within" (max); "more than", "at
 * least" (min). A lower bound under a negation earlier in the claim is an upper one: لم يكن … أكثر من.
 */
function bound(tokens: readonly Token[], at: number, lexicon: FeatureLexicon): Quantity['bound'] {
  const extra = predicateLexicon();
  const before = tokens.slice(Math.max(0, at - 3), at);
  const upper = lexicon.upper.findAll(before).length > 0 || extra.upper.findAll(before).length > 0;
  if (upper) return 'max';
  const lower = lexicon.lower.findAll(before).length > 0 || extra.lower.findAll(before).length > 0;
  if (!lower) return 'about';
  const negations = tokens.slice(Math.max(0, at - NEGATION_REACH), at).some((t) => NEGATORS.has(t.key));
  return negations ? 'max' : 'min';
}

const NEGATION_REACH = 8;
const NEGATORS = new Set(['لم', 'لا', 'ليس', 'لن', 'not', 'never', 'no']);

const UNIT_LOOKAHEAD = 4;

/**
 * The counted noun at `at` as its unit class (injured / hurt → injured), else its stem; "three were
 * injured", "five miners had been hurt": a class word a few words on names what is counted.
 */
function unitOf(tokens: readonly Token[], at: number, numberAt = at - 1): string {
  const { units } = predicateLexicon();
  const classOf = (token: Token | undefined): string | undefined =>
    token?.word ? (units.get(token.key) ?? units.get(stemOf(token))) : undefined;
  // "Two workers were killed": what happened to them (killed) is the count, not who they were.
  const ahead: string[] = [];
  for (let j = at; j < at + UNIT_LOOKAHEAD && tokens[j]?.word; j++) ahead.push(classOf(tokens[j]) ?? '');
  const { eventUnits } = predicateLexicon();
  const chosen =
    ahead.find((c) => eventUnits.has(c)) ?? eventBefore(tokens, numberAt) ?? ahead.find((c) => c !== '');
  if (chosen) return chosen;
  return stemOf(tokens[at] as Token);
}

/** "killing two workers", "مقتل 11 راكبًا": an event word right before the figure is what it counts. */
function eventBefore(tokens: readonly Token[], numberAt: number): string | undefined {
  const { units, eventUnits } = predicateLexicon();
  for (let j = numberAt - 1; j >= Math.max(0, numberAt - 2); j--) {
    const token = tokens[j];
    if (!token?.word) return undefined;
    const c = units.get(token.key) ?? units.get(stemOf(token));
    if (c && eventUnits.has(c)) return c;
  }
  return undefined;
}
