import type { QueryResolvers } from '../../generated/resolvers-types';
import { listStatements } from '../../services/statements';

export const statements: NonNullable<QueryResolvers['statements']> = (_parent, args, ctx) =>
  listStatements(ctx, args);
