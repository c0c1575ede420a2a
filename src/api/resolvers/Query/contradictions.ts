import type { QueryResolvers } from '../../generated/resolvers-types';
import { statementPartsFor } from '../../requested-parts';
import { listAssessments } from '../../services/assessments';

export const contradictions: NonNullable<QueryResolvers['contradictions']> = (_parent, args, ctx, info) =>
  listAssessments(ctx, ['CONTRADICTS'], args, statementPartsFor(info));
