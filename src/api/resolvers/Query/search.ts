import type { QueryResolvers } from '../../generated/resolvers-types';
import { statementPartsFor } from '../../requested-parts';
import { searchStatements } from '../../services/search';

export const search: NonNullable<QueryResolvers['search']> = (_parent, args, ctx, info) =>
  searchStatements(ctx, args, statementPartsFor(info));
