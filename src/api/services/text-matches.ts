import type { GraphExecutor } from '../../graph/executor';
import { searchStatementIds } from '../../graph/queries/search';
import { buildFulltextQuery } from '../../text/lucene';
import { searchQueryTokens } from '../../text/arabic-stem';
import { ApiLimits, DEFAULT_INPUT_LIMITS } from '../limits';
import type { InputLimits } from '../limits';
import { apiError, ErrorCode } from '../errors';

type SearchLimits = Pick<InputLimits, 'maxSearchTextLength' | 'maxSearchTerms'>;

/**
 * The folded, stemmed Lucene query for user text, or a BAD_USER_INPUT naming `field`. The text's
 * length and its number of words are bounded first: each word is a clause, and past Lucene's
 * clause limit the index answers an internal error after seconds of work.
 */
export function luceneQueryFor(
  text: string,
  field: string,
  limits: SearchLimits = DEFAULT_INPUT_LIMITS,
): string {
  if (text.length > limits.maxSearchTextLength) {
    throw apiError(
      ErrorCode.BadUserInput,
      `the text is ${text.length} characters long; at most ${limits.maxSearchTextLength} are searched`,
      field,
    );
  }
  const tokens = searchQueryTokens(text);
  if (tokens.length > limits.maxSearchTerms) {
    throw apiError(
      ErrorCode.BadUserInput,
      `the text has ${tokens.length} distinct words; at most ${limits.maxSearchTerms} are searched`,
      field,
    );
  }
  const lucene = buildFulltextQuery(tokens);
  if (lucene === null) throw apiError(ErrorCode.BadUserInput, 'the text has no searchable words', field);
  return lucene;
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
