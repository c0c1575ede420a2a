import type { QueryResolvers } from '../../generated/resolvers-types';
import { statementPartsFor } from '../../requested-parts';
import { listAssessments } from '../../services/assessments';

/** Agreements include SAME_CLAIM: a restatement of the same claim agrees with it. */
export const agreements: NonNullable<QueryResolvers['agreements']> = (_parent, args, ctx, info) =>
  listAssessments(ctx, ['AGREES', 'SAME_CLAIM'], args, statementPartsFor(info));
