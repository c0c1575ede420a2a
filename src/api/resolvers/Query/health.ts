import { appVersion } from '../../../config/project-root';
import { readServerInfo } from '../../../graph/server-info';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const health: NonNullable<QueryResolvers['health']> = async (_parent, _args, { executor }) => ({
  version: appVersion(),
  neo4j: await readServerInfo(executor),
});
