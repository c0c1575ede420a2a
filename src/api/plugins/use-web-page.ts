import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The page may load only its own files and talk only to this server (the GraphQL API). */
const PAGE_POLICY = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface PageFile {
  body: Buffer;
  type: string;
  cache: string;
}

/** The built page's files by URL path, read once: only these paths are served, so no path from a request reaches the file system. */
export function loadWebPage(dir: string): Map<string, PageFile> | null {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return null;
  const files = new Map<string, PageFile>();
  files.set('/', { body: fs.readFileSync(index), type: TYPES['.html']!, cache: 'no-cache' });
  const assets = path.join(dir, 'assets');
  for (const name of fs.existsSync(assets) ? fs.readdirSync(assets) : []) {
    const type = TYPES[path.extname(name)];
    if (type === undefined) continue;
    // names carry a content hash, so a cached copy never goes stale
    files.set(`/assets/${name}`, {
      body: fs.readFileSync(path.join(assets, name)),
      type,
      cache: 'public, max-age=31536000, immutable',
    });
  }
  return files;
}

/**
 * The fact-checker's page (built by `npm run build` into dist/web) at `/`, its assets under
 * `/assets/`. It talks only to `/graphql`; its content security policy allows nothing else.
 * When the page was not built, `/` says how to build it.
 */
export function useWebPage(dir: string): Plugin {
  const files = loadWebPage(dir);
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/' && !url.pathname.startsWith('/assets/')) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (files === null) {
        endResponse(
          new Response('The page is not built: run `npm run build`.\n', {
            status: 404,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      const file = files.get(url.pathname);
      if (file === undefined) {
        endResponse(new Response('not found\n', { status: 404, headers: { 'content-type': 'text/plain' } }));
        return;
      }
      endResponse(
        new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
          headers: {
            'content-type': file.type,
            'cache-control': file.cache,
            'content-security-policy': PAGE_POLICY,
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}
