/**
 * English subjects the head-word parser cannot read: a noun phrase with appositions or a relative
 * clause set off by commas ("Dr. Ann Roe, the director of St. Mary's Hospital, told"; "Rep. Lu, who
 * sits on the committee, said"; "the company's operator, Acme Oil, said"), and a short determined
 * noun phrase whose head no rule lists ("the airline said", "Travel agents in the region reported").
 */
import type { CompiledRules } from '../../rules-engine/compile-rules';
import type { Token } from '../../text/tokens';
import { CLAUSE_PUNCTUATION, FINAL_PUNCTUATION, OPENING_MARKS } from '../../text/tokens';
import { classifySpan } from './source-classify';
import type { SourcePhrase } from './source-classify';

/** The rule id of a subject whose head word no rule lists. */
export const GENERIC_SUBJECT_RULE = 'en-generic-subject';
/** The rule id of a subject with appositions or a relative clause before its verb. */
export const APPOSED_SUBJECT_RULE = 'en-apposed-subject';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'two', 'three', 'four']);
const RELATIVES = new Set(['who', 'whose', 'which']);
// Words that open a subordinate clause before its subject ("though the airline claimed").
const SUBORDINATORS = new Set(['though', 'although', 'whereas', 'because', 'while', 'but', 'and', 'yet']);
// Adverbs between a subject and its verb ("the ministry also said").
// Adverbs and auxiliaries between a subject and its verb ("the ministry also said", "have argued").
const ADVERBS = new Set([
  'also',
  'later',
  'separately',
  'previously',
  'earlier',
  'again',
  'then',
  'further',
  'has',
  'have',
  'had',
]);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'there', 'what']);
const MAX_SEGMENT = 14;
const MAX_SUBJECT = 30;
const MAX_PHRASES = 2;

/** One comma-separated piece of the words before a cue: tokens `[start, end)`. */
interface Segment {
  start: number;
  end: number;
}

/**
 * The subject that ends right before cue token `cue` (at or after `floor`), read from the
 * comma-separated segments before it, right to left, or undefined.
 */
export function englishSubjectBefore(
  tokens: readonly Token[],
  cue: number,
  floor: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  let end = cue;
  while (end > floor && ADVERBS.has(tokens[end - 1]?.key ?? '')) end--;
  const segments = segmentsBefore(tokens, end, floor);
  if (segments.length === 0) return undefined;
  const apposed = tokens[end - 1]?.text === ',';
  if (!apposed) {
    const last = segments[segments.length - 1] as Segment;
    return genericSubject(tokens, stripSubordinator(tokens, last), rules);
  }
  // Right to left: appositions, relative clauses and circumstances, then the head phrase.
  let head: Segment | undefined;
  let k = segments.length - 1;
  const parts: Segment[] = [];
  let phraseCount = 0;
  for (; k >= 0; k--) {
    const segment = stripSubordinator(tokens, segments[k] as Segment);
    const kind = segmentKind(tokens, segment, rules);
    // A head and one apposition at most: a third noun phrase is the clause before the attribution.
    if (kind === 'none' || (kind === 'phrase' && phraseCount === MAX_PHRASES)) break;
    parts.unshift(segment);
    if (kind === 'phrase') {
      head = segment;
      phraseCount++;
    }
    if (segment !== segments[k]) break; // "though the airline, …": the clause starts here
  }
  if (!head || parts.length < 2) return undefined;
  const first = parts[0] as Segment;
  if (cue - first.start > MAX_SUBJECT) return undefined;
  const phrases = parts.filter((p) => segmentKind(tokens, p, rules) === 'phrase');
  const spanEnd = (phrases[phrases.length - 1] as Segment).end;
  const start = (phrases[0] as Segment).start;
  const classified = phrases
    .map((p) => classifySpan(tokens, p.start, p.end, rules))
    .filter((p): p is SourcePhrase => p !== undefined);
  const role = rules.heads.findAll(tokens, start, spanEnd).find((m) => m.value.family === 'role');
  const institution = classified.find((p) => p.kind === 'INSTITUTION');
  const relative = parts.some((p) => tokens[p.start]?.key === 'who');
  const named = phrases.some((p) => isName(tokens, p));
  // A name with a title in apposition, or a name a "who" clause describes, is a person.
  const person = named && (role !== undefined || relative || (!institution && phrases.length === 1));
  const best = person ? undefined : (classified[0] ?? genericSubject(tokens, phrases[0] as Segment, rules));
  if (!person && !best) return undefined;
  return {
    start,
    end: spanEnd,
    kind: person ? 'NAMED_PERSON' : (best?.kind ?? 'INSTITUTION'),
    ruleId: APPOSED_SUBJECT_RULE,
    head: role?.value ?? best?.head,
    entity: undefined,
    confidence: 0.55,
  };
}

/** The comma-separated segments between the clause start and `end` (a closing comma dropped). */
function segmentsBefore(tokens: readonly Token[], end: number, floor: number): Segment[] {
  const segments: Segment[] = [];
  let to = tokens[end - 1]?.text === ',' ? end - 1 : end;
  let depth = 0;
  let j = to - 1;
  for (; j >= floor && to - j <= MAX_SUBJECT; j--) {
    const token = tokens[j] as Token;
    if (token.text === ')') depth++;
    else if (token.text === '(') depth--;
    if (depth > 0 || token.text === '(' || token.text === ')') continue;
    if (token.text === '.' && j > floor && tokens[j - 1]?.word) continue; // "Dr.", "St."
    if (FINAL_PUNCTUATION.has(token.text) || OPENING_MARKS.has(token.text) || isClosingMark(token)) break;
    if (CLAUSE_PUNCTUATION.has(token.text)) {
      if (token.text !== ',') break;
      if (j + 1 < to) segments.unshift({ start: j + 1, end: to });
      to = j;
    }
  }
  if (j + 1 < to) segments.unshift({ start: j + 1, end: to });
  return segments;
}

function isClosingMark(token: Token): boolean {
  return ['”', '»', '’', '›'].includes(token.text);
}

function stripSubordinator(tokens: readonly Token[], segment: Segment): Segment {
  const first = tokens[segment.start];
  return first && SUBORDINATORS.has(first.key) && segment.end - segment.start > 1
    ? { start: segment.start + 1, end: segment.end }
    : segment;
}

/**
 * What a segment is: a noun phrase (`phrase`), an apposition that is not the head (a relative
 * clause, a circumstance), or `none` (a clause, a quotation, an introductory adverbial).
 */
function segmentKind(
  tokens: readonly Token[],
  segment: Segment,
  rules: CompiledRules,
): 'phrase' | 'aside' | 'none' {
  const first = tokens[segment.start];
  if (!first?.word) return 'none';
  if (RELATIVES.has(first.key) || rules.circumstances.matchAt(tokens, segment.start)) return 'aside';
  // "dated March 14 and seen by …", "leaked to … by …": a participle phrase describing the head.
  if (/^\p{Ll}+ed$/u.test(first.text) && !rules.clauseVerbs.has(first.key)) return 'aside';
  if (rules.spokeToMarkers.matchAt(tokens, segment.start)) return 'aside'; // "seen by …".
  if (segment.end - segment.start > MAX_SEGMENT + 4) return 'none';
  if (!nounPhrase(tokens, segment, rules)) return 'none';
  return 'phrase';
}

/** A noun phrase: opens with a determiner, a possessive, a number or a capital; no verb, no quote. */
function nounPhrase(tokens: readonly Token[], segment: Segment, rules: CompiledRules): boolean {
  const first = tokens[segment.start] as Token;
  const words = tokens.slice(segment.start, segment.end).filter((t) => t.word);
  if (words.length === 0 || words.length > MAX_SEGMENT) return false;
  if (PRONOUNS.has(first.key)) return false;
  if (rules.functionWords.has(first.key) && !DETERMINERS.has(first.key)) return false;
  // "Ruth Ames, secretary of the union, said": a bare title opens an apposition too.
  const role = rules.heads.matchAt(tokens, segment.start)?.value.family === 'role';
  if (!DETERMINERS.has(first.key) && !role && !/^[\p{Lu}\p{N}]/u.test(first.text)) return false;
  for (let i = segment.start; i < segment.end; i++) {
    const token = tokens[i] as Token;
    if (OPENING_MARKS.has(token.text) || isClosingMark(token)) return false;
    if (!token.word) continue;
    // "dated May 2": a capitalised word is a name, not the verb it spells.
    const lower = !/^\p{Lu}/u.test(token.text);
    if (lower && (rules.clauseVerbs.has(token.key) || rules.cues.matchAt(tokens, i))) return false;
    if (rules.complementizers.matchAt(tokens, i)) return false;
    // "killing two workers": a participle clause, not a noun phrase (a name may end in -ing).
    if (i === segment.start && /ing$/u.test(token.key) && !/^\p{Lu}/u.test(token.text)) return false;
  }
  return true;
}

/** A personal name: two or more capitalised words (abbreviated titles and initials included). */
function isName(tokens: readonly Token[], segment: Segment): boolean {
  let run = 0;
  for (let i = segment.start; i < segment.end; i++) {
    const token = tokens[i] as Token;
    if (token.word && /^\p{Lu}\p{Ll}/u.test(token.text)) run++;
    else if (token.word) run = 0;
  }
  return run >= 2 && DETERMINERS.has(tokens[segment.start]?.key ?? '') === false;
}

/**
 * "the airline", "Travel agents in the coastal provinces", "Its director general": a short noun phrase
 * with no listed head. A plural head is a group of unnamed people; a singular one a body.
 */
function genericSubject(
  tokens: readonly Token[],
  segment: Segment,
  rules: CompiledRules,
): SourcePhrase | undefined {
  let start = segment.start;
  // "In a statement Tuesday the airline said" is rare; a subject is the last phrase of its segment.
  for (let i = segment.end - 1; i > segment.start; i--) {
    const key = tokens[i]?.key ?? '';
    if (DETERMINERS.has(key) && !/^(two|three|four)$/u.test(key)) {
      const before = tokens[i - 1];
      if (before && !rules.headPrepositions.has(before.key) && before.key !== 'for') {
        start = i;
        break;
      }
    }
  }
  const classified = classifySpan(tokens, start, segment.end, rules);
  if (classified) return classified;
  const piece = { start, end: segment.end };
  const words = tokens.slice(start, segment.end).filter((t) => t.word);
  if (words.length === 0 || words.length > MAX_SEGMENT || !nounPhrase(tokens, piece, rules)) return undefined;
  const first = tokens[start] as Token;
  // The head: the last word before a preposition ("agents" in "Travel agents in the provinces").
  let headAt = segment.end - 1;
  for (let i = start + 1; i < segment.end; i++)
    if (rules.headPrepositions.has(tokens[i]?.key ?? '') || tokens[i]?.key === 'for') {
      headAt = i - 1;
      break;
    }
  const head = tokens[headAt]?.key ?? '';
  const plural = /[^s]s$/u.test(head) && !/ss$/u.test(head);
  // A determiner opens the phrase, or a capital opens the sentence, or it is a bare plural
  // ("prosecutors have argued"); a lone capitalised word is left to the surname rule.
  const opens = DETERMINERS.has(first.key) || (/^\p{Lu}/u.test(first.text) && plural && headAt > start);
  if (!opens && !(plural && headAt === start && start === segment.end - 1)) return undefined;
  return {
    start,
    end: segment.end,
    kind: plural ? 'ANONYMOUS_GROUP' : 'INSTITUTION',
    ruleId: GENERIC_SUBJECT_RULE,
    head: undefined,
    entity: undefined,
    confidence: 0.35,
  };
}

/**
 * '"…," said Ann Roe, the director of the clinic.': the apposition after an inverted speaker, up to the
 * sentence end; returns where it ends, or undefined when a clause follows instead.
 */
export function appositionAfter(
  tokens: readonly Token[],
  at: number,
  limit: number,
  rules: CompiledRules,
): number | undefined {
  if (tokens[at]?.text !== ',') return undefined;
  let end = at + 1;
  while (end < limit && !FINAL_PUNCTUATION.has(tokens[end]?.text ?? '') && tokens[end]?.text !== ',') end++;
  const segment = { start: at + 1, end };
  // '“…,” said Aaron Feld, the trust's biologist, “and …”': the quotation resumes after it.
  const resumes = tokens[end]?.text === ',' && OPENING_MARKS.has(tokens[end + 1]?.text ?? '');
  const closes = end >= limit || FINAL_PUNCTUATION.has(tokens[end]?.text ?? '') || resumes;
  return closes && segmentKind(tokens, segment, rules) === 'phrase' ? end : undefined;
}
