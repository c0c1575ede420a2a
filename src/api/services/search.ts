import { searchCount, searchPage } from '../../graph/queries/search';
import { ALL_STATEMENT_PARTS } from '../../graph/projections';
import type { StatementParts } from '../../graph/projections';
import type { StatementView } from '../../graph/views';
import type { RequestContext } from '../context';
import type { QuerySearchArgs } from '../generated/resolvers-types';
import { ApiLimits } from '../limits';
import type { ConnectionModel, SearchHitModel } from '../models';
import { decodeOffsetCursor, pageSize, toConnection } from '../pagination';
import { luceneQueryFor } from './text-matches';

interface HitRow {
  statement: StatementView;
  score: number;
  matched: 'ORIGINAL' | 'GLOSS';
  matchedText: string;
  matchedLanguage: string;
}

/** Ranked full-text search over statements and glosses; cursors are offsets into the ranking. */
export async function searchStatements(
  { executor, limits }: RequestContext,
  args: QuerySearchArgs,
  parts: StatementParts = ALL_STATEMENT_PARTS,
): Promise<ConnectionModel<SearchHitModel>> {
  const size = pageSize(args.first);
  const offset = decodeOffsetCursor(args.after);
  const searchArgs = {
    lucene: luceneQueryFor(args.query, 'query', limits),
    language: args.language ?? null,
    maxHits: ApiLimits.maxSearchHits,
  };
  const rows = await executor.read<HitRow>(searchPage(searchArgs, offset, size + 1, parts));
  return toConnection<SearchHitModel>(
    rows,
    size,
    (_hit, index) => offset + index + 1,
    offset > 0,
    async () => (await executor.read<{ count: number }>(searchCount(searchArgs)))[0]?.count ?? 0,
  );
}
