import { WRITE_ROLES, requireRole } from '../../../auth/roles';
import { loadConfig } from '../../../config/config';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { addAssessmentFromApi } from '../../writes/add-assessment';
import { correctFromApi } from '../../writes/correct';
import { ingestArticleFromApi } from '../../writes/ingest-article';
import { intakePageFromApi } from '../../writes/intake-page';
import { reviewFromApi } from '../../writes/review-decide';
import { proposeArticleFromApi } from '../../writes/review-propose';

/** Write operations: each checks the caller's role first, then calls the write service. */
export const mutations: MutationResolvers = {
  ingestArticle: (_parent, { input }, ctx) => {
    requireRole(ctx.principal, WRITE_ROLES);
    return ingestArticleFromApi(ctx, input);
  },
  addAssessment: (_parent, { input }, ctx) => {
    requireRole(ctx.principal, WRITE_ROLES);
    return addAssessmentFromApi(ctx, ctx.principal!, input);
  },
  correct: (_parent, { input }, ctx) => {
    requireRole(ctx.principal, WRITE_ROLES);
    return correctFromApi(ctx, ctx.principal!, input);
  },
  proposeArticle: (_parent, { input }, ctx) => {
    requireRole(ctx.principal, WRITE_ROLES);
    return proposeArticleFromApi(ctx, input);
  },
  intakePage: (_parent, { input }, ctx) => {
    requireRole(ctx.principal, WRITE_ROLES);
    return intakePageFromApi(ctx, ctx.intake ?? loadConfig({}).intake, input);
  },
  review: (_parent, { input }, ctx) => {
    requireRole(ctx.principal, WRITE_ROLES);
    return reviewFromApi(ctx, ctx.principal!, input);
  },
};
