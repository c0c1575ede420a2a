import { statementFacets, statementsCount, statementsPage } from '../../graph/queries/statements';
import { ALL_STATEMENT_PARTS } from '../../graph/projections';
import type { StatementParts } from '../../graph/projections';
import type { StatementView } from '../../graph/views';
import type { RequestContext } from '../context';
import type { QueryStatementsArgs } from '../generated/resolvers-types';
import type { FacetCountModel, StatementConnectionModel } from '../models';
import { apiError, ErrorCode } from '../errors';
import { decodeIdCursor, decodeSpanCursor, pageSize, toConnection } from '../pagination';
import { statementIdsMatching } from './text-matches';

/** A page of statements with lazily computed totalCount and facets. */
export async function listStatements(
  { executor, limits }: RequestContext,
  args: QueryStatementsArgs,
  parts: StatementParts = ALL_STATEMENT_PARTS,
): Promise<StatementConnectionModel> {
  const size = pageSize(args.first);
  const order = args.order ?? 'ID';
  // text order is an article's: spans of different articles do not share one axis
  if (order === 'TEXT' && !args.filter?.article)
    throw apiError(ErrorCode.BadUserInput, 'order TEXT needs filter.article', 'order');
  const spanAfter = order === 'TEXT' ? decodeSpanCursor(args.after) : null;
  const after = order === 'TEXT' ? (spanAfter?.id ?? null) : decodeIdCursor(args.after);
  const { text, ...rest } = args.filter ?? {};
  const filter = { ...rest, textMatches: await statementIdsMatching(executor, text, 'filter.text', limits) };
  const includeHistory = args.includeHistory ?? false;
  const rows = await executor.read<{ statement: StatementView }>(
    statementsPage(
      filter,
      includeHistory,
      { after, afterStart: spanAfter?.start ?? null, order, limit: size + 1 },
      parts,
    ),
  );
  const connection = toConnection(
    rows.map((r) => r.statement),
    size,
    (s) => (order === 'TEXT' ? ([s.start, s.id] as const) : s.id),
    after !== null,
    async () =>
      (await executor.read<{ count: number }>(statementsCount(filter, includeHistory)))[0]?.count ?? 0,
  );
  return {
    ...connection,
    facets: async () => {
      const facetRows = await executor.read<{ facet: string; value: string; count: number }>(
        statementFacets(filter, includeHistory),
      );
      const of = (facet: string): FacetCountModel[] =>
        facetRows.filter((r) => r.facet === facet).map(({ value, count }) => ({ value, count }));
      return { sourceKind: of('sourceKind'), outlet: of('outlet'), topic: of('topic') };
    },
  };
}
