import type { GraphExecutor } from '../../graph/executor';
import { searchStatementIds } from '../../graph/queries/search';
import { buildFulltextQuery } from '../../text/lucene';
import { searchTermsOf } from '../../text/search-terms';
import type { SearchTerms } from '../../text/search-terms';
import { ApiLimits, DEFAULT_INPUT_LIMITS } from '../limits';
import type { InputLimits } from '../limits';
import { apiError, ErrorCode } from '../errors';

type SearchLimits = Pick<InputLimits, 'maxSearchTextLength' | 'maxSearchTerms'>;

/** A user's search text, checked and ready for the full-text index. */
export interface ParsedSearch {
  /** The Lucene query: every word required, each as any of its spellings. */
  lucene: string;
  /** The words taken apart, for highlights. */
  terms: SearchTerms;
}

/**
 * Checks and parses user text for the full-text index, or throws a BAD_USER_INPUT naming `field`.
 * The text's length and its number of words are bounded first: each word is a clause, and past
 * Lucene's clause limit the index answers an internal error after seconds of work. A text of stop
 * words only ("the", "of it") is refused too: the index ignores them, so it would match nothing.
 */
export function parseSearchText(
  text: string,
  field: string,
  limits: SearchLimits = DEFAULT_INPUT_LIMITS,
): ParsedSearch {
  if (text.length > limits.maxSearchTextLength) {
    throw apiError(
      ErrorCode.BadUserInput,
      `the text is ${text.length} characters long; at most ${limits.maxSearchTextLength} are searched`,
      field,
    );
  }
  const terms = searchTermsOf(text);
  if (terms.words.length > limits.maxSearchTerms) {
    throw apiError(
      ErrorCode.BadUserInput,
      `the text has ${terms.words.length} distinct words; at most ${limits.maxSearchTerms} are searched`,
      field,
    );
  }
  if (terms.words.length > 0 && terms.groups.length === 0) {
    throw apiError(
      ErrorCode.BadUserInput,
      `the text has only words that search ignores (${terms.stopWords.join(', ')}); add a word that says what to find`,
      field,
    );
  }
  const lucene = buildFulltextQuery(terms.groups);
  if (lucene === null) throw apiError(ErrorCode.BadUserInput, 'the text has no searchable words', field);
  return { lucene, terms };
}

/** The Lucene query of `parseSearchText`, for callers that need no highlights. */
export function luceneQueryFor(
  text: string,
  field: string,
  limits: SearchLimits = DEFAULT_INPUT_LIMITS,
): string {
  return parseSearchText(text, field, limits).lucene;
}

/**
 * Ids of current statements whose words or gloss match `text` (null when no text filter is
 * given): one extra round trip that lets every list filter by text.
 */
export async function statementIdsMatching(
  executor: GraphExecutor,
  text: string | null | undefined,
  field: string,
  limits: SearchLimits,
): Promise<string[] | null> {
  if (text === null || text === undefined) return null;
  const lucene = luceneQueryFor(text, field, limits);
  const [row] = await executor.read<{ ids: string[] }>(
    searchStatementIds({ lucene, language: null, maxHits: ApiLimits.maxSearchHits }),
  );
  return row?.ids ?? [];
}
