import type { Resolvers } from '../generated/resolvers-types';
import { health } from './Query/health';

export const resolvers: Resolvers = {
  Query: { health },
};
