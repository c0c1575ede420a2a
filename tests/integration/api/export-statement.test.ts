import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KeyStore } from '../../../src/auth/key-store';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { graphql, graphqlData, openSeededApi } from '../../support/api';
import type { TestGraph } from '../../support/graph';

const EXPORT = /* GraphQL */ `
  query ($id: ID!, $format: ExportFormat!) {
    exportStatement(id: $id, format: $format) {
      format
      fileName
      data
      itemCount
      rootHash
      verification {
        ok
        itemsChecked
        problems
      }
    }
  }
`;

interface ExportAnswer {
  exportStatement: {
    format: string;
    fileName: string;
    data: string;
    itemCount: number;
    rootHash: string;
    verification: { ok: boolean; itemsChecked: number; problems: string[] };
  };
}

describe('exportStatement: one claim exported and verified through GraphQL', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  let store: KeyStore;
  const official = 'alarabiya-us-forces-iraq#no-deployment-changes';

  beforeAll(async () => {
    store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    ({ graph, yoga } = await openSeededApi({ keyStore: store }));
  });
  afterAll(() => graph.close());

  it('needs an auditor or admin key, like GET /export', async () => {
    const anonymous = await graphql(yoga, EXPORT, { id: official, format: 'CLAIMREVIEW' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const annotator = { authorization: `Bearer ${store.createKey('annotator').key}` };
    const refused = await graphql(yoga, EXPORT, { id: official, format: 'CLAIMREVIEW' }, annotator);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('returns the same data and root hash as GET /export, and a verification that passes', async () => {
    const key = store.createKey('auditor').key;
    const answer = await graphqlData<ExportAnswer>(
      yoga,
      EXPORT,
      { id: official, format: 'PROV_JSONLD' },
      { authorization: `Bearer ${key}` },
    );
    const route = await yoga.fetch(
      `http://yoga/export?format=prov-jsonld&statement=${encodeURIComponent(official)}`,
      { headers: { 'x-api-key': key } },
    );
    const result = answer.exportStatement;
    expect(result.fileName).toBe('export.prov.jsonld');
    expect(result.rootHash).toBe(route.headers.get('x-isnad-root-hash'));
    expect(result.itemCount).toBe(Number(route.headers.get('x-isnad-items')));
    expect(JSON.parse(result.data)['@graph'].length).toBeGreaterThan(10);
    expect(result.verification).toEqual({ ok: true, itemsChecked: result.itemCount, problems: [] });
  });

  it('answers NOT_FOUND for a statement that does not exist', async () => {
    const admin = { authorization: `Bearer ${store.createKey('admin').key}` };
    const answer = await graphql(
      yoga,
      EXPORT,
      { id: 'st_000000000000000000000000', format: 'CLAIMREVIEW' },
      admin,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
