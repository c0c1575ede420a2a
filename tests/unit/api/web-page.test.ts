import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { useWebPage } from '../../../src/api/plugins/use-web-page';

const schema = createSchema({ typeDefs: /* GraphQL */ 'type Query { ok: Boolean }' });

function pageServer(dir: string) {
  return createYoga({ schema, plugins: [useWebPage(dir)], logging: false });
}

describe('the page route', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-web-unit-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Isnad</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves index.html at / with a policy that allows only its own origin', async () => {
    const response = await pageServer(dir).fetch('http://yoga/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await response.text()).toContain('<title>Isnad</title>');
  });

  it('serves hashed assets as immutable and answers 404 for any other path under /assets', async () => {
    const yoga = pageServer(dir);
    const asset = await yoga.fetch('http://yoga/assets/index-abc123.js');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await yoga.fetch('http://yoga/assets/missing.js')).status).toBe(404);
    expect((await yoga.fetch('http://yoga/assets/..%2findex.html')).status).toBe(404);
  });

  it('leaves /graphql to GraphQL', async () => {
    const response = await pageServer(dir).fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(await response.json()).toEqual({ data: { ok: null } });
  });

  it('says how to build the page when it was not built', async () => {
    const response = await pageServer(path.join(dir, 'nothing-here')).fetch('http://yoga/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('npm run build');
  });
});
