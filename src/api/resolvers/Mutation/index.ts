import type { MutationResolvers } from '../../generated/resolvers-types';

/** Write operations; each checks the caller's role first (see src/auth). */
export const mutations: MutationResolvers = {};
