/**
 * Finding the speaker of a cue: the noun phrase that names the source, its kind (guide §3.1), and the
 * rule that decided it. Arabic speakers mostly follow the verb (أكدت مصادر خاصة); English ones precede
 * it (two US officials told); both orders are tried where the language allows them.
 */
import type { CompiledRules } from '../../rules-engine/compile-rules';
import {
  bareName,
  classifySpan,
  entityPhrase,
  hasArticle,
  isNisba,
  isStop,
  leftSpan,
  NAME_LIMIT,
} from './source-classify';
import type { SourcePhrase } from './source-classify';
import { CLAUSE_PUNCTUATION, OPENING_MARKS } from '../../text/tokens';
import type { Token } from '../../text/tokens';

export { hasArticle, isStop } from './source-classify';
export type { SourcePhrase } from './source-classify';

const CONSTRUCT_LIMIT = 4;

/**
 * The speaker phrase that starts at token `at` (after a verb cue or a preposition cue), or undefined.
 * One adverb may stand between the verb and the speaker (أكد خلالها مسؤولون).
 */
export function parseSourceAfter(
  tokens: readonly Token[],
  at: number,
  limit: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  // '"…," said Dr. Aaron Feld': the abbreviated titles before the name belong to the phrase.
  let nameAt = at;
  while (rules.language === 'en' && tokens[nameAt + 1]?.text === '.' && isAbbreviatedTitle(tokens[nameAt]))
    nameAt += 2;
  if (nameAt > at) {
    const titled = parseSourceAfter(tokens, nameAt, limit, rules);
    return titled && titled.start === nameAt ? { ...titled, start: at } : titled;
  }
  const direct = phraseAt(tokens, at, limit, rules);
  if (direct) return direct;
  const skip = tokens[at];
  if (skip?.word && !isStop(tokens, at, rules) && rules.heads.matchAt(tokens, at + 1)) {
    return phraseAt(tokens, at + 1, limit, rules);
  }
  return rules.language === 'en' ? leftSpan(tokens, at, limit, rules) : bareName(tokens, at, limit, rules);
}

/**
 * The speaker phrase that ends right before token `cue` (SVO: مصادر مطلعة أوضحت; "two US officials
 * told"), starting after the nearest clause punctuation or connective, at most seven words.
 */
export function parseSourceBefore(
  tokens: readonly Token[],
  cue: number,
  floor: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  const apposed = rules.language === 'en' ? appositionBefore(tokens, cue, floor, rules) : undefined;
  if (apposed) return apposed;
  let start = cue;
  while (start > floor) {
    const previous = tokens[start - 1];
    // "Brig. Gen. Omar Castell": the period of an abbreviated title stays inside the phrase.
    if (previous?.text === '.' && isAbbreviatedTitle(tokens[start - 2])) {
      start--;
      continue;
    }
    if (!previous?.word || rules.connectives.matchAt(tokens, start - 1)) break;
    // "غير أن مهندسًا …": a complementiser opens the clause whose subject the speaker is.
    if (rules.complementizers.matchAt(tokens, start - 1)?.end === start) break;
    start--;
  }
  let nameStart = start;
  while (tokens[nameStart + 1]?.text === '.' && isAbbreviatedTitle(tokens[nameStart])) nameStart += 2;
  // "A source at the Gannet Island naval base told": a phrase that opens with an article may run longer.
  const longest = APPOSITION_ARTICLES.has(tokens[nameStart]?.key ?? '') ? 10 : 7;
  if (nameStart >= cue || cue - nameStart > longest) return undefined;
  const phrase = classifySpan(tokens, nameStart, cue, rules);
  // "Coast Guard Cmdr. Helena Brask said": a title before the abbreviation, the name after it.
  const dot = phrase ? -1 : lastIndexOf(tokens, '.', nameStart, cue);
  if (dot >= 0 && dot + 1 < cue) {
    const named = classifySpan(tokens, dot + 1, cue, rules);
    if (named) return { ...named, start };
  }
  return phrase && nameStart > start ? { ...phrase, start } : phrase;
}

function lastIndexOf(tokens: readonly Token[], text: string, from: number, to: number): number {
  for (let j = to - 1; j >= from; j--) if (tokens[j]?.text === text) return j;
  return -1;
}

/** A short capitalised word before a period: an abbreviated title (Gen., Adm., Dr., Lt.). */
function isAbbreviatedTitle(token: Token | undefined): boolean {
  // "Gen.", "Dr.", and initialisms ("the U.S. Embassy").
  return token !== undefined && token.word && /^(?:\p{Lu}\p{Ll}{0,4}|(?:\p{Lu}\.)+\p{Lu})$/u.test(token.text);
}

const APPOSITION_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "Omar Castell, a spokesman for Tessaly's armed forces, said": the speaker before an apposition set
 * off by commas (English), when the apposition opens with an article.
 */
function appositionBefore(
  tokens: readonly Token[],
  cue: number,
  floor: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  if (tokens[cue - 1]?.text !== ',') return undefined;
  for (let j = cue - 2; j > Math.max(floor, cue - 14); j--) {
    const token = tokens[j];
    if (!token) return undefined;
    // "the U.S. company that built …": the period of an initialism does not end the apposition.
    const abbreviation = token.text === '.' && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(tokens[j - 1]?.text ?? '');
    if (FINAL_MARKS.has(token.text) && !abbreviation) return undefined;
    if (token.text !== ',') continue;
    const titled = titleThenName(tokens, j, cue - 1, floor, rules);
    if (titled) return titled;
    if (!APPOSITION_ARTICLES.has(tokens[j + 1]?.key ?? '')) return undefined;
    const phrase = parseSourceBefore(tokens, j, floor, rules);
    return phrase && phrase.kind === 'NAMED_PERSON'
      ? { ...phrase, ruleId: phrase.ruleId, confidence: Math.min(phrase.confidence, 0.7) }
      : undefined;
  }
  return undefined;
}

/**
 * "A spokesperson for the bank, Tomas Vinter, said": a phrase with a title, then the name set off by
 * commas (tokens `(comma, close)`), one person.
 */
function titleThenName(
  tokens: readonly Token[],
  comma: number,
  close: number,
  floor: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  const name = tokens.slice(comma + 1, close);
  if (name.length < 2 || name.length > NAME_LIMIT) return undefined;
  if (!name.every((t) => t.word && /^\p{Lu}\p{Ll}/u.test(t.text))) return undefined;
  let start = comma;
  while (start > floor && (tokens[start - 1]?.word || tokens[start - 1]?.text === "'")) start--;
  if (comma - start > 7) return undefined;
  const role = rules.heads.findAll(tokens, start, comma).find((m) => m.value.family === 'role');
  if (!role) return undefined;
  return {
    start,
    end: close,
    kind: 'NAMED_PERSON',
    ruleId: 'en-title-then-name',
    head: role.value,
    entity: undefined,
    confidence: 0.7,
  };
}

const FINAL_MARKS = new Set(['.', '!', '?', ';', ':', '"', '“', '”']);

function phraseAt(
  tokens: readonly Token[],
  at: number,
  limit: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  const head = rules.heads.matchAt(tokens, at);
  if (rules.language === 'en')
    return head || rules.entities.matchAt(tokens, at) ? leftSpan(tokens, at, limit, rules) : undefined;
  if (head && head.end <= limit) {
    const info = head.value;
    let end = head.end;
    if (info.family === 'anonymous' || info.family === 'unattributed') {
      end = extendAdjectives(tokens, end, limit, rules);
      const preposition = tokens[end];
      if (info.family === 'anonymous' && preposition && rules.headPrepositions.has(preposition.key)) {
        const chain = extendConstruct(tokens, end + 1, end + 1, limit, rules, false);
        if (chain > end + 1) end = chain;
      }
    } else {
      end = extendConstruct(tokens, head.end, head.end, limit, rules, hasArticle(tokens[at] as Token));
    }
    let kind = info.kind;
    let confidence = info.backReference ? 0.6 : 0.75;
    if (info.family === 'role') {
      const name = nameAfter(tokens, end, limit, rules);
      if (name) end = name;
      else kind = 'ANONYMOUS_INDIVIDUAL';
      confidence = name ? 0.7 : 0.5;
    }
    return { start: head.start, end, kind, ruleId: info.ruleId, head: info, entity: undefined, confidence };
  }
  const entity = rules.entities.matchAt(tokens, at);
  if (entity && entity.end <= limit) return entityPhrase(entity.value, at, entity.end);
  return undefined;
}

function extendAdjectives(
  tokens: readonly Token[],
  end: number,
  limit: number,
  rules: CompiledRules,
): number {
  let j = end;
  while (j < limit && j - end < 3) {
    const token = tokens[j] as Token;
    if (!token.word || rules.functionWords.has(token.key)) break;
    if (!rules.adjectives.has(token.key) && !isNisba(token)) break;
    j++;
  }
  return j;
}

/**
 * Extends a construct chain (نقابة عمال الموانئ، وزارة الدفاع الأميركية): indefinite words take a
 * genitive; once a definite word is taken only definite nisba adjectives follow (الحكومة العراقية قلقها
 * stops before قلقها).
 */
function extendConstruct(
  tokens: readonly Token[],
  from: number,
  end: number,
  limit: number,
  rules: CompiledRules,
  definiteStart: boolean,
): number {
  let definite = definiteStart;
  let j = end;
  while (j < limit && j - from < CONSTRUCT_LIMIT) {
    const token = tokens[j] as Token;
    if (isStop(tokens, j, rules)) break;
    if (token.key === 'باسم') definite = false;
    else if (!definite) definite = hasArticle(token);
    // "الوزير السابق": a listed definite adjective follows like a nisba.
    else if (!(hasArticle(token) && (isNisba(token) || rules.adjectives.has(token.key)))) break;
    j++;
  }
  return j;
}

/** A name after a title, optionally set off by commas (المتحدث …، سامر الدليمي،). */
function nameAfter(
  tokens: readonly Token[],
  end: number,
  limit: number,
  rules: CompiledRules,
): number | undefined {
  let j = placeBeforeName(tokens, end, limit, rules) ?? end;
  const comma = CLAUSE_PUNCTUATION.has(tokens[j]?.text ?? '');
  if (comma) j++;
  // "مدير السد، المهندس فؤاد ناصر", "وزير الدفاع اللواء الركن سامي الجبوري": a rank or honorific
  // (and its modifiers) before the name.
  const honorific = rules.language === 'ar' ? rules.heads.matchAt(tokens, j) : undefined;
  if (honorific?.value.family === 'role' && honorific.end < limit) {
    j = honorific.end;
    while (j < limit && rules.adjectives.has(tokens[j]?.key ?? '')) j++;
  }
  // "د. ريم السعدون": an abbreviated honorific before the name.
  if (rules.language === 'ar' && tokens[j]?.key === 'د' && tokens[j + 1]?.text === '.') j += 2;
  const first = tokens[j];
  if (!first?.word || hasArticle(first) || isStop(tokens, j, rules)) return undefined;
  // "وختمت الوزيرة حديثها بالقول": a noun with a pronoun suffix is the verb's object, not a name.
  if (rules.language === 'ar' && /^\p{L}{3,}(?:ها|هم|هن)$/u.test(first.key)) return undefined;
  const start = j;
  while (j < limit && j - start < NAME_LIMIT && !isStop(tokens, j, rules)) j++;
  const count = j - start;
  return count >= 2 || (count === 1 && comma) ? j : undefined;
}

/**
 * "رئيس اتحاد المزارعين في السهلين، سالم العبيدي": a short place or body complement after a title,
 * taken only when a comma follows it (then a name may follow); returns the comma's index.
 */
function placeBeforeName(
  tokens: readonly Token[],
  end: number,
  limit: number,
  rules: CompiledRules,
): number | undefined {
  const preposition = tokens[end]?.key ?? '';
  if (rules.language !== 'ar' || !(rules.headPrepositions.has(preposition) || preposition === 'عن'))
    return undefined;
  for (let j = end + 1; j < Math.min(limit, end + 6); j++) {
    const token = tokens[j] as Token;
    if (CLAUSE_PUNCTUATION.has(token.text)) return j > end + 1 ? j : undefined;
    // "في جامعة الشمال د. فراس النقيب": the complement ends at an abbreviated honorific.
    if (token.key === 'د' && tokens[j + 1]?.text === '.' && j > end + 1) return j;
    // 'النائبة عن كتلة "التغيير" سلمى العبيدي': the complement ends with a quoted name.
    const closing = OPENING_MARKS.get(token.text);
    if (closing && j > end + 1) {
      const close = tokens.slice(j + 1, j + 5).findIndex((t) => t.text === closing);
      return close >= 1 ? j + close + 2 : undefined;
    }
    if (!token.word || rules.functionWords.has(token.key) || rules.cues.matchAt(tokens, j)) return undefined;
  }
  return undefined;
}
