import path from 'node:path';
import { createYoga, maskError } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { GraphConflictError } from '../graph/driver-errors';
import { ErrorCode } from './errors';
import type { YogaServerInstance } from 'graphql-yoga';
import type { GraphExecutor } from '../graph/executor';
import { ReadCache } from '../graph/read-cache';
import type { ReadCacheLimits } from '../graph/read-cache';
import type { Logger } from '../logging/logger';
import { principalFromRequest } from '../auth/from-request';
import type { KeyStore } from '../auth/key-store';
import { requireReadAccess } from '../auth/roles';
import type { ReadAccess } from '../auth/roles';
import type { ApiContext, RequestContext } from './context';
import { graphiqlOptions, renderOfflineGraphiQL } from './graphiql';
import { createLoaders } from './loaders';
import { loadSchema } from './load-schema';
import { projectRoot } from '../config/project-root';
import { useContextsRoute } from './plugins/use-contexts-route';
import { useExportRoute } from './plugins/use-export-route';
import { useWebPage } from './plugins/use-web-page';
import { useJit } from './plugins/use-jit';
import { useHealthRoutes } from './plugins/use-health-routes';
import { useInputLimits } from './plugins/use-input-limits';
import { useLimits } from './plugins/use-limits';
import { useNoIntrospection } from './plugins/use-no-introspection';
import { useSupportedOperations } from './plugins/use-supported-operations';
import { DEFAULT_INPUT_LIMITS } from './limits';
import { loadConfig } from '../config/config';
import type { IntakeConfig } from '../config/config';
import type { InputLimits } from './limits';

export interface ApiDependencies {
  executor: GraphExecutor;
  logger: Logger;
  /** API keys; without a store every request is anonymous (and writes are refused). */
  keyStore?: Pick<KeyStore, 'authenticate'>;
  /** `key`: reading needs a valid key too. Default `open`. */
  readAccess?: ReadAccess;
  /**
   * Compile each operation to JavaScript once (graphql-jit) instead of interpreting it on every
   * request (graphql-js). Default true; the benchmark measures both.
   */
  jit?: boolean;
  /** Bounds on client input; default DEFAULT_INPUT_LIMITS. */
  limits?: InputLimits;
  /** Production: no GraphiQL. Default false. */
  production?: boolean;
  /** Answer introspection queries. Default: not in production. */
  introspection?: boolean;
  /** A known database outage for `/health/ready` to report (503), or undefined. */
  notReady?: () => string | undefined;
  /**
   * Keep read answers while the graph's version is unchanged (one version check per request).
   * Default: no cache, every read goes to the database.
   */
  readCache?: ReadCacheLimits;
  /** The built page served at `/`. Default dist/web under the project root. */
  webDir?: string;
  /** The intake's fetcher and artifact store; default: the configuration's defaults. */
  intake?: IntakeConfig;
  /** Exports' base IRI (ISNAD_BASE_IRI); default: the configuration's default. */
  exportBaseIri?: string;
}

export type IsnadYoga = YogaServerInstance<Record<string, unknown>, RequestContext>;

/**
 * The GraphQL server (GraphiQL at /graphql, outside production) and the fact-checker's page at /. Each request gets its own round-trip counter and
 * batch loaders, and the caller's principal.
 */
export function createApi({
  executor,
  logger,
  keyStore,
  readAccess = 'open',
  jit = true,
  limits = DEFAULT_INPUT_LIMITS,
  production = false,
  introspection = !production,
  notReady,
  readCache,
  webDir = path.join(projectRoot(), 'dist', 'web'),
  intake = loadConfig({}).intake,
  exportBaseIri = loadConfig({}).export.baseIri,
}: ApiDependencies): IsnadYoga {
  const reader = readCache ? executor.withReadCache(new ReadCache(readCache)) : executor;
  return createYoga<Record<string, unknown>, RequestContext>({
    schema: loadSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: production ? false : graphiqlOptions(),
    renderGraphiQL: renderOfflineGraphiQL,
    maskedErrors: { maskError: maskGraphConflicts },
    plugins: [
      useInputLimits(limits),
      useSupportedOperations(),
      ...(introspection ? [] : [useNoIntrospection()]),
      ...useLimits(),
      useHealthRoutes(executor, notReady),
      useContextsRoute(),
      useExportRoute(executor, exportBaseIri, keyStore),
      useWebPage(webDir),
      ...(jit ? [useJit()] : []),
    ],
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error({ details: args.map(String) }, 'graphql error'),
    },
    context: ({ request }): RequestContext => {
      const principal = keyStore ? principalFromRequest(request, keyStore) : null;
      requireReadAccess(principal, readAccess);
      const requestExecutor = reader.forRequest();
      return {
        executor: requestExecutor,
        loaders: createLoaders(requestExecutor),
        principal,
        logger,
        limits,
        intake,
        exportBaseIri,
      };
    },
  }) as IsnadYoga;
}

/**
 * A write the graph refused because the node exists already (a concurrent writer created it)
 * is answered as CONFLICT naming the node; every other unexpected error stays masked.
 */
const maskGraphConflicts = (error: unknown, message: string, isDev?: boolean): Error => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof GraphConflictError) {
    const path = error instanceof GraphQLError ? error.path : undefined;
    return new GraphQLError(original.message, {
      path,
      extensions: {
        code: ErrorCode.Conflict,
        ...(original.node === null ? {} : { node: original.node }),
      },
    });
  }
  return maskError(error, message, isDev);
};

export type { ApiContext };
