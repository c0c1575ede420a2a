import type { QueryResolvers } from '../../generated/resolvers-types';
import { listAssessments } from '../../services/assessments';

export const contradictions: NonNullable<QueryResolvers['contradictions']> = (_parent, args, ctx) =>
  listAssessments(ctx, ['CONTRADICTS'], args);
