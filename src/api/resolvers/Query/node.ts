import type { QueryResolvers } from '../../generated/resolvers-types';
import { nodeById } from '../../services/node';

export const node: NonNullable<QueryResolvers['node']> = (_parent, { id }, ctx) => nodeById(ctx, id) as never;
