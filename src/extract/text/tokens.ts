/**
 * Tokens with code-point offsets: the unit every rule matches on. A token keeps its exact text and
 * span (so a proposal can quote the article exactly) and its folded key (so rules match however the
 * word is spelled: hamza seats, tashkeel, tatweel, case).
 */
import { foldArabic } from '../../text/arabic-fold';
import { createOffsetIndex } from '../../text/spans';

/** One word or one punctuation/symbol character of the article. */
export interface Token {
  /** Position in the token array. */
  index: number;
  /** The exact characters of the article. */
  text: string;
  /** Code points `[start, end)` in the article. */
  start: number;
  end: number;
  /** A word (letters/digits) rather than punctuation or a symbol. */
  word: boolean;
  /** The folded form (`foldArabic`), e.g. 'لـ' → 'ل', 'أكّدت' → 'اكدت', 'Said' → 'said'. */
  key: string;
  /** Zero-based line (paragraph) of the article. */
  paragraph: number;
}

// A word: letters, digits and marks (tatweel is a letter), with inner '.', '-' or apostrophes joining
// parts that readers see as one word: 'العربية.نت', 'al-Asad', '2.5', "Iraq's".
// A plural possessive keeps its straight apostrophe ("The Prison Officers' Association"): the
// straight single quote never marks a quotation here.
const WORD =
  /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.'’-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*(?:(?<=[sS])'(?=[ \t]\p{L}))?/uy;
const SPACE = /\s/u;

/** Splits `text` into word and punctuation tokens (whitespace dropped), with code-point spans. */
export function tokenize(text: string): Token[] {
  const index = createOffsetIndex(text);
  const tokens: Token[] = [];
  let paragraph = 0;
  let at = 0;
  while (at < text.length) {
    const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
    if (char === '\n') paragraph++;
    if (SPACE.test(char)) {
      at += char.length;
      continue;
    }
    WORD.lastIndex = at;
    const match = WORD.exec(text);
    const word = match !== null;
    const surface = match ? match[0] : char;
    tokens.push({
      index: tokens.length,
      text: surface,
      start: index.toCodePoint(at),
      end: index.toCodePoint(at + surface.length),
      word,
      key: word ? foldArabic(surface) : surface,
      paragraph,
    });
    at += surface.length;
  }
  return tokens;
}

/** Folds a rule's phrase into the keys of its words, as tokens of an article would have them. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => t.word)
    .map((t) => t.key);
}

/**
 * Quotation marks of every kind: « » “ ” „ ‹ › " and the curly single quotes ‘ ’. An apostrophe inside
 * a word (Iraq’s, don’t) is part of the word token, so a standalone ’ only closes a quotation that a
 * standalone ‘ opened (the farmers’ union opens none). The straight single quote is not used.
 */
export const OPENING_MARKS = new Map([
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
  ['‹', '›'],
  ['‘', '’'],
  ['"', '"'],
]);

/** Clause punctuation: commas of both scripts, semicolons, colons, dashes. */
export const CLAUSE_PUNCTUATION = new Set([',', '،', ';', '؛', ':', '—', '–']);

/** Sentence-final punctuation. */
export const FINAL_PUNCTUATION = new Set(['.', '!', '?', '؟']);

/**
 * Finds the quotation regions of a token range: pairs of [opening token index, closing token index].
 * A straight double quote opens when none is open and closes otherwise; an unclosed mark is ignored.
 */
export function quotationRegions(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const regions: [number, number][] = [];
  let open: { at: number; closing: string } | undefined;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (!token || token.word) continue;
    if (open && token.text === open.closing) {
      regions.push([open.at, i]);
      open = undefined;
    } else if (!open) {
      const closing = OPENING_MARKS.get(token.text);
      if (closing) open = { at: i, closing };
    }
  }
  return regions;
}
