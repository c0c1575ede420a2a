import { createApi } from '../../src/api/create-yoga';
import type { IsnadYoga } from '../../src/api/create-yoga';
import { openTestGraph } from './graph';
import type { TestGraph } from './graph';
import { ingestSeed } from './seed';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string } }[];
}

/** Posts one GraphQL operation to the in-process server, as a client would over HTTP. */
export async function graphql<T = Record<string, unknown>>(
  yoga: IsnadYoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The data of a response that must have no errors (the errors are shown when it does). */
export async function graphqlData<T>(
  yoga: IsnadYoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const result = await graphql<T>(yoga, query, variables, headers);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** A cleared test graph holding the three seed articles, and an API over it. */
export async function openSeededApi(options: Partial<Parameters<typeof createApi>[0]> = {}): Promise<{
  graph: TestGraph;
  yoga: IsnadYoga;
}> {
  const graph = await openTestGraph();
  await ingestSeed(graph.executor, graph.logger);
  return { graph, yoga: createApi({ executor: graph.executor, logger: graph.logger, ...options }) };
}

/** How long a warm-up may take: a cold first query on a busy machine can take well past a test's 60 s. */
export const WARM_UP_TIMEOUT_MS = 300_000;

/**
 * Runs each root field of the read paths once (list query, full-text search, provenance), so that
 * the first query plans, index opens and JIT compilations are paid in `beforeAll`, under its own
 * generous timeout, and no test depends on them finishing within the per-test timeout.
 */
export async function warmUpApi(yoga: IsnadYoga): Promise<void> {
  await graphql(
    yoga,
    /* GraphQL */ `
      {
        contradictions(first: 1) {
          totalCount
          edges {
            node {
              from {
                text
                source {
                  kind
                }
              }
              fromStrength {
                score
              }
            }
          }
        }
        agreements(first: 1) {
          totalCount
        }
        statements(first: 1) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
        search(query: "Iraq", first: 1) {
          totalCount
          edges {
            node {
              statement {
                id
              }
            }
          }
        }
        ar: search(query: "العراق", language: "ar", first: 1) {
          totalCount
        }
      }
    `,
  );
}
