import { searchCount, searchPage } from '../../graph/queries/search';
import { ALL_STATEMENT_PARTS } from '../../graph/projections';
import type { StatementParts } from '../../graph/projections';
import type { StatementView } from '../../graph/views';
import { highlightRanges } from '../../text/highlights';
import type { RequestContext } from '../context';
import type { QuerySearchArgs } from '../generated/resolvers-types';
import { ApiLimits } from '../limits';
import type { ConnectionModel, SearchHitModel, SearchMatchModel } from '../models';
import { decodeOffsetCursor, pageSize, toConnection } from '../pagination';
import { parseSearchText } from './text-matches';

interface HitRow {
  statement: StatementView;
  score: number;
  matched: 'ORIGINAL' | 'GLOSS';
  matchedText: string;
  matchedLanguage: string;
  matches: Omit<SearchMatchModel, 'highlights'>[];
}

/**
 * Ranked full-text search over statements and glosses; cursors are offsets into the ranking.
 * Highlights are computed here from the query's terms, on the page's texts only.
 */
export async function searchStatements(
  { executor, limits }: RequestContext,
  args: QuerySearchArgs,
  parts: StatementParts = ALL_STATEMENT_PARTS,
): Promise<ConnectionModel<SearchHitModel>> {
  const size = pageSize(args.first);
  const offset = decodeOffsetCursor(args.after);
  const { lucene, terms } = parseSearchText(args.query, 'query', limits);
  const searchArgs = { lucene, language: args.language ?? null, maxHits: ApiLimits.maxSearchHits };
  const rows = await executor.read<HitRow>(searchPage(searchArgs, offset, size + 1, parts));
  const hits = rows.map((row): SearchHitModel => {
    const matches = row.matches.map((match) => ({
      ...match,
      highlights: highlightRanges(match.text, terms.matchKeys),
    }));
    return { ...row, matches, highlights: highlightRanges(row.matchedText, terms.matchKeys) };
  });
  return toConnection<SearchHitModel>(
    hits,
    size,
    (_hit, index) => offset + index + 1,
    offset > 0,
    async () => (await executor.read<{ count: number }>(searchCount(searchArgs)))[0]?.count ?? 0,
  );
}
