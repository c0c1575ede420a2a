/**
 * Light stemming and search tokens.
 *
 * `searchKey` is stored on nodes as `searchText` and indexed by a Neo4j full-text index with the
 * `whitespace` analyzer, so the folding and stemming here, not Lucene's, decide what matches. Index
 * and query go through the same functions; a stemming rule can therefore only cost precision
 * (two words sharing a stem), never make a word unfindable by its own spelling.
 *
 * Arabic stemming is "light" (no roots, in the spirit of Larkey et al.'s light10): it strips the
 * clitics that attach to a written word so that 'وبالانسحاب' finds 'انسحاب'. Known limits, kept on
 * purpose because fixing them needs a dictionary: broken plurals are not merged (خطة / خطط), and
 * a word that starts with a clitic letter may lose it (وزير → زير, consistently in every form).
 */
import { foldArabic } from './arabic-fold';

/**
 * The article with the clitics that can precede it, longest first: conjunction (و ف), preposition
 * (ب ك), and ل + ال written 'لل' (the alef is dropped: للانسحاب).
 */
const ARTICLE_PREFIXES = [
  'وبال',
  'فبال',
  'وكال',
  'فكال',
  'ولل',
  'فلل',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ال',
];

/** After the article at least two letters remain: 'اليد' → 'يد', but 'الم' (pain) is kept whole. */
const MIN_AFTER_ARTICLE = 2;

/**
 * Conjunctions attach to any word, verbs included (وقال, فقال), so they are stripped when three
 * letters remain; light10 uses the same bound for و.
 */
const CONJUNCTIONS = new Set(['و', 'ف']);
const MIN_AFTER_CONJUNCTION = 3;

/**
 * Prepositions ب ل ك begin many common nouns (بلد, كتاب, لجنة), so they are stripped only when four
 * letters remain: 'بانسحاب' → 'انسحاب' but 'كتاب' stays 'كتاب'.
 */
const PREPOSITIONS = new Set(['ب', 'ل', 'ك']);
const MIN_AFTER_PREPOSITION = 4;

/**
 * Attached pronouns (ها هم هن كم نا ه ي) and plural/feminine endings (ات ون ين, and ة, which folding
 * has already made ه), longest first. 'ان' (dual) is left out: it ends too many names (لبنان, ايران).
 */
const SUFFIXES = ['ها', 'هم', 'هن', 'كم', 'نا', 'ات', 'ون', 'ين', 'ه', 'ي'];

/** A suffix is stripped only if a three-letter stem remains (triliteral roots: بيته → بيت, not يده → يد). */
const MIN_STEM = 3;

function length(s: string): number {
  return [...s].length;
}

/**
 * Reduces a folded Arabic word to its light stem: all forms of 'انسحاب' with the article and
 * clitics (الانسحاب, بالانسحاب, وبالانسحاب, والانسحاب, للانسحاب) give 'انسحاب'; 'تغييرات' gives 'تغيير'.
 *
 * Order matters: (1) the article with its clitics, (2) suffixes, repeatedly, (3) single-letter
 * conjunctions and prepositions, repeatedly. Suffixes go before single letters so a suffix cannot
 * lengthen a word past a preposition's bound (كتابه → كتاب, not تاب). Single letters are stripped
 * greedily, so a word that begins with a clitic letter stems alike with and without the article or
 * another clitic (وزير, الوزير, بالوزير → زير; لبنان, للبنان, اللبناني → بنان).
 *
 * @param word One token already passed through `foldArabic` (the rules expect ا ي ه, not أ ى ة).
 */
export function stemArabic(word: string): string {
  let stem = word;
  const article = ARTICLE_PREFIXES.find(
    (prefix) => stem.startsWith(prefix) && length(stem) - prefix.length >= MIN_AFTER_ARTICLE,
  );
  if (article !== undefined) stem = stem.slice(article.length);

  for (let stripped = true; stripped;) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && length(stem) - s.length >= MIN_STEM);
    stripped = suffix !== undefined;
    if (suffix !== undefined) stem = stem.slice(0, -suffix.length);
  }

  for (;;) {
    const first = stem.charAt(0);
    const rest = length(stem) - 1;
    const strip =
      (CONJUNCTIONS.has(first) && rest >= MIN_AFTER_CONJUNCTION) ||
      (PREPOSITIONS.has(first) && rest >= MIN_AFTER_PREPOSITION);
    if (!strip) return stem;
    stem = stem.slice(1);
  }
}

/** English words where a final s is not a plural ending; stripping it would merge unrelated words. */
const ENGLISH_S_WORDS = new Set([
  'news',
  'series',
  'species',
  'always',
  'perhaps',
  'whereas',
  'does',
  'goes',
]);

/**
 * Minimal English plural folding, after Porter's step 1a: 'sses' → 'ss', 'ies' → 'y', a final 's'
 * is dropped unless the word ends in 'ss', 'us' or 'is' or would keep fewer than three letters
 * ('forces' → 'force', 'officials' → 'official', 'status', 'crisis', 'us' unchanged). No other
 * suffixes: English search is secondary and a wrong merge is worse than a missed one. Possessive
 * 's is removed before tokenising (see `toSearchTokens`).
 *
 * @param word One lower-case token (as produced by `foldArabic`).
 */
export function stemEnglish(word: string): string {
  if (ENGLISH_S_WORDS.has(word) || !word.endsWith('s')) return word;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word) || word.length - 1 < 3) return word;
  return word.slice(0, -1);
}

const ARABIC_WORD = /^\p{Script=Arabic}+$/u;
const LATIN_WORD = /^\p{Script=Latin}+$/u;

/**
 * Stems one folded token by its script: Arabic light stemming, English plural folding, anything
 * else (numbers, mixed tokens, other scripts) unchanged.
 */
export function stemToken(token: string): string {
  if (ARABIC_WORD.test(token)) return stemArabic(token);
  if (LATIN_WORD.test(token)) return stemEnglish(token);
  return token;
}

// English possessive: "Iraq's", "Iraq’s" → "Iraq". Other apostrophes separate tokens (l'Irak).
const POSSESSIVE = /(?<=[\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/gu;
// A token starts with a letter or digit and may carry combining marks (Indic vowel signs).
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{Mn}\p{Mc}]*/gu;
// Variation selectors are Mn but only pick a glyph (emoji vs text style); they are not spelling.
const VARIATION_SELECTORS = /[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g;

/**
 * Folds, tokenises (on anything that is not a letter, digit or combining mark; Unicode-aware) and
 * stems a text. Emoji and punctuation produce no tokens.
 *
 * @returns The stems in text order, duplicates kept.
 */
export function toSearchTokens(text: string): string[] {
  const folded = foldArabic(text).replace(POSSESSIVE, '');
  const tokens: string[] = [];
  for (const [match] of folded.matchAll(TOKEN)) {
    const token = match.replace(VARIATION_SELECTORS, '');
    if (token !== '') tokens.push(stemToken(token));
  }
  return tokens;
}

/**
 * The derived string stored in a node's `searchText` property for full-text indexing: the search
 * tokens of `text` joined by single spaces (what a `whitespace` analyzer splits on).
 */
export function searchKey(text: string): string {
  return toSearchTokens(text).join(' ');
}

/**
 * The stems a user's search query must match, in query order without duplicates; pass them to
 * `buildFulltextQuery`. An empty array means the query has nothing searchable (only punctuation
 * or emoji).
 */
export function searchQueryTokens(query: string): string[] {
  return [...new Set(toSearchTokens(query))];
}
