import { createYoga } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { GraphExecutor } from '../graph/executor';
import type { Logger } from '../logging/logger';
import type { ApiContext, RequestContext } from './context';
import { loadSchema } from './load-schema';

export interface ApiDependencies {
  executor: GraphExecutor;
  logger: Logger;
}

export type IsnadYoga = YogaServerInstance<Record<string, unknown>, ApiContext>;

/** The GraphQL server (GraphiQL at /graphql). Each request gets its own round-trip counter. */
export function createApi({ executor, logger }: ApiDependencies): IsnadYoga {
  return createYoga<Record<string, unknown>, RequestContext>({
    schema: loadSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Isnad' },
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    context: () => ({ executor: executor.forRequest() }),
  }) as IsnadYoga;
}
