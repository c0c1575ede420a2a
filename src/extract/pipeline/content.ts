/**
 * From a clause to statements: trims what is not the claim (connectives, punctuation, quotation
 * marks around a direct quote), decides direct quote versus partial quotation (guide §2.3), and splits
 * coordinated claims and the outlet's trailing inference (، ما يعني …) into statements of their own.
 */
import { withoutCliticText } from '../text/doc';
import type { Doc } from '../text/doc';
import type { CompiledRules } from '../rules-engine/compile-rules';
import type { DraftStatement, Speaker } from '../draft/draft-types';
import { CLAUSE_PUNCTUATION, FINAL_PUNCTUATION, quotationRegions } from '../text/tokens';
import type { Token } from '../text/tokens';
import { emptyBasis } from './speaker/basis';
import { afterTimeAdverbs } from './speaker/source-classify';

/** How the statements of one clause are attributed. */
export interface Attribution {
  speaker: Speaker | 'outlet';
  via: Speaker[];
  cue: string | null;
  denied: boolean;
  rules: string[];
  confidence: number;
  paragraph: number;
}

const MIN_WORDS_ATTRIBUTED = 2;
const MIN_WORDS_OUTLET = 3;

/** Statements of a clause attributed to a speaker: tokens `[from, to)`. */
export function emitAttributed(
  doc: Doc,
  rules: CompiledRules,
  from: number,
  to: number,
  by: Attribution,
): DraftStatement[] {
  const [a, b] = trim(doc, rules, from, to);
  if (a >= b) return [];
  const [quote] = quotationRegions(doc.tokens, a, b);
  // 'أن اتصالات "غير معلنة" تجري …': a quotation inside the clause, with words on both sides, is partial.
  const embedded =
    quote !== undefined && words(doc, a, quote[0]) === 1 && doc.tokens[quote[1] + 1]?.word === true;
  if (quote && words(doc, a, quote[0]) <= 1 && !embedded) {
    const [open, close] = quote;
    const out = split(doc, rules, open + 1, close, true).flatMap((part) =>
      attributedPart(doc, rules, part, by, 'DIRECT_QUOTE'),
    );
    const [ra, rb] = trim(doc, rules, close + 1, b);
    // '… "استنفد مخزونه"، وأنه طلب دعمًا': a second content clause of the same cue is the speaker's too.
    if (coordinatedContent(doc, rules, close + 1, rb) && words(doc, ra, rb) >= MIN_WORDS_ATTRIBUTED) {
      out.push(...emitAttributed(doc, rules, ra, rb, by));
      return out;
    }
    if (words(doc, ra, rb) >= MIN_WORDS_OUTLET) {
      const tail = { ...outletBy(by.paragraph), rules: ['quote-remainder'] };
      out.push(...emitOutletVoice(doc, rules, ra, rb, tail, 'EDITORIAL_INFERENCE'));
    }
    return out;
  }
  return split(doc, rules, a, b, false).flatMap((part) =>
    attributedPart(doc, rules, part, by, 'REPORTED_SPEECH'),
  );
}

/**
 * Whether tokens from `at` open a coordinated content clause: a conjunction with a complementiser
 * (وأن، وإن، وبأن, "and that"), after optional clause punctuation.
 */
function coordinatedContent(doc: Doc, rules: CompiledRules, at: number, to: number): boolean {
  const { tokens } = doc;
  let j = at;
  while (j < to && CLAUSE_PUNCTUATION.has(tokens[j]?.text ?? '')) j++;
  const first = tokens[j];
  if (!first?.word) return false;
  if (rules.language === 'en')
    return first.key === 'and' && rules.complementizers.matchAt(tokens, j + 1) !== undefined;
  const complementizer = rules.complementizers.matchAt(tokens, j);
  return complementizer !== undefined && complementizer.clitic.startsWith('و');
}

/** Statements of the outlet's own voice in tokens `[from, to)`: hedged inference or plain assertion. */
export function emitOutletVoice(
  doc: Doc,
  rules: CompiledRules,
  from: number,
  to: number,
  by: Attribution = outletBy(0),
  forcedMode?: 'EDITORIAL_INFERENCE',
): DraftStatement[] {
  let [a, b] = trim(doc, rules, from, to);
  const passive = forcedMode || by.rules.length > 0 ? undefined : passiveAttribution(doc, rules, a, b, by);
  if (passive) return emitAttributed(doc, rules, passive.from, b, passive.by);
  let hedging: string | null = null;
  const ruleIds = [...by.rules];
  const hedge = rules.hedges.matchAt(doc.tokens, a);
  if (hedge && hedge.end < b) {
    hedging = withoutCliticText(doc, hedge.start, hedge.end, hedge.clitic);
    ruleIds.unshift(hedge.value);
    [a, b] = trim(doc, rules, hedge.end, b);
  } else {
    const inner = rules.hedges.findAll(doc.tokens, a, b)[0];
    if (inner && rules.language === 'en') {
      hedging = withoutCliticText(doc, inner.start, inner.end, inner.clitic);
      ruleIds.unshift(inner.value);
    }
  }
  const mode = hedging || forcedMode ? 'EDITORIAL_INFERENCE' : 'UNATTRIBUTED';
  return split(doc, rules, a, b, false).flatMap((part, i) => {
    if (part.inference)
      return attributedPart(doc, rules, part, outletBy(by.paragraph), 'EDITORIAL_INFERENCE');
    if (words(doc, part.start, part.end) < MIN_WORDS_OUTLET) return [];
    const statement: DraftStatement = {
      start: part.start,
      end: part.end,
      speaker: 'outlet',
      via: [],
      mode,
      cue: null,
      hedging: i === 0 ? hedging : null,
      denied: false,
      rules: ruleIds.length > 0 ? ruleIds : ['outlet-voice-unattributed'],
      // A flagged attribution (lower than the plain outlet's) keeps its low confidence.
      confidence: Math.min(by.confidence < OUTLET_CONFIDENCE ? by.confidence : 1, hedging ? 0.6 : 0.45),
      paragraph: by.paragraph,
    };
    return [statement];
  });
}

const OUTLET_CONFIDENCE = 0.5;

/**
 * "It was reported on Wednesday that …", "About 2,300 passengers are thought to have …": a sentence
 * attributed to no one. Returns where its content starts and its UNATTRIBUTED speaker.
 */
function passiveAttribution(
  doc: Doc,
  rules: CompiledRules,
  a: number,
  b: number,
  outlet: Attribution,
): { from: number; by: Attribution } | undefined {
  const { tokens } = doc;
  const match = rules.passiveAttributions.findAll(tokens, a, b)[0];
  if (!match) return undefined;
  let from = a;
  if (match.value.clause) {
    // The clause follows the phrase, past when it was said and "that".
    let j = afterTimeAdverbs(tokens, match.end, rules);
    const that = rules.complementizers.matchAt(tokens, j);
    if (that) j = that.end;
    else if (!rules.complementizers.matchAt(tokens, match.end - 1)) return undefined;
    from = j;
  }
  // "are thought to", يُعتقد أن: the mention is the passive, not the infinitive's "to" or "that".
  const last = match.end - 1;
  const end = tokens[last]?.key === 'to' || rules.complementizers.matchAt(tokens, last) ? last : match.end;
  const speaker: Speaker = {
    phrase: {
      start: match.start,
      end,
      kind: 'UNATTRIBUTED',
      ruleId: match.value.ruleId,
      head: undefined,
      entity: undefined,
      confidence: 0.5,
    },
    basis: emptyBasis(),
    continues: undefined,
    paragraph: outlet.paragraph,
    headline: false,
  };
  const cue = withoutCliticText(doc, match.start, end, match.clitic);
  return {
    from,
    by: { ...outlet, speaker, cue, rules: [match.value.ruleId], confidence: 0.5 },
  };
}

/** The attribution of the outlet's own voice. */
export function outletBy(paragraph: number): Attribution {
  return {
    speaker: 'outlet',
    via: [],
    cue: null,
    denied: false,
    rules: [],
    confidence: OUTLET_CONFIDENCE,
    paragraph,
  };
}

interface Part {
  start: number;
  end: number;
  /** The outlet's inference after ما + verb; `hedging` when ما يعني. */
  inference: boolean;
  hedging: string | null;
  ruleId: string | null;
}

function attributedPart(
  doc: Doc,
  rules: CompiledRules,
  part: Part,
  by: Attribution,
  mode: DraftStatement['mode'],
): DraftStatement[] {
  if (part.inference) {
    if (words(doc, part.start, part.end) < MIN_WORDS_ATTRIBUTED) return [];
    const ruleIds = [part.ruleId ?? rules.source.inference.id];
    return [
      { ...base(part, outletBy(by.paragraph), 'EDITORIAL_INFERENCE', ruleIds, 0.5), hedging: part.hedging },
    ];
  }
  if (words(doc, part.start, part.end) < (by.speaker === 'outlet' ? MIN_WORDS_OUTLET : MIN_WORDS_ATTRIBUTED))
    return [];
  return [base(part, by, mode, by.rules, by.confidence)];
}

function base(
  part: Part,
  by: Attribution,
  mode: DraftStatement['mode'],
  ruleIds: string[],
  confidence: number,
): DraftStatement {
  const own = by.speaker === 'outlet';
  return {
    start: part.start,
    end: part.end,
    speaker: by.speaker,
    via: own ? [] : by.via,
    mode,
    cue: own ? null : by.cue,
    hedging: null,
    denied: own ? false : by.denied,
    rules: ruleIds,
    confidence,
    paragraph: by.paragraph,
  };
}

/**
 * Splits `[from, to)` at a comma followed by a coordinated clause (، وأن / ، لكنها / , but / , with)
 * and at the outlet's inference (، ما يعني / ، ما يكرّس), which takes the rest of the clause.
 */
function split(doc: Doc, rules: CompiledRules, from: number, to: number, insideQuote: boolean): Part[] {
  const { tokens } = doc;
  const quotes = insideQuote ? [] : quotationRegions(tokens, from, to);
  const parts: Part[] = [];
  let start = from;
  for (let i = from + 1; i < to - 1; i++) {
    const token = tokens[i] as Token;
    if (quotes.some(([a, b]) => a < i && i < b)) continue;
    if (!insideQuote && rules.contentStops.matchAt(tokens, i)) {
      // "…, but declined to say when": the speaker's conduct, not a claim; the rest is left out.
      parts.push(...trimmedPart(doc, rules, start, i));
      return parts;
    }
    if (insideQuote && FINAL_PUNCTUATION.has(token.text) && tokens[i + 1]?.word) {
      // A quotation of several sentences: each sentence is a claim of its own.
      parts.push(...trimmedPart(doc, rules, start, i));
      start = i + 1;
      continue;
    }
    const bare = insideQuote ? undefined : conjoinedComplementizer(rules, tokens, i);
    if (bare !== undefined && !CLAUSE_PUNCTUATION.has(tokens[i - 1]?.text ?? '')) {
      // "said the plant was safe and that no one was hurt", "قال إن … وأن …": a second reported clause.
      parts.push(...trimmedPart(doc, rules, start, i));
      start = bare;
      continue;
    }
    if (!CLAUSE_PUNCTUATION.has(token.text)) continue;
    const next = i + 1;
    const inference = inferenceAt(rules, tokens, next);
    if (inference) {
      parts.push(...trimmedPart(doc, rules, start, i));
      const hedge = rules.hedges.matchAt(tokens, next);
      const hedging = hedge ? withoutCliticText(doc, hedge.start, hedge.end, hedge.clitic) : null;
      const [a, b] = trim(doc, rules, hedge ? hedge.end : next + 1, to);
      parts.push({ start: a, end: b, inference: true, hedging, ruleId: hedge ? hedge.value : null });
      return parts;
    }
    const splitter = splitterAt(rules, tokens, next, start);
    if (splitter !== undefined) {
      parts.push(...trimmedPart(doc, rules, start, i));
      start = splitter;
    }
  }
  parts.push(...trimmedPart(doc, rules, start, to));
  return parts;
}

function trimmedPart(doc: Doc, rules: CompiledRules, from: number, to: number): Part[] {
  const [start, end] = trim(doc, rules, from, to);
  return start < end ? [{ start, end, inference: false, hedging: null, ruleId: null }] : [];
}

function inferenceAt(rules: CompiledRules, tokens: readonly Token[], i: number): boolean {
  const particle = tokens[i];
  const verb = tokens[i + 1];
  if (!particle || !verb?.word || !rules.inferenceParticles.has(particle.key)) return false;
  const prefixes = rules.source.inference.verbPrefixes;
  return prefixes.length === 0 || prefixes.some((p) => verb.key.startsWith(p));
}

/** "and that" / وأن at `i`: where the coordinated reported clause starts, or undefined. */
function conjoinedComplementizer(
  rules: CompiledRules,
  tokens: readonly Token[],
  i: number,
): number | undefined {
  if (rules.language === 'en') {
    if (tokens[i]?.key !== 'and') return undefined;
    const that = rules.complementizers.matchAt(tokens, i + 1);
    return that ? that.end : undefined;
  }
  const conjoined = rules.conjoinedSplitWords.matchAt(tokens, i);
  if (!conjoined || conjoined.clitic === '' || !rules.complementizers.matchAt(tokens, i)) return undefined;
  return conjoined.end;
}

/** Where the clause after a splitter starts (a complementiser or English connective is dropped). */
function splitterAt(
  rules: CompiledRules,
  tokens: readonly Token[],
  i: number,
  partStart: number,
): number | undefined {
  const conjoined = rules.conjoinedSplitWords.matchAt(tokens, i);
  const word =
    rules.splitWords.matchAt(tokens, i) ?? (conjoined && conjoined.clitic !== '' ? conjoined : undefined);
  if (word) {
    const droppable = rules.complementizers.matchAt(tokens, i) || rules.language === 'en';
    return droppable ? word.end : i;
  }
  const coordinated = rules.clauseConjunctions.matchAt(tokens, i);
  if (coordinated && clauseFollows(rules, tokens, coordinated.end) && isClause(rules, tokens, partStart, i))
    return coordinated.end;
  const { conjunction, verbPrefixes } = rules.source.splitters;
  const token = tokens[i];
  if (!conjunction || !token?.word || !token.key.startsWith(conjunction)) return undefined;
  const rest = token.key.slice(conjunction.length);
  return [...rest].length >= 2 && verbPrefixes.some((p) => rest.startsWith(p)) && !rest.startsWith('ال')
    ? i
    : undefined;
}

/** A finite verb within a few words of `at`, before any punctuation: a clause with its own subject. */
export function clauseFollows(rules: CompiledRules, tokens: readonly Token[], at: number): boolean {
  for (let j = at + 1; j < at + 6; j++) {
    const token = tokens[j];
    if (!token?.word) return false;
    if (rules.clauseVerbs.has(token.key) || (rules.clauseVerbs.size > 0 && /\p{L}{3}ed$/u.test(token.key)))
      return true;
  }
  return false;
}

/** Whether tokens `[from, to)` read as a clause (a finite verb, or a past form), not a list item. */
function isClause(rules: CompiledRules, tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.word);
  return words.some((t) => rules.clauseVerbs.has(t.key) || /ed$/u.test(t.key)) || words.length >= 5;
}

/** Drops punctuation and connectives at the start, punctuation (not a closing quote) at the end. */
export function trim(doc: Doc, rules: CompiledRules, from: number, to: number): [number, number] {
  const { tokens } = doc;
  let a = from;
  let b = to;
  for (let changed = true; changed && a < b;) {
    changed = false;
    const token = tokens[a] as Token;
    if (CLAUSE_PUNCTUATION.has(token.text) || FINAL_PUNCTUATION.has(token.text)) {
      a++;
      changed = true;
      continue;
    }
    const connective = rules.connectives.matchAt(tokens, a) ?? rules.complementizers.matchAt(tokens, a);
    // "that account": a demonstrative before a report noun, not the complementiser.
    const demonstrative = token.key === 'that' && rules.reportNouns.matchAt(tokens, a + 1) !== undefined;
    if (connective && connective.end < b && !demonstrative) {
      a = connective.end;
      changed = true;
    }
  }
  while (b > a) {
    const last = tokens[b - 1] as Token;
    if (!CLAUSE_PUNCTUATION.has(last.text) && !FINAL_PUNCTUATION.has(last.text)) break;
    b--;
  }
  return [a, b];
}

/** Number of word tokens in `[from, to)`. */
export function words(doc: Doc, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (doc.tokens[i]?.word) count++;
  return count;
}
