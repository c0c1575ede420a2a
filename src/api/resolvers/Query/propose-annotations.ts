import type { QueryResolvers } from '../../generated/resolvers-types';
import { proposeForApi } from '../../services/propose';

export const proposeAnnotations: NonNullable<QueryResolvers['proposeAnnotations']> = (_parent, args, ctx) =>
  proposeForApi(ctx, args);
