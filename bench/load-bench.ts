/**
 * Throughput under load: autocannon posts one operation to the API over loopback for a bounded
 * time at each concurrency. It runs as a child process, so the load generator's event loop is
 * not the server's; on a small machine the three processes (autocannon, Node, the JVM) still
 * share the same cores, which the figures include.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { graphqlBody } from './api-client';

export interface LoadFigure {
  operation: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Responses other than 2xx (a GraphQL error, an overload): should be 0. */
  non2xx: number;
  /** Socket errors and requests that took longer than autocannon's 10 s timeout. */
  errors: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

const AUTOCANNON = path.join(__dirname, '..', 'node_modules', 'autocannon', 'autocannon.js');

/** Runs autocannon against `url` with `connections` concurrent connections for `seconds`. */
export async function measureLoad(
  url: string,
  operation: { name: string; query: string; variables?: Record<string, unknown> },
  connections: number,
  seconds: number,
): Promise<LoadFigure> {
  const args = [
    AUTOCANNON,
    '--json',
    '--connections',
    String(connections),
    '--duration',
    String(seconds),
    '--method',
    'POST',
    '--headers',
    'content-type=application/json',
    '--body',
    graphqlBody(operation.query, operation.variables),
    url,
  ];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as AutocannonJson;
  return {
    operation: operation.name,
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
