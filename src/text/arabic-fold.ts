/**
 * Search folding: the normalised form of a text that search indexes and queries are built from.
 *
 * The folded form is derived data only. It is never shown, exported or hashed, and its offsets do
 * not line up with the original (characters are removed and, for presentation forms, expanded),
 * so spans are always computed on the original text.
 */

/**
 * Arabic presentation forms (A: U+FB50–U+FDFF, B: U+FE70–U+FEFF). Legacy encoders and PDF
 * extraction emit these contextual glyph codes ('ﻻ', 'ﺍﻟﻌﺮﺍﻕ') instead of letters; NFKC maps them
 * back to the letters a reader sees. NFKC is applied to these runs only, so that other text (e.g.
 * '²', full-width forms, emoji sequences) keeps its identity.
 */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]+/g;

/**
 * Invisible format characters that change rendering but not the words: LRM/RLM, ALM, the bidi
 * embeddings/overrides/isolates, zero-width space, BOM/ZWNBSP, and ZWNJ (Persian writers use it
 * or omit it inside one word, e.g. 'می‌خواهم' / 'میخواهم'). ZWJ is kept: emoji sequences need it.
 */
const FORMAT_CONTROLS = /[\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Marks removed after NFD:
 * - U+064B–U+065F tashkeel (harakat, tanween, shadda, sukun, and the hamza/madda marks that NFD
 *   splits off أ إ آ ؤ ئ ۀ ۓ): Arabic is usually written without them, so a quote typed with
 *   'لَا تَغْيِيرَاتٍ' must find the unvocalised article text;
 * - U+0670 superscript (dagger) alef: a vowel mark in fully vocalised text ('هٰذا');
 * - U+06D6–U+06ED Quranic annotation marks: recitation signs, never part of the word;
 * - U+0640 tatweel: justification stretching ('الـعـراق'), not a letter;
 * - U+0300–U+036F, U+1AB0–U+1AFF, U+1DC0–U+1DFF, U+FE20–U+FE2F combining diacritics, so that
 *   Latin transliterations match however they were typed ('Sudānī', 'Sudani'). Other marks (e.g.
 *   U+20E3 keycap, variation selectors, Indic vowel signs) are kept: they are part of the symbol.
 */
// One class per block: a class mixing marks with what precedes them reads as combined characters.
const REMOVED_MARKS =
  /[\u064B-\u065F\u0670\u06D6-\u06ED]|\u0640|[\u0300-\u036F]|[\u1AB0-\u1AFF]|[\u1DC0-\u1DFF]|[\uFE20-\uFE2F]/g;

/**
 * One-to-one letter and digit folds, applied after NFD and mark removal (so أ has already become
 * ا + removed hamza; the base forms below catch letters that have no decomposition).
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  // Alef variants: hamza above/below and madda are spelling choices writers often skip
  // (أكدت / اكدت); alef wasla (ٱ) and the wavy-hamza alefs are Quranic/Urdu spellings of alef.
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  '\u0672': '\u0627', // ٲ
  '\u0673': '\u0627', // ٳ
  '\u0675': '\u0627', // ٵ
  // Alef maqsura is written for final yeh and vice versa (Egyptian print drops the dots: على / علي).
  '\u0649': '\u064A', // ى
  // Teh marbuta is often typed as heh, and the two are pronounced alike in pause (خطة / خطه).
  '\u0629': '\u0647', // ة
  // Hamza on a seat: writers and keyboards drop the hamza and keep the seat (مسؤول / مسوول,
  // رئيس / رييس). A hamza on the line (ء) has no seat to fall back to and is kept.
  '\u0624': '\u0648', // ؤ
  '\u0626': '\u064A', // ئ
  '\u0676': '\u0648', // ٶ high hamza waw
  '\u0678': '\u064A', // ٸ high hamza yeh
  // Persian/Urdu keyboards produce these code points for the same letters in Arabic words.
  '\u06A9': '\u0643', // ک keheh → kaf
  '\u06AA': '\u0643', // ڪ swash kaf (decorative kaf in Arabic print)
  '\u06CC': '\u064A', // ی Farsi yeh
  '\u06D0': '\u064A', // ې Pashto e
  '\u06D2': '\u064A', // ے Urdu yeh barree
  '\u06C1': '\u0647', // ہ heh goal
  '\u06BE': '\u0647', // ھ heh doachashmee
  '\u06D5': '\u0647', // ە ae (also the NFD base of ۀ)
  // Arabic separators inside numbers, so '٢٠٬٠٠٠' and '20,000' tokenise alike.
  '\u066B': '.', // ٫ decimal separator
  '\u066C': ',', // ٬ thousands separator
};

// Arabic-Indic (U+0660–U+0669) and Eastern Arabic-Indic (U+06F0–U+06F9) digits → ASCII: dates and
// figures are written either way ('٢٠٢٥', '۲۰۲۵', '2025') and must find each other.
const DIGIT_FOLDS: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from({ length: 10 }, (_, d) => [
    [String.fromCharCode(0x0660 + d), String(d)],
    [String.fromCharCode(0x06f0 + d), String(d)],
  ]).flat(),
);

const CHAR_FOLDS: Readonly<Record<string, string>> = { ...LETTER_FOLDS, ...DIGIT_FOLDS };

const FOLDABLE_CHAR = new RegExp(`[${Object.keys(CHAR_FOLDS).join('')}]`, 'g');

/**
 * Folds text to the form used for search indexing and search queries, so that spellings a reader
 * treats as the same word compare equal: Arabic without tashkeel, tatweel and letter variants
 * (hamza seats, ى/ي, ة/ه, Persian/Urdu code points), ASCII digits, lower-case Latin without
 * accents, single spaces.
 *
 * Folding is idempotent (`foldArabic(foldArabic(x)) === foldArabic(x)`). Characters it has no rule
 * for, including emoji and other scripts, pass through unchanged. The result must never replace the
 * original text: it is lossy and its code-point offsets differ from the original's.
 *
 * @param text Any text, Arabic, English or mixed.
 * @returns The folded text, trimmed, with whitespace runs collapsed to one U+0020.
 */
export function foldArabic(text: string): string {
  return (
    text
      .replace(PRESENTATION_FORMS, (run) => run.normalize('NFKC'))
      .replace(FORMAT_CONTROLS, '')
      // Before NFD so that 'İ' → 'i' + U+0307 loses its dot with the other combining marks.
      .toLowerCase()
      .normalize('NFD')
      .replace(REMOVED_MARKS, '')
      .replace(FOLDABLE_CHAR, (ch) => CHAR_FOLDS[ch] ?? ch)
      // Recompose what NFD split apart in scripts we do not fold (e.g. Hangul), so they keep
      // their usual composed code points.
      .normalize('NFC')
      // JavaScript's \s covers Unicode spaces (NBSP, U+2000–U+200A, U+3000, line separators).
      .replace(/\s+/g, ' ')
      .trim()
  );
}
