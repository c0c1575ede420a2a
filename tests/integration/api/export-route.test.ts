import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KeyStore } from '../../../src/auth/key-store';
import { openSeededApi } from '../../support/api';
import type { TestGraph } from '../../support/graph';
import type { IsnadYoga } from '../../../src/api/create-yoga';

describe('GET /export on the API server', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  let store: KeyStore;

  beforeAll(async () => {
    store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    ({ graph, yoga } = await openSeededApi({ keyStore: store }));
  });
  afterAll(() => graph.close());

  const url = 'http://yoga/export?format=nquads&article=alarabiya-us-forces-iraq';

  it('needs a key with role auditor or admin: 401 without one, 403 with a reader key', async () => {
    expect((await yoga.fetch(url)).status).toBe(401);
    const reader = store.createKey('reader').key;
    expect((await yoga.fetch(url, { headers: { 'x-api-key': reader } })).status).toBe(403);
  });

  it('streams the N-Quads of an article to an auditor, with its root hash', async () => {
    const auditor = store.createKey('auditor').key;
    const response = await yoga.fetch(url, { headers: { authorization: `Bearer ${auditor}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-isnad-root-hash')).toMatch(/^[0-9a-f]{64}$/);
    const body = await response.text();
    expect(body).toContain('<urn:isnad:art_1a2c66b718317b9848f9b2c3>');
    expect(body.split('\n').filter((line) => line.trim()).length).toBeGreaterThan(100);
  });
});
