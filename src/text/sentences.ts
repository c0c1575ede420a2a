/**
 * Sentence splitting for coverage checks: every sentence of an article must be covered by a statement
 * or an explicit exclusion, so the splitter must be predictable rather than clever. Its rules, in
 * order: a line end always ends a sentence (articles are one paragraph per line, and the headline is
 * its own line); `.` `!` `?` `؟` end a sentence when followed by whitespace or the end of the line,
 * unless they stand inside quotation marks or end an initial or a common abbreviation ("U.S.").
 * A period between digits ("2.5") or inside a name ("Al Arabiya.net") is not followed by a space, so
 * it never splits.
 */
import type { CodePointSpan } from './spans';

/** One sentence: a code-point span (whitespace trimmed) and the zero-based line it stands on. */
export interface Sentence extends CodePointSpan {
  paragraph: number;
  text: string;
}

const TERMINATORS = new Set(['.', '!', '?', '؟']);
// Paired marks open and close a quotation; the ASCII double quote toggles because it is both.
const OPENING = new Map([
  ['“', '”'],
  ['«', '»'],
]);
const TOGGLING = '"';
// Periods after these words end an abbreviation, not a sentence (English wire copy).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'st',
  'no',
  'vs',
  'brig',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'prof',
  'jr',
  'sr',
  'gens',
  'lieut',
  'supt',
  'insp',
  'det',
  'pvt',
  'sgts',
  // Months in datelines ("CAPE MARRIN, Sept. 9 (Observer) —").
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  // Arabic: د. (doctor), م. (engineer) before a name.
  'د',
  'م',
]);
// "10 p.m. local time": a time of day ends a sentence only before a capital.
const TIMES_OF_DAY = new Set(['a.m', 'p.m']);

/**
 * Splits `text` into sentences, returned in document order as code-point spans. Whitespace around
 * sentences is excluded from their spans; empty lines yield nothing.
 */
export function splitSentences(text: string): Sentence[] {
  const chars = [...text];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  // Stack of closing marks expected; a toggling `"` is pushed and popped as itself.
  let quotes: string[] = [];

  const emit = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(chars[s])) s++;
    while (e > s && isSpace(chars[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e, paragraph, text: chars.slice(s, e).join('') });
    start = end;
  };

  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (char === '\n') {
      emit(i);
      start = i + 1;
      paragraph++;
      quotes = []; // an unbalanced quotation never runs into the next paragraph
      continue;
    }
    if (char === TOGGLING) {
      if (quotes[quotes.length - 1] === TOGGLING) quotes.pop();
      else quotes.push(TOGGLING);
      continue;
    }
    const closing = OPENING.get(char);
    if (closing) {
      quotes.push(closing);
      continue;
    }
    if (quotes.length > 0 && quotes[quotes.length - 1] === char) {
      quotes.pop();
      continue;
    }
    if (!TERMINATORS.has(char) || quotes.length > 0) continue;
    const next = chars[i + 1];
    if (next !== undefined && next !== '\n' && !isSpace(next)) continue;
    if (char === '.' && endsAbbreviation(chars, i)) continue;
    if (char === '.' && timeOfDayBeforeLowercase(chars, i)) continue;
    emit(i + 1);
  }
  emit(chars.length);
  return sentences;
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/** True when the period at `dot` closes an initial ("U.S.") or a listed abbreviation ("Gen."). */
function endsAbbreviation(chars: string[], dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(chars[s - 1] ?? '')) s--;
  const word = chars.slice(s, dot).join('');
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** True when the period at `dot` closes "a.m"/"p.m" and the next word starts in lower case. */
function timeOfDayBeforeLowercase(chars: string[], dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(chars[s - 1] ?? '')) s--;
  if (!TIMES_OF_DAY.has(chars.slice(s, dot).join('').toLowerCase())) return false;
  let n = dot + 1;
  while (n < chars.length && chars[n] !== '\n' && isSpace(chars[n])) n++;
  return /\p{Ll}/u.test(chars[n] ?? '');
}
