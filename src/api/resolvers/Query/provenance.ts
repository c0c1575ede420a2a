import type { QueryResolvers } from '../../generated/resolvers-types';
import { provenanceTrail } from '../../services/provenance';

export const provenance: NonNullable<QueryResolvers['provenance']> = (_parent, { id }, ctx) =>
  provenanceTrail(ctx, id);
