import path from 'node:path';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { graphql, graphqlData, openSeededApi } from '../../support/api';
import type { TestGraph } from '../../support/graph';
import { FIXTURES_DIR } from '../../support/seed';

interface Page {
  statements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; localId: string; superseded: boolean } }[];
  };
}
const PAGE = /* GraphQL */ `
  query ($first: Int, $after: String, $history: Boolean) {
    statements(first: $first, after: $after, includeHistory: $history) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          localId
          superseded
        }
      }
    }
  }
`;

async function allStatements(
  yoga: IsnadYoga,
  history: boolean,
): Promise<Page['statements']['edges'][number]['node'][]> {
  const seen: Page['statements']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const data: Page = await graphqlData<Page>(yoga, PAGE, { first: 3, after, history });
    seen.push(...data.statements.edges.map((e) => e.node));
    if (!data.statements.pageInfo.hasNextPage) return seen;
    after = data.statements.pageInfo.endCursor;
  }
}

describe('researcher queries: paging, facets, history, errors', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;

  beforeAll(async () => {
    ({ graph, yoga } = await openSeededApi());
  });
  afterAll(() => graph.close());

  it('paging through all statements with first: 3 visits each exactly once', async () => {
    const visited = await allStatements(yoga, false);
    const ids = visited.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(44);
    const total = await graphqlData<Page>(yoga, PAGE, { first: 1 });
    expect(total.statements.totalCount).toBe(44);
  });

  it('counts statements by source kind, outlet and topic', async () => {
    const data = await graphqlData<{
      statements: { facets: { sourceKind: { value: string; count: number }[] } };
    }>(
      yoga,
      '{ statements { facets { sourceKind { value count } outlet { value count } topic { value count } } } }',
    );
    const sum = data.statements.facets.sourceKind.reduce((n, f) => n + f.count, 0);
    expect(sum).toBe(44);
    expect(data.statements.facets.sourceKind.map((f) => f.value)).toContain('OUTLET_VOICE');
  });

  it('after a correction, lists show the correction; includeHistory shows both', async () => {
    await ingestFiles(
      graph.executor,
      [path.join(FIXTURES_DIR, 'correction-defense-official.annotation.yaml')],
      isnadTool(),
      graph.logger,
    );
    const current = await allStatements(yoga, false);
    const history = await allStatements(yoga, true);
    expect(current.map((s) => s.localId)).toContain('no-posture-changes');
    expect(current.map((s) => s.localId)).not.toContain('no-deployment-changes');
    const old = history.find((s) => s.localId === 'no-deployment-changes');
    expect(old?.superseded).toBe(true);
    expect(history.map((s) => s.localId)).toContain('no-posture-changes');
    expect(history).toHaveLength(current.length + 1);
  });

  it.each([
    ['first above 100', '{ statements(first: 101) { totalCount } }', 'BAD_USER_INPUT', 'first'],
    ['first of 0', '{ contradictions(first: 0) { totalCount } }', 'BAD_USER_INPUT', 'first'],
    [
      'a forged cursor',
      '{ statements(after: "bm90LWEtY3Vyc29y") { totalCount } }',
      'BAD_USER_INPUT',
      'after',
    ],
    [
      'confidence above 1',
      '{ contradictions(filter: {minConfidence: 1.5}) { totalCount } }',
      'BAD_USER_INPUT',
      'filter.minConfidence',
    ],
    [
      'a bad date',
      '{ agreements(filter: {publishedFrom: "last week"}) { totalCount } }',
      'BAD_USER_INPUT',
      'filter.publishedFrom',
    ],
    ['a search with no words', '{ search(query: "!!! ...") { totalCount } }', 'BAD_USER_INPUT', 'query'],
  ])('%s is a coded error naming the field', async (_case, query, code, field) => {
    const result = await graphql(yoga, query);
    expect(result.errors?.[0]?.extensions).toEqual({ code, field });
  });

  it('answers the deepest legitimate query, and rejects too many aliases with QUERY_TOO_COMPLEX', async () => {
    const deepest =
      '{ contradictions(first: 1) { edges { node { from { chain { source { basis { spokeTo { owner { name } } } } } } } } } }';
    expect((await graphql(yoga, deepest)).errors).toBeUndefined();
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: health { version }`).join(' ');
    const result = await graphql(yoga, `{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
  });
});
