import type { QueryResolvers } from '../../generated/resolvers-types';
import { listArticles, listEntities, listOutlets, listSources, listTopics } from '../../services/catalog';

export const articles: NonNullable<QueryResolvers['articles']> = (_p, args, ctx) => listArticles(ctx, args);
export const outlets: NonNullable<QueryResolvers['outlets']> = (_p, args, ctx) => listOutlets(ctx, args);
export const topics: NonNullable<QueryResolvers['topics']> = (_p, args, ctx) => listTopics(ctx, args);
export const entities: NonNullable<QueryResolvers['entities']> = (_p, args, ctx) => listEntities(ctx, args);
export const sources: NonNullable<QueryResolvers['sources']> = (_p, args, ctx) => listSources(ctx, args);
