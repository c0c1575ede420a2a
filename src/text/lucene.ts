/**
 * Lucene query strings for Neo4j full-text indexes (`db.index.fulltext.queryNodes`), which parse
 * their query with Lucene's classic QueryParser. User text must never reach that parser as syntax:
 * an unescaped ':' names a field, '"' opens a phrase, '(' a group, '-' excludes, and an unbalanced
 * one is a parse error (a 500 instead of an empty result).
 */

/**
 * The characters QueryParser treats as syntax (the set Lucene's own `QueryParser.escape` escapes):
 * + - ! ( ) : ^ [ ] " { } ~ * ? \ / and & | (which form && and ||).
 */
const SPECIAL = /[+\-!():^[\]"{}~*?\\/&|]/g;

/** Whitespace as QueryParser's lexer sees it: it separates terms and operators. */
const LUCENE_SPACE = /([ \t\n\r\u3000]+)/;

/** Words QueryParser reads as boolean operators when they stand alone, in upper case only. */
const OPERATOR_WORDS = new Set(['AND', 'OR', 'NOT']);

/**
 * Escapes a string so that QueryParser reads every character literally: each special character
 * gets a backslash, and a standalone `AND`, `OR` or `NOT` gets one before its first letter
 * (`\AND` lexes as the term "AND", not the operator), so the text keeps its case.
 *
 * Whitespace is not escaped: it still separates terms, as in Lucene's `escape`. To require every
 * word, use `buildFulltextQuery`.
 */
export function escapeLucene(s: string): string {
  return s.split(LUCENE_SPACE).map(escapeTerm).join('');
}

function escapeTerm(term: string): string {
  return OPERATOR_WORDS.has(term) ? `\\${term}` : term.replace(SPECIAL, (ch) => `\\${ch}`);
}

/** Options for `buildFulltextQuery`. */
export interface FulltextQueryOptions {
  /**
   * Match the last token as a prefix (`tok*`), for search-as-you-type where the last word is still
   * being typed. Off by default: a prefix of a stem is not a stem (the stem of a half-typed word may
   * lose letters a whole word keeps), prefix queries skip analysis, and they widen matches; a
   * complete query should match whole stems only.
   */
  prefixLast?: boolean;
}

/**
 * Builds a Lucene query that requires every term: `+tok1 +tok2`, each escaped. A term given as a
 * list of alternatives (a word and its spelling variants) is required once: `+(alt1 alt2)`. Terms
 * should come from `searchQueryTokens` or `searchTermsOf`, so they are folded and stemmed like the
 * indexed `searchText`.
 * Requiring all terms (rather than Lucene's default OR) makes adding a word narrow the results, as
 * readers expect; scoring still ranks by term frequency.
 *
 * @returns The query string, or `null` when there are no terms: an empty query is a Lucene parse
 *   error, and a search for nothing should return nothing without asking the database.
 */
export function buildFulltextQuery(
  terms: readonly (string | readonly string[])[],
  options: FulltextQueryOptions = {},
): string | null {
  // Tokens are single terms; whitespace inside one would silently split it into optional terms.
  const split = (term: string): string[] => term.split(/\s+/).filter((part) => part !== '');
  const groups = terms
    .flatMap((term) => (typeof term === 'string' ? split(term).map((part) => [part]) : [term.flatMap(split)]))
    .filter((group) => group.length > 0);
  if (groups.length === 0) return null;
  return groups
    .map((group, i) => {
      const prefix = options.prefixLast === true && i === groups.length - 1 ? '*' : '';
      // '+AND' would be a parse error; '+\AND' is the required term "AND".
      const alternatives = group.map((term) => `${escapeTerm(term)}${prefix}`);
      return alternatives.length === 1 ? `+${alternatives[0]}` : `+(${alternatives.join(' ')})`;
    })
    .join(' ');
}
