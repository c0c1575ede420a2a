import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { KeyStore } from '../../../src/auth/key-store';
import { connectToNeo4j } from '../../../src/graph/connect';
import { GraphExecutor } from '../../../src/graph/executor';
import { DEFAULT_READ_CACHE_LIMITS } from '../../../src/graph/read-cache';
import { graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { ingestSeed } from '../../support/seed';
import { readTestNeo4jEnv } from '../../support/test-neo4j';

const SIDE = `id text gloss { text } source { kind label basis { spokeTo { name } } } article { slug outlet { name } }`;
const PAGE = /* GraphQL */ `
  query ($first: Int) {
    contradictions(first: $first) {
      totalCount
      edges { node { id rationale confidence assertedBy { name } from { ${SIDE} } to { ${SIDE} }
        fromStrength { score who { rank } explanation } toStrength { score explanation } } }
    }
  }`;
const SEARCH =
  '{ search(query: "لا تغييرات لدينا") { totalCount edges { node { matched statement { id text } } } } }';
const STATEMENTS = '{ statements(first: 50) { totalCount edges { node { id text topics { label } } } } }';
const RATIONALE = 'query ($id: ID!) { node(id: $id) { ... on Assessment { rationale } } }';

interface Page {
  contradictions: { totalCount: number; edges: { node: { id: string; rationale: string } }[] };
}

describe('the read cache: answers as without it, never stale after a write', () => {
  let graph: TestGraph;
  let plain: IsnadYoga;
  let cached: IsnadYoga;
  let annotator: Record<string, string>;

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
    const store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    annotator = { authorization: `Bearer ${store.createKey('annotator', 'tests').key}` };
    const deps = { executor: graph.executor, logger: graph.logger, keyStore: store };
    plain = createApi(deps);
    cached = createApi({ ...deps, readCache: DEFAULT_READ_CACHE_LIMITS });
  }, 120_000);
  afterAll(() => graph.close());

  it.each([
    ['a contradictions page with strength', PAGE, { first: 20 }],
    ['an Arabic search', SEARCH, {}],
    ['a page of statements with topics', STATEMENTS, {}],
  ])('%s answers the same with the cache, asked twice, as without it', async (_name, query, variables) => {
    const expected = await graphqlData(plain, query, variables);
    expect(await graphqlData(cached, query, variables)).toEqual(expected);
    expect(await graphqlData(cached, query, variables)).toEqual(expected);
  });

  it('a repeated request costs one round trip, the version check', async () => {
    await graphqlData(cached, PAGE, { first: 5 });
    const before = graph.executor.roundTrips;
    await graphqlData(cached, PAGE, { first: 5 });
    expect(graph.executor.roundTrips - before).toBe(1);
  });

  it('a write by another process (its own driver, as the command line writes) shows at once', async () => {
    const page = await graphqlData<Page>(cached, PAGE, { first: 20 });
    const target = page.contradictions.edges[0]!.node;
    const env = readTestNeo4jEnv();
    const driver = await connectToNeo4j({ ...env, database: undefined });
    const other = new GraphExecutor(driver, undefined, graph.logger);
    try {
      await other.write({
        cypher: 'MATCH (a:Assessment {id: $id}) SET a.rationale = $rationale',
        params: { id: target.id, rationale: 'changed from outside' },
      });
      const after = await graphqlData<Page>(cached, PAGE, { first: 20 });
      expect(after.contradictions.edges.find((e) => e.node.id === target.id)?.node.rationale).toBe(
        'changed from outside',
      );
      await other.write({
        cypher: 'MATCH (a:Assessment {id: $id}) SET a.rationale = $rationale',
        params: { id: target.id, rationale: target.rationale },
      });
      const restored = await graphqlData<Page>(cached, PAGE, { first: 20 });
      expect(restored).toEqual(page);
    } finally {
      await driver.close();
    }
  });

  it('after a mutation the API acknowledged, the next read sees it (totalCount and the new pair)', async () => {
    const before = await graphqlData<Page>(cached, PAGE, { first: 100 });
    const ids = await graphqlData<{ statements: { edges: { node: { id: string } }[] } }>(
      cached,
      '{ statements(first: 2, filter: {article: "art_58276914b82c785f571e0f53"}) { edges { node { id } } } }',
    );
    const [from, to] = ids.statements.edges.map((e) => e.node.id);
    const added = await graphqlData<{ addAssessment: { id: string } }>(
      cached,
      /* GraphQL */ `
        mutation ($input: AddAssessmentInput!) {
          addAssessment(input: $input) {
            id
          }
        }
      `,
      { input: { from, to, relation: 'CONTRADICTS', rationale: 'read-cache test pair', confidence: 0.5 } },
      annotator,
    );
    const after = await graphqlData<Page>(cached, PAGE, { first: 100 });
    expect(after.contradictions.totalCount).toBe(before.contradictions.totalCount + 1);
    expect(after.contradictions.edges.map((e) => e.node.id)).toContain(added.addAssessment.id);
    const node = await graphqlData<{ node: { rationale: string } }>(cached, RATIONALE, {
      id: added.addAssessment.id,
    });
    expect(node.node.rationale).toBe('read-cache test pair');
  });
});
