import { sourcingStrength } from '../../../assess/sourcing-strength';
import { requirePart } from '../../../graph/views';
import type { AssessmentResolvers } from '../../generated/resolvers-types';

/** Strength needs the owners behind each side: one batched query for the whole response. */
export const Assessment: AssessmentResolvers = {
  fromStrength: async (a, _args, { loaders }) =>
    sourcingStrength(a.from, await loaders.statementOwners.load(a.from.id), a.sameSource),
  toStrength: async (a, _args, { loaders }) =>
    sourcingStrength(a.to, await loaders.statementOwners.load(a.to.id), a.sameSource),
  sameSourceBothSides: (a) => a.sameSource,
  generatedBy: (a) => requirePart(a, 'activity'),
};
