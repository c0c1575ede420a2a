/**
 * Statement segmentation: sentence by sentence, each attribution cue with the clause it introduces
 * (up to the next attribution or the sentence end), the outlet's own clauses around them, a headline's
 * "X:" attribution, and attribution carried to the following sentences of the same paragraph.
 */
import { findAttributions } from './cues';
import type { Found } from './cues';
import type { CompiledRules } from '../rules-engine/compile-rules';
import { emitAttributed, emitOutletVoice, outletBy, trim, words } from './content';
import type { Attribution } from './content';
import type { Doc } from '../text/doc';
import type { DraftStatement, Speaker } from '../draft/draft-types';
import { parseSourceBefore } from './speaker/source-phrase';
import type { SourcePhrase } from './speaker/source-phrase';
import { foldArabic } from '../../text/arabic-fold';
import { SHORT_BODY_NAME_RULE } from './sources/source-registry';
import { CLAUSE_PUNCTUATION, FINAL_PUNCTUATION, OPENING_MARKS, quotationRegions } from '../text/tokens';
import type { Token } from '../text/tokens';
import { splitSentences } from '../../text/sentences';
import type { Sentence } from '../../text/sentences';
import { emptyBasis } from './speaker/basis';

/** What segmentation finds in an article. */
export interface Segmentation {
  statements: DraftStatement[];
  /** Token range of the headline line, when the first line is one. */
  headline: [number, number] | null;
  /** Token ranges that are not claims (datelines), with the reason. */
  excluded: { start: number; end: number; reason: string }[];
}

/** Segments the whole article into proposed statements. */
export function segmentArticle(doc: Doc, rules: CompiledRules): Segmentation {
  const { tokens } = doc;
  const lines = doc.text.split('\n');
  const firstLine = lines[0]?.trim() ?? '';
  const hasHeadline =
    lines.filter((l) => l.trim()).length > 1 && !FINAL_PUNCTUATION.has([...firstLine].pop() ?? '');
  const result: Segmentation = { statements: [], headline: null, excluded: [] };
  let carried: { paragraph: number; by: Attribution } | undefined;
  // The last speaker and its paragraph: "“…,” she said" in the next paragraph continues it.
  let spoke: { paragraph: number; speaker: Speaker } | undefined;
  let cursor = 0;
  for (const sentence of splitSentences(doc.text).flatMap(splitAfterClosedQuotes)) {
    while (cursor < tokens.length && (tokens[cursor]?.end ?? 0) <= sentence.start) cursor++;
    let s = cursor;
    let e = s;
    while (e < tokens.length && (tokens[e]?.start ?? Infinity) < sentence.end) e++;
    const paragraph = sentence.paragraph;
    const isHeadline = hasHeadline && paragraph === 0;
    if (isHeadline) result.headline = [s, e];
    if (carried && carried.paragraph !== paragraph) carried = undefined;
    const earlier = spoke && spoke.paragraph < paragraph ? spoke.speaker : undefined;

    s = skipDateline(doc, s, e, result);
    if (isHeadline) {
      const colon = headlineAttribution(doc, rules, s, e);
      if (colon) {
        result.statements.push(...colon);
        continue;
      }
    }
    if (rules.noComment.findAll(tokens, s, e).length > 0 || noCommentAround(doc, rules, s, e)) {
      // "X did not respond to a request for comment": about the reporting, not a claim of the story.
      result.excluded.push({ start: s, end: trim(doc, rules, s, e)[1], reason: NO_COMMENT_REASON });
      continue;
    }
    const previous =
      carried?.by.speaker === 'outlet' ? undefined : (carried?.by.speaker as Speaker | undefined);
    const found = findAttributions(doc, rules, s, e, previous, isHeadline, earlier);
    if (found.length === 0) {
      const hedged = rules.hedges.matchAt(tokens, trim(doc, rules, s, e)[0]) !== undefined;
      if (carried && !hedged) {
        const by = { ...carried.by, rules: ['carry-attribution', ...carried.by.rules], confidence: 0.4 };
        result.statements.push(...emitAttributed(doc, rules, s, e, by));
      } else if (hasCue(doc, rules, s, e) && rules.passiveAttributions.findAll(tokens, s, e).length === 0) {
        // "He added …" with nobody before it: proposed, but flagged, never silently the outlet's.
        const by = { ...outletBy(paragraph), rules: [NO_SPEAKER_RULE], confidence: 0.2 };
        result.statements.push(...emitOutletVoice(doc, rules, s, e, by));
      } else result.statements.push(...emitOutletVoice(doc, rules, s, e, outletBy(paragraph)));
      continue;
    }
    const emitted = emitSentence(doc, rules, s, e, found, paragraph);
    result.statements.push(...emitted.statements);
    if (emitted.statements.length === 0) {
      // A cue whose content the rules cannot delimit is listed for the reviewer, never dropped; its
      // speaker is still the one a following "it said" continues.
      result.excluded.push({ start: s, end: trim(doc, rules, s, e)[1], reason: CUE_WITHOUT_CONTENT_REASON });
      if (!isHeadline && emitted.last.speaker !== 'outlet' && emitted.last.speaker.phrase) {
        carried = { paragraph, by: emitted.last };
        spoke = { paragraph, speaker: emitted.last.speaker };
      }
      continue;
    }
    if (!isHeadline) carried = { paragraph, by: emitted.last };
    if (!isHeadline && emitted.last.speaker !== 'outlet')
      spoke = { paragraph, speaker: emitted.last.speaker };
    else if (spoke && spoke.paragraph < paragraph - 1) spoke = undefined;
  }
  return result;
}

const CUE_WITHOUT_CONTENT_REASON =
  'An attribution cue whose content the rules could not delimit: to be annotated by hand or excluded.';

const QUOTE_PAIRS = new Map([
  ['“', '”'],
  ['«', '»'],
]);
const SENTENCE_END = new Set(['.', '!', '?', '؟']);

/**
 * `… were "not ruled out." The board …`: a sentence that ends inside a quotation, just before its
 * closing mark, ends there when the next word does not begin in lower case.
 */
export function splitAfterClosedQuotes(sentence: Sentence): Sentence[] {
  const chars = [...sentence.text];
  const out: Sentence[] = [];
  const stack: string[] = [];
  let from = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    let closed = false;
    if (char === '"' && stack[stack.length - 1] === '"') closed = stack.pop() !== undefined;
    else if (char === '"') stack.push('"');
    else if (QUOTE_PAIRS.has(char)) stack.push(QUOTE_PAIRS.get(char) ?? '');
    else if (stack.length > 0 && stack[stack.length - 1] === char) closed = stack.pop() !== undefined;
    if (!closed || stack.length > 0 || !SENTENCE_END.has(chars[i - 1] ?? '')) continue;
    if (!/\s/u.test(chars[i + 1] ?? '')) continue;
    let j = i + 1;
    while (j < chars.length && /\s/u.test(chars[j] ?? '')) j++;
    if (j >= chars.length || /\p{Ll}/u.test(chars[j] ?? '')) continue;
    out.push(piece(sentence, chars, from, i + 1));
    from = j;
  }
  if (out.length === 0) return [sentence];
  out.push(piece(sentence, chars, from, chars.length));
  return out;
}

function piece(sentence: Sentence, chars: string[], from: number, to: number): Sentence {
  return {
    start: sentence.start + from,
    end: sentence.start + to,
    paragraph: sentence.paragraph,
    text: chars.slice(from, to).join(''),
  };
}

/** An opener of a refusal to comment and, within reach, its closer (rules `noCommentAround`). */
function noCommentAround(doc: Doc, rules: CompiledRules, s: number, e: number): boolean {
  const around = rules.noCommentAround;
  // Only a sentence that reports no words of anyone: a cue elsewhere in it keeps its statement.
  if (!around || rules.cues.findAll(doc.tokens, s, e).length > 0) return false;
  return around.openers
    .findAll(doc.tokens, s, e)
    .some(
      (open) => around.closers.findAll(doc.tokens, open.end, Math.min(e, open.end + around.reach)).length > 0,
    );
}

const NO_COMMENT_REASON = 'Boilerplate about a request for comment, not a claim about the story.';

/** The rule id of a cue whose speaker the text does not support (a reviewer must name one). */
export const NO_SPEAKER_RULE = 'cue-without-supported-speaker';

/** Whether a cue stands in tokens [s, e) outside quotation marks. */
function hasCue(doc: Doc, rules: CompiledRules, s: number, e: number): boolean {
  const quotes = quotationRegions(doc.tokens, s, e);
  return rules.cues
    .findAll(doc.tokens, s, e)
    .some((m) => !quotes.some(([a, b]) => a < m.start && m.start < b));
}

function emitSentence(
  doc: Doc,
  rules: CompiledRules,
  s: number,
  e: number,
  found: Found[],
  paragraph: number,
): { statements: DraftStatement[]; last: Attribution } {
  const statements: DraftStatement[] = [];
  let last = outletBy(paragraph);
  found.forEach((f, k) => {
    const end = found[k + 1]?.attrStart ?? e;
    const previous = found[k - 1];
    // A speaker named inside another speaker's account, with no connective: a chain (guide §4).
    // "بحسب تقرير لصحيفة "الأفق" نقلًا عن دبلوماسيين": the relaying attribution before is the carrier.
    const relayed = previous !== undefined && f.cue.value.relay && f.cue.value.type === 'preposition';
    const chained =
      relayed ||
      (previous &&
        f.ownPhrase &&
        !f.afterConnective &&
        !f.coordinated &&
        previous.contentStart !== undefined);
    const via = f.carrier
      ? [f.carrier]
      : chained
        ? [previous.speaker, ...(lastVia(previous, statements) ?? [])]
        : [];
    const by: Attribution = {
      speaker: f.speaker,
      via,
      cue: f.cueText,
      denied: f.cue.value.denial,
      rules: f.carrier
        ? [...f.rules, 'chain-relayed']
        : chained
          ? [...f.rules, 'chain-nested-attribution']
          : f.rules,
      confidence: f.confidence,
      paragraph,
    };
    last = by;
    const from = f.contentStart;
    const contentEmpty = from === undefined || words(doc, from, end) === 0;
    if (k === 0 && f.leadContent !== undefined) {
      // The opening verb's own content, then the participle's.
      statements.push(...emitAttributed(doc, rules, f.leadContent, f.attrStart, by));
      if (from !== undefined && !contentEmpty) statements.push(...emitAttributed(doc, rules, from, end, by));
      return;
    }
    const pre = k === 0 && words(doc, s, f.attrStart) > 0 ? ([s, f.attrStart] as const) : undefined;
    const interrupting = pre && f.cue.value.type === 'preposition' && !contentEmpty && !f.afterConnective;
    const tokens = doc.tokens;
    // '“A,” said X, “and B.”': a quotation split by its cue; both parts are the speaker's.
    const resumed =
      pre &&
      !contentEmpty &&
      quoteClosesAt(tokens, f.attrStart) &&
      OPENING_MARKS.has(tokens[from]?.text ?? '');
    // "The gates, she said, should have been opened": a cue set off by commas inside its own clause.
    const setOff =
      pre &&
      !resumed &&
      rules.language === 'en' &&
      f.cue.value.type === 'verb' &&
      (tokens[f.attrStart]?.text === ',' || tokens[f.attrStart - 1]?.text === ',') &&
      resumesAfterComma(tokens, f.cue.end, end);
    const shortSubject =
      setOff &&
      words(doc, pre[0], pre[1]) <= PARENTHETICAL_SUBJECT_WORDS &&
      !tokens.slice(pre[0], pre[1]).some((t) => OPENING_MARKS.has(t.text) || rules.clauseVerbs.has(t.key));
    if (pre && shortSubject) {
      statements.push(...emitAttributed(doc, rules, pre[0], end, by));
      return;
    }
    // A split quotation, or "The fire started near the valve, he added, and residents were told …"
    // (a whole clause before a cue set off by commas): both sides are the speaker's.
    if (pre && (resumed || setOff) && !contentEmpty && from !== undefined) {
      statements.push(...emitAttributed(doc, rules, pre[0], pre[1], by));
      statements.push(...emitAttributed(doc, rules, from, end, by));
      return;
    }
    if (pre && (interrupting || contentEmpty)) {
      // "X، بحسب المصادر، Y" keeps the interruption inside (spans are contiguous); "CLAIM, officials
      // said" attributes the clause before the cue.
      statements.push(...emitAttributed(doc, rules, pre[0], interrupting ? end : pre[1], by));
      return;
    }
    if (pre && !introductoryPhrase(doc, rules, pre[0], pre[1]))
      statements.push(...emitOutletVoice(doc, rules, pre[0], pre[1], outletBy(paragraph)));
    if (from !== undefined && !contentEmpty) statements.push(...emitAttributed(doc, rules, from, end, by));
  });
  return { statements, last };
}

const INTRODUCTORY_WORDS = 6;
const LONG_INTRODUCTORY_WORDS = 18;
const PARENTHETICAL_SUBJECT_WORDS = 6;

/** A comma right after the cue (or one word on) with the clause going on after it. */
function resumesAfterComma(tokens: readonly Token[], cueEnd: number, end: number): boolean {
  for (let j = cueEnd; j < Math.min(end - 1, cueEnd + 2); j++)
    if (tokens[j]?.text === ',') return tokens[j + 1]?.word === true;
  return false;
}

/** Whether a quotation closes right before token `at` (its comma inside or after the mark). */
function quoteClosesAt(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1]?.text ?? '';
  const mark = previous === ',' || previous === '،' ? (tokens[at - 2]?.text ?? '') : previous;
  return ['”', '»', '"', '’'].includes(mark);
}

/**
 * "In a written statement, it said …", "في بيان صدر الأحد، قالت …": a short circumstance or
 * prepositional phrase before the speaker sets the scene; it is no claim of the outlet's.
 */
function introductoryPhrase(doc: Doc, rules: CompiledRules, from: number, to: number): boolean {
  const { tokens } = doc;
  // "In a letter sent to the ministry in August and seen by the Times, …" opens with a circumstance.
  const limit = rules.circumstances.matchAt(doc.tokens, from) ? LONG_INTRODUCTORY_WORDS : INTRODUCTORY_WORDS;
  if (words(doc, from, to) > limit) return false;
  const comma =
    CLAUSE_PUNCTUATION.has(tokens[to]?.text ?? '') || CLAUSE_PUNCTUATION.has(tokens[to - 1]?.text ?? '');
  if (!comma) return false;
  const first = tokens[from];
  if (!first?.word) return false;
  const opens = rules.circumstances.matchAt(tokens, from) !== undefined || rules.functionWords.has(first.key);
  if (!opens || ['the', 'a', 'an'].includes(first.key)) return false;
  return !tokens
    .slice(from, to)
    .some((t, k) => rules.clauseVerbs.has(t.key) || rules.cues.matchAt(tokens, from + k));
}

function lastVia(found: Found, statements: DraftStatement[]): Speaker[] | undefined {
  return statements.filter((st) => st.speaker === found.speaker).pop()?.via;
}

/** "بغداد: جدول الانسحاب …": a headline that names its speaker before a colon. */
function headlineAttribution(
  doc: Doc,
  rules: CompiledRules,
  s: number,
  e: number,
): DraftStatement[] | undefined {
  for (let i = s + 1; i < Math.min(e, s + 5); i++) {
    if (doc.tokens[i]?.text !== ':') continue;
    const phrase = parseSourceBefore(doc.tokens, i, s, rules) ?? shortBodyName(doc, s, i);
    if (!phrase || phrase.start !== s) return undefined;
    const speaker: Speaker = {
      phrase,
      basis: emptyBasis(),
      continues: undefined,
      paragraph: 0,
      headline: false,
    };
    const rule = 'headline-colon-attribution';
    const by: Attribution = {
      speaker,
      via: [],
      cue: null,
      denied: false,
      rules: [rule, phrase.ruleId],
      confidence: 0.55,
      paragraph: 0,
    };
    return emitAttributed(doc, rules, i + 1, e, by);
  }
  return undefined;
}

/** Words before a headline's colon that label the piece rather than name a speaker. */
const HEADLINE_LABELS = new Set(
  [
    'عاجل',
    'بالفيديو',
    'بالصور',
    'فيديو',
    'تقرير',
    'خاص',
    'حصري',
    'تحليل',
    'رأي',
    'breaking',
    'exclusive',
    'analysis',
    'opinion',
    'video',
    'update',
    'live',
  ].map(foldArabic),
);

/**
 * "الدفاع: لا قرار …", "المالية: …": one word before a headline's colon, the usual short name of a
 * ministry or body, is an institution speaking (a label such as "عاجل:" is not).
 */
function shortBodyName(doc: Doc, s: number, colon: number): SourcePhrase | undefined {
  const word = doc.tokens[s];
  if (colon !== s + 1 || !word?.word || HEADLINE_LABELS.has(word.key)) return undefined;
  const definite = word.key.startsWith('ال') || /^\p{Lu}/u.test(word.text);
  if (!definite) return undefined;
  return {
    start: s,
    end: colon,
    kind: 'INSTITUTION',
    ruleId: SHORT_BODY_NAME_RULE,
    head: undefined,
    entity: undefined,
    confidence: 0.45,
  };
}

const DATELINE_REASON = "Dateline: place of filing and the outlet's name, not a claim.";
const DASHES = new Set(['—', '–', '-']);
/** The most words an outlet's name in a dateline line has. */
const DATELINE_NAME_WORDS = 5;

/**
 * "بغداد – شبكة الجسر:", "LONDON, March 3 (Reuters) -": a place, then a dash and the outlet before a
 * colon, or a place in capitals, a date and the outlet in parentheses before a dash.
 */
function wireDateline(doc: Doc, s: number, e: number): number | undefined {
  const { tokens } = doc;
  const dash = tokens.slice(s, Math.min(e, s + 4)).findIndex((t) => DASHES.has(t.text));
  if (dash >= 1 && tokens.slice(s, s + dash).every((t) => t.word)) {
    // "الجرف – شبكة الرواق الإخبارية", "تل الحمام – «الرصيف 24»": a dateline on a line of its own.
    const rest = tokens.slice(s + dash + 1, e);
    const lineEnds = (tokens[e]?.paragraph ?? Infinity) !== tokens[s]?.paragraph;
    const nameOnly = rest.every((t) => t.word || OPENING_MARKS.has(t.text) || '"»”'.includes(t.text));
    const nameWords = rest.filter((t) => t.word).length;
    if (lineEnds && nameOnly && nameWords >= 1 && nameWords <= DATELINE_NAME_WORDS) return e;
    for (let j = s + dash + 1; j < Math.min(e, s + dash + 7); j++) {
      const token = tokens[j] as Token;
      if (token.text === ':') return j > s + dash + 1 ? j + 1 : undefined;
      if (!token.word && !OPENING_MARKS.has(token.text) && !'"»”'.includes(token.text)) return undefined;
    }
  }
  const first = tokens[s];
  if (!first?.word || !/^[\p{Lu}]{2,}$/u.test(first.text)) return undefined;
  for (let j = s + 1; j < Math.min(e, s + 10); j++) {
    if (tokens[j]?.text !== ')') continue;
    return DASHES.has(tokens[j + 1]?.text ?? '') ? j + 2 : undefined;
  }
  return undefined;
}

/** "WASHINGTON (Harbor Wire) —": capitals and a parenthesis before a dash open the first sentence. */
function skipDateline(doc: Doc, s: number, e: number, result: Segmentation): number {
  const { tokens } = doc;
  const wire = wireDateline(doc, s, e);
  if (wire !== undefined) {
    result.excluded.push({ start: s, end: wire, reason: DATELINE_REASON });
    return wire;
  }
  for (let i = s; i < Math.min(e, s + 8); i++) {
    const token = tokens[i];
    if (!token) break;
    if (token.text === '—' || token.text === '–') {
      if (i === s) return s;
      result.excluded.push({
        start: s,
        end: i + 1,
        reason: DATELINE_REASON,
      });
      return i + 1;
    }
    const inParens =
      tokens.slice(s, i).filter((t) => t.text === '(').length >
      tokens.slice(s, i).filter((t) => t.text === ')').length;
    const capital = token.word && (/^[\p{Lu}\p{N}]+$/u.test(token.text) || inParens);
    if (!capital && token.text !== '(' && token.text !== ')') return s;
  }
  return s;
}
