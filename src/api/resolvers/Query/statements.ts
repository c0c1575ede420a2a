import type { QueryResolvers } from '../../generated/resolvers-types';
import { statementPartsFor } from '../../requested-parts';
import { listStatements } from '../../services/statements';

export const statements: NonNullable<QueryResolvers['statements']> = (_parent, args, ctx, info) =>
  listStatements(ctx, args, statementPartsFor(info));
