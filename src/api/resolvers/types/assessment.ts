import { sourcingStrength } from '../../../assess/sourcing-strength';
import type { AssessmentResolvers } from '../../generated/resolvers-types';

export const Assessment: AssessmentResolvers = {
  fromStrength: (a) => sourcingStrength(a.from, a.sameSource),
  toStrength: (a) => sourcingStrength(a.to, a.sameSource),
  sameSourceBothSides: (a) => a.sameSource,
  generatedBy: (a) => a.activity,
};
