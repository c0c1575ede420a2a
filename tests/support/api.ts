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
