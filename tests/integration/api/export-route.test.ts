import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsonld from 'jsonld';
import type { JsonLdDocument } from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { KeyStore } from '../../../src/auth/key-store';
import { PROV_CONTEXT_URL, shippedContext } from '../../../src/export/document-loader';
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
    ({ graph, yoga } = await openSeededApi({ keyStore: store, exportBaseIri: 'http://yoga/' }));
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

  it('serves the PROV-O context under the base IRI, to anyone, and an export naming it loads through it', async () => {
    const served = await yoga.fetch('http://yoga/contexts/prov-v1.jsonld');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain('application/ld+json');
    expect(served.headers.get('access-control-allow-origin')).toBe('*');
    expect(await served.json()).toEqual(shippedContext(PROV_CONTEXT_URL));

    const auditor = { 'x-api-key': store.createKey('auditor').key };
    const statement = encodeURIComponent('alarabiya-us-forces-iraq#no-deployment-changes');
    const get = async (inline: boolean) =>
      (await (
        await yoga.fetch(
          `http://yoga/export?format=prov-jsonld&statement=${statement}&inlineContext=${inline}`,
          {
            headers: auditor,
          },
        )
      ).json()) as JsonLdDocument & { '@context': unknown };
    const byUrl = await get(false);
    expect(byUrl['@context']).toBe('http://yoga/contexts/prov-v1.jsonld');
    // a JSON-LD processor elsewhere fetches the context from the API, and reads the same triples
    const fetched: string[] = [];
    const documentLoader = async (url: string): Promise<RemoteDocument> => {
      fetched.push(url);
      const response = await yoga.fetch(url);
      return {
        contextUrl: undefined,
        documentUrl: url,
        document: (await response.json()) as RemoteDocument['document'],
      };
    };
    const viaApi = (await jsonld.toRDF(byUrl, {
      documentLoader,
      format: 'application/n-quads',
    })) as unknown as string;
    const inline = (await jsonld.toRDF(await get(true), {
      documentLoader: () => Promise.reject(new Error('an inline context needs nothing fetched')),
      format: 'application/n-quads',
    })) as unknown as string;
    expect(fetched).toEqual(['http://yoga/contexts/prov-v1.jsonld']);
    expect(viaApi.length).toBeGreaterThan(1000);
    expect(viaApi.split('\n').sort()).toEqual(inline.split('\n').sort());
  });
});
