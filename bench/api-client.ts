/**
 * The API as the benchmark reaches it: the real yoga server on a loopback HTTP port, and a client
 * that posts operations and fails loudly on GraphQL errors (a fast error is not a fast answer).
 */
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApi } from '../src/api/create-yoga';
import type { ApiDependencies } from '../src/api/create-yoga';
import type { GraphExecutor } from '../src/graph/executor';
import type { Logger } from '../src/logging/logger';

export interface ApiServer {
  url: string;
  /**
   * Runs an operation on the same server without HTTP (`yoga.fetch`), so the benchmark can tell
   * what GraphQL execution costs from what HTTP costs. @throws Error on GraphQL errors.
   */
  inProcess(query: string, variables?: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

/** Starts the API on 127.0.0.1 and a free port (`options` as createApi takes them). */
export async function startApi(
  executor: GraphExecutor,
  logger: Logger,
  options: Partial<ApiDependencies> = {},
): Promise<ApiServer> {
  const yoga = createApi({ executor, logger, ...options });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async inProcess(query, variables = {}) {
      const response = await yoga.fetch('http://in-process/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: graphqlBody(query, variables),
      });
      const result = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (result.errors?.length) throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
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

/**
 * Keep-alive connections for the benchmark's requests. node:http costs the shared process about
 * a third of what `fetch` (undici) does per request here (0.3 ms against 1 ms, measured on this
 * project's 2-core machine), and the client shares its event loop and cores with the server it
 * measures.
 */
const agent = new Agent({ keepAlive: true });

/** Posts one operation; returns its data. @throws Error with the GraphQL errors, or the HTTP status. */
export async function postGraphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { status, body } = await post(url, graphqlBody(query, variables));
  const result = JSON.parse(body) as { data?: T; errors?: unknown[] };
  if (status !== 200 || result.errors?.length) {
    throw new Error(`GraphQL request failed (HTTP ${status}): ${JSON.stringify(result.errors)}`);
  }
  return result.data as T;
}

function post(url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
