import * as q from '../../graph/queries/catalog';
import type { CypherQuery } from '../../graph/executor';
import type { ArticleView, EntityView, OutletView, SourceView, TopicView } from '../../graph/views';
import { searchKey } from '../../text/arabic-stem';
import type { RequestContext } from '../context';
import type {
  QueryArticlesArgs,
  QueryEntitiesArgs,
  QueryOutletsArgs,
  QuerySourcesArgs,
  QueryTopicsArgs,
} from '../generated/resolvers-types';
import type { ConnectionModel, SourceConnectionModel } from '../models';
import { decodeIdCursor, pageSize, toConnection } from '../pagination';

type PageQuery = (page: q.PageArgsLike) => CypherQuery;

/** Runs a keyset page query and its (lazy) count query, building the connection. */
async function page<T extends { id: string }>(
  { executor }: RequestContext,
  args: { first?: number | null; after?: string | null },
  pageQuery: PageQuery,
  countQuery: CypherQuery,
): Promise<ConnectionModel<T>> {
  const size = pageSize(args.first);
  const after = decodeIdCursor(args.after);
  const rows = await executor.read<{ node: T }>(pageQuery({ after, limit: size + 1 }));
  return toConnection(
    rows.map((r) => r.node),
    size,
    (n) => n.id,
    after !== null,
    async () => (await executor.read<{ count: number }>(countQuery))[0]?.count ?? 0,
  );
}

export const listArticles = (ctx: RequestContext, args: QueryArticlesArgs) =>
  page<ArticleView>(
    ctx,
    args,
    (p) => q.articlesPage(args.filter ?? {}, p),
    q.articlesCount(args.filter ?? {}),
  );

export const listOutlets = (ctx: RequestContext, args: QueryOutletsArgs) =>
  page<OutletView>(ctx, args, q.outletsPage, q.OUTLETS_COUNT);

export const listTopics = (ctx: RequestContext, args: QueryTopicsArgs) =>
  page<TopicView>(ctx, args, q.topicsPage, q.TOPICS_COUNT);

export function listEntities(
  ctx: RequestContext,
  args: QueryEntitiesArgs,
): Promise<ConnectionModel<EntityView>> {
  const text = args.filter?.text;
  const filter = { kind: args.filter?.kind ?? null, textKey: text ? searchKey(text) : null };
  return page<EntityView>(ctx, args, (p) => q.entitiesPage(filter, p), q.entitiesCount(filter));
}

export async function listSources(
  ctx: RequestContext,
  args: QuerySourcesArgs,
): Promise<SourceConnectionModel> {
  const filter = args.filter ?? {};
  const connection = await page<SourceView>(
    ctx,
    args,
    (p) => q.sourcesPage(filter, p),
    q.sourcesCount(filter),
  );
  return {
    ...connection,
    facets: async () => ({
      kind: (await ctx.executor.read<{ value: string; count: number }>(q.sourceFacets(filter))).map(
        ({ value, count }) => ({ value, count }),
      ),
    }),
  };
}
