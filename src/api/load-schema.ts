import path from 'node:path';
import { loadFilesSync } from '@graphql-tools/load-files';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { projectRoot } from '../config/project-root';
import { resolvers } from './resolvers';

/** Builds the executable schema from the SDL files in `schema/` (one per domain) and the resolvers. */
export function loadSchema(): GraphQLSchema {
  const typeDefs = mergeTypeDefs(loadFilesSync(path.join(projectRoot(), 'schema', '*.graphql')));
  return makeExecutableSchema({ typeDefs, resolvers });
}
