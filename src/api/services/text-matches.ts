import type { GraphExecutor } from '../../graph/executor';
import { searchStatementIds } from '../../graph/queries/search';
import { buildFulltextQuery } from '../../text/lucene';
import { searchQueryTokens } from '../../text/arabic-stem';
import { ApiLimits } from '../limits';
import { apiError, ErrorCode } from '../errors';

/** The folded, stemmed Lucene query for user text, or a BAD_USER_INPUT naming `field`. */
export function luceneQueryFor(text: string, field: string): string {
  const lucene = buildFulltextQuery(searchQueryTokens(text));
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
): Promise<string[] | null> {
  if (text === null || text === undefined) return null;
  const lucene = luceneQueryFor(text, field);
  const [row] = await executor.read<{ ids: string[] }>(
    searchStatementIds({ lucene, language: null, maxHits: ApiLimits.maxSearchHits }),
  );
  return row?.ids ?? [];
}
