/**
 * The stop list of the `english` analyzer that the `statement_search_english` full-text index uses
 * (Lucene's `EnglishAnalyzer.ENGLISH_STOP_WORDS_SET`): these words are neither indexed nor searched.
 * The index applies the list; this copy lets the API refuse a query made only of them, and leave
 * them out of highlights. tests/integration/search compares it with what
 * `db.index.fulltext.listAvailableAnalyzers()` reports.
 *
 * 'no' and 'not' are on the list, so a search cannot tell "no changes" from "changes": both find
 * the statements that mention changes, which is what a reader looking for a claim needs first.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);
