import type {
  AssessmentResolvers,
  SourceResolvers,
  StatementResolvers,
} from '../../generated/resolvers-types';

/** True when the proposer, not a person, wrote the fact (whatever its review says now). */
const proposed = (node: { method: string }) => node.method !== 'HUMAN';

export const StatementReviewFields: StatementResolvers = { proposed };

export const SourceReviewFields: SourceResolvers = { proposed };

/** The proposal a confirmation confirms, and back: batched by the assessment loader. */
export const AssessmentReviewFields: AssessmentResolvers = {
  proposed,
  confirms: (a, _args, { loaders }) => (a.confirms ? loaders.assessment.load(a.confirms) : null),
  confirmation: (a, _args, { loaders }) =>
    a.review?.confirmationId ? loaders.assessment.load(a.review.confirmationId) : null,
};
