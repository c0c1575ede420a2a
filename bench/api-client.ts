/**
 * The API as the benchmark reaches it: the real yoga server on a loopback HTTP port, and a client
 * that posts operations and fails loudly on GraphQL errors (a fast error is not a fast answer).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApi } from '../src/api/create-yoga';
import type { GraphExecutor } from '../src/graph/executor';
import type { Logger } from '../src/logging/logger';

export interface ApiServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the API on 127.0.0.1 and a free port. */
export async function startApi(executor: GraphExecutor, logger: Logger): Promise<ApiServer> {
  const server = createServer(createApi({ executor, logger }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The JSON body of a GraphQL POST. */
export const graphqlBody = (query: string, variables: Record<string, unknown> = {}): string =>
  JSON.stringify({ query, variables });

/** Posts one operation; returns its data. @throws Error with the GraphQL errors, or the HTTP status. */
export async function postGraphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: graphqlBody(query, variables),
  });
  const result = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || result.errors?.length) {
    throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(result.errors)}`);
  }
  return result.data as T;
}
