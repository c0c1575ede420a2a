import { createYoga } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { GraphExecutor } from '../graph/executor';
import type { Logger } from '../logging/logger';
import type { ApiContext, Principal, RequestContext } from './context';
import { createLoaders } from './loaders';
import { loadSchema } from './load-schema';
import { useLimits } from './plugins/use-limits';

export interface ApiDependencies {
  executor: GraphExecutor;
  logger: Logger;
  /** Who presented which key; null for anonymous requests. Throws for a bad key. */
  authenticate?: (request: Request) => Principal | null;
}

export type IsnadYoga = YogaServerInstance<Record<string, unknown>, RequestContext>;

/**
 * The GraphQL server (GraphiQL at /graphql). Each request gets its own round-trip counter and
 * batch loaders, and the caller's principal.
 */
export function createApi({ executor, logger, authenticate }: ApiDependencies): IsnadYoga {
  return createYoga<Record<string, unknown>, RequestContext>({
    schema: loadSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Isnad' },
    plugins: useLimits(),
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error({ details: args.map(String) }, 'graphql error'),
    },
    context: ({ request }): RequestContext => {
      const requestExecutor = executor.forRequest();
      return {
        executor: requestExecutor,
        loaders: createLoaders(requestExecutor),
        principal: authenticate?.(request) ?? null,
        logger,
      };
    },
  }) as IsnadYoga;
}

export type { ApiContext };
