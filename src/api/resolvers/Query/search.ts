import type { QueryResolvers } from '../../generated/resolvers-types';
import { searchStatements } from '../../services/search';

export const search: NonNullable<QueryResolvers['search']> = (_parent, args, ctx) =>
  searchStatements(ctx, args);
