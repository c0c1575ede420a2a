import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root';
import type { IntakeConfig } from '../../src/config/config';

export const INTAKE_FIXTURES = path.join(projectRoot(), 'tests', 'fixtures', 'intake');

export const fixture = (name: string): Buffer => fs.readFileSync(path.join(INTAKE_FIXTURES, name));

/** A page the server answers: bytes and headers, or a redirect, or never an answer. */
type Route =
  | { file: string; type: string; chunked?: boolean; language?: string }
  | { redirect: string; status?: number }
  | { status: number }
  | { hang: true };

/** The fixture pages, by path, as the integration tests serve them. Mutable: tests add versions. */
export const ROUTES: Record<string, Route> = {
  '/news/basra-port-reopens': { file: 'json-ld-news.en.html', type: 'text/html; charset=utf-8' },
  '/ar/baghdad-schedule': { file: 'opengraph-only.ar.html', type: 'text/html', language: 'ar' },
  '/bare': { file: 'no-metadata.en.html', type: 'text/html' },
  '/ar/local/republic-bridge-reopening': {
    file: 'bridge-reopening.ar.html',
    type: 'text/html; charset=utf-8',
    language: 'ar',
  },
  '/seed': { file: 'seed-alarabiya.ar.html', type: 'text/html; charset=utf-8' },
  '/authors/string': { file: 'author-string.en.html', type: 'text/html; charset=utf-8' },
  '/authors/person': { file: 'author-person.ar.html', type: 'text/html; charset=utf-8' },
  '/authors/reference': { file: 'author-reference.en.html', type: 'text/html; charset=utf-8' },
  '/authors/meta': { file: 'author-meta.en.html', type: 'text/html; charset=utf-8' },
  '/ar/rabia-crossing': { file: 'time-elements.ar.html', type: 'text/html; charset=utf-8' },
  '/old-link': { redirect: '/moved' },
  '/moved': { redirect: '/news/basra-port-reopens', status: 301 },
  '/loop': { redirect: '/loop' },
  '/big': { file: 'oversize.en.html', type: 'text/html' },
  '/big-chunked': { file: 'oversize.en.html', type: 'text/html', chunked: true },
  '/data.json': { file: 'not-a-page.json', type: 'application/json' },
  '/gone': { status: 404 },
  '/slow': { hang: true },
};

export interface PageServer {
  origin: string;
  /** Every request that reached the server, in order: its path and Host header. */
  requests: { path: string; host: string | undefined }[];
  /** Serves these bytes at this path from now on (a page that changes). */
  serve(pathname: string, body: Buffer | string): void;
  close(): Promise<void>;
}

/** Serves ROUTES (and pages added later) on 127.0.0.1 at a free port. */
export async function startPageServer(): Promise<PageServer> {
  const extra = new Map<string, Buffer>();
  const sockets = new Set<Socket>();
  const requests: PageServer['requests'] = [];
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push({ path: pathname, host: request.headers.host });
    const added = extra.get(pathname);
    if (added) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': added.length });
      return response.end(added);
    }
    const route = ROUTES[pathname];
    if (route === undefined) return response.writeHead(404).end();
    if ('hang' in route) return; // never answers: the fetcher's timeout must end it
    if ('redirect' in route)
      return response.writeHead(route.status ?? 302, { location: route.redirect }).end();
    if (!('file' in route)) return response.writeHead(route.status).end('no');
    const body = fixture(route.file);
    const headers: Record<string, string | number> = { 'content-type': route.type };
    if (route.language) headers['content-language'] = route.language;
    if (route.chunked) {
      response.writeHead(200, headers);
      response.write(body.subarray(0, 1000));
      return response.end(body.subarray(1000));
    }
    response.writeHead(200, { ...headers, 'content-length': body.length });
    response.end(body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    serve: (pathname, body) => extra.set(pathname, Buffer.from(body)),
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}

/** An intake configuration for tests: loopback allowed, small size cap, a fresh artifact store. */
export function testIntakeConfig(overrides: Partial<IntakeConfig> = {}): IntakeConfig {
  return {
    timeoutMs: 10_000,
    maxBytes: 8192,
    maxRedirects: 3,
    contentTypes: ['text/html', 'application/xhtml+xml'],
    allowPrivateAddresses: true,
    offline: false,
    userAgent: 'isnad-tests',
    artifactsDir: fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-artifacts-')),
    ...overrides,
  };
}
