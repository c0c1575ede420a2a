import type { NodeResolvers } from '../../generated/resolvers-types';
import { typeOfId } from '../../services/node';

export const Node: NodeResolvers = {
  __resolveType: (node) => typeOfId((node as { id: string }).id) as never,
};
