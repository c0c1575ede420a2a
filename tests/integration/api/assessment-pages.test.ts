import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { KeyStore } from '../../../src/auth/key-store';
import { ingestSyntheticCorpus } from '../../fixtures/corpus.fixtures';
import { graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';

/**
 * Pages of contradictions and agreements walk an index per relation and merge; counts take a
 * shortcut when nothing is filtered. Both are checked against plain Cypher over the same graph.
 */
type ListName = 'contradictions' | 'agreements';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; relation: string } }[];
}

const LIST = (name: ListName) => /* GraphQL */ `
  query ($first: Int, $after: String, $history: Boolean, $filter: AssessmentFilter) {
    ${name}(first: $first, after: $after, includeHistory: $history, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id relation } }
    }
  }
`;

const RELATIONS: Record<ListName, string[]> = {
  contradictions: ['CONTRADICTS'],
  agreements: ['AGREES', 'SAME_CLAIM'],
};

describe('contradictions and agreements: pages and counts', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  let annotator: Record<string, string>;

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSyntheticCorpus(graph.executor, 1000);
    const store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    annotator = { authorization: `Bearer ${store.createKey('annotator', 'tests').key}` };
    yoga = createApi({ executor: graph.executor, logger: graph.logger, keyStore: store });
  }, 180_000);
  afterAll(() => graph.close());

  /** Every page of a list, `first` at a time, following the cursors. */
  async function walk(
    name: ListName,
    first: number,
    variables: Record<string, unknown> = {},
  ): Promise<{ ids: string[]; totalCount: number; pages: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: Record<ListName, Page> = await graphqlData(yoga, LIST(name), {
        first,
        after,
        ...variables,
      });
      const page = data[name];
      pages++;
      ids.push(...page.edges.map((e) => e.node.id));
      for (const edge of page.edges) expect(RELATIONS[name]).toContain(edge.node.relation);
      if (!page.pageInfo.hasNextPage) return { ids, totalCount: page.totalCount, pages };
      after = page.pageInfo.endCursor;
    }
  }

  /** Ids of the assessments of `relations`, by plain Cypher: the expected answer. */
  async function expected(relations: string[], history: boolean, sourceKind?: string): Promise<string[]> {
    const rows = await graph.executor.read<{ id: string }>({
      cypher: `MATCH (a:Assessment)-[:FROM|TO]->(s:Statement)-[:ATTRIBUTED_TO]->(src:Source)
        WHERE a.relation IN $relations AND ($history OR NOT EXISTS { (a)<-[:SUPERSEDES]-() })
          AND ($kind IS NULL OR src.kind = $kind)
        RETURN DISTINCT a.id AS id ORDER BY id`,
      params: { relations, history, kind: sourceKind ?? null },
    });
    return rows.map((r) => r.id);
  }

  it.each(['contradictions', 'agreements'] as const)(
    '%s: the pages, in id order, hold every current pair once, and totalCount agrees',
    async (name) => {
      const truth = await expected(RELATIONS[name], false);
      expect(truth.length).toBeGreaterThan(20);
      const { ids, totalCount, pages } = await walk(name, 13);
      expect(ids).toEqual(truth);
      expect(totalCount).toBe(truth.length);
      expect(pages).toBe(Math.ceil(truth.length / 13));
    },
  );

  it('agreements merge both relations into one id order', async () => {
    const { ids } = await walk('agreements', 100);
    const relations = await graph.executor.read<{ relation: string }>({
      cypher: 'UNWIND $ids AS id MATCH (a:Assessment {id: id}) RETURN DISTINCT a.relation AS relation',
      params: { ids },
    });
    expect(relations.map((r) => r.relation).sort()).toEqual(['AGREES', 'SAME_CLAIM']);
    expect(ids).toEqual([...ids].sort());
  });

  it('a filter on the sides gives the same pages and count as plain Cypher', async () => {
    const truth = await expected(['CONTRADICTS'], false, 'ANONYMOUS_GROUP');
    expect(truth.length).toBeGreaterThan(0);
    const { ids, totalCount } = await walk('contradictions', 9, {
      filter: { sourceKind: 'ANONYMOUS_GROUP' },
    });
    expect(ids).toEqual(truth);
    expect(totalCount).toBe(truth.length);
  });

  it('a withdrawn contradiction leaves the current count and pages, and stays in history', async () => {
    const before = await walk('contradictions', 50);
    const withdrawn = before.ids[3]!;
    await graphqlData(
      yoga,
      'mutation ($i: CorrectInput!) { correct(input: $i) { newId } }',
      { i: { supersedes: withdrawn, reason: 'Not a contradiction on a closer reading.', withdraw: true } },
      annotator,
    );
    const after = await walk('contradictions', 50);
    expect(after.ids).toEqual(before.ids.filter((id) => id !== withdrawn));
    expect(after.totalCount).toBe(before.totalCount - 1);
    const history = await walk('contradictions', 50, { history: true });
    expect(history.ids).toEqual(await expected(['CONTRADICTS'], true));
    expect(history.ids).toContain(withdrawn);
    expect(history.totalCount).toBe(before.totalCount);
  });

  it('strength on a page comes with the page (one round trip) and equals strength looked up by id', async () => {
    const STRENGTH =
      'fromStrength { score independentOwners owners { id } explanation } toStrength { score independentOwners owners { id } }';
    const before = graph.executor.roundTrips;
    const page = await graphqlData<{
      agreements: { edges: { node: Record<string, unknown> & { id: string } }[] };
    }>(yoga, `{ agreements(first: 15) { edges { node { id ${STRENGTH} } } } }`);
    expect(graph.executor.roundTrips - before).toBe(1);
    const withOwners = page.agreements.edges.filter(
      (e) => (e.node.fromStrength as { independentOwners: number }).independentOwners > 1,
    );
    expect(withOwners.length).toBeGreaterThan(0);
    for (const { node } of page.agreements.edges) {
      const byId = await graphqlData<{ node: Record<string, unknown> }>(
        yoga,
        `query ($id: ID!) { node(id: $id) { ... on Assessment { id ${STRENGTH} } } }`,
        { id: node.id },
      );
      expect(byId.node).toEqual(node);
    }
  });
});
