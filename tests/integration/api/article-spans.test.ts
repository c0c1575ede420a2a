import type { IsnadYoga } from '../../../src/api/create-yoga';
import { ids } from '../../../src/ingest/ids';
import { ingestResolved } from '../../../src/ingest/ingest-service';
import { resolveAnnotation } from '../../../src/ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../../src/ingest/resolved-annotation';
import { isnadTool } from '../../../src/ingest/tool-info';
import { generateLargeArticle } from '../../fixtures/large-annotation.fixtures';
import { graphql, graphqlData, openSeededApi } from '../../support/api';
import type { TestGraph } from '../../support/graph';

const SPANS = /* GraphQL */ `
  query ($article: ID!, $first: Int!, $after: String) {
    statements(filter: { article: $article }, order: TEXT, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          text
          span {
            start
            end
          }
        }
      }
    }
  }
`;

interface SpanPage {
  statements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; text: string; span: { start: number; end: number } } }[];
  };
}

describe("an article's spans in text order, a page of the API at a time", () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  let resolved: ResolvedAnnotation;
  let articleId: string;

  beforeAll(async () => {
    ({ graph, yoga } = await openSeededApi());
    const article = generateLargeArticle(230);
    resolved = resolveAnnotation(
      article.annotation,
      new TextEncoder().encode(article.text),
      `${article.slug}.txt`,
      `${article.slug}.annotation.yaml`,
    );
    await ingestResolved(graph.executor, resolved, isnadTool());
    articleId = ids.article(resolved.article.contentHash);
  });
  afterAll(() => graph.close());

  it('pages through 230 spans in three pages of at most 100, from the top of the text, each once', async () => {
    const pages: SpanPage['statements'][] = [];
    let after: string | null = null;
    do {
      const page: SpanPage = await graphqlData<SpanPage>(yoga, SPANS, {
        article: articleId,
        first: 100,
        after,
      });
      pages.push(page.statements);
      after = page.statements.pageInfo.hasNextPage ? page.statements.pageInfo.endCursor : null;
    } while (after !== null);
    expect(pages.map((p) => p.edges.length)).toEqual([100, 100, 30]);
    expect(pages[0]!.totalCount).toBe(230);
    const starts = pages.flatMap((p) => p.edges.map((e) => e.node.span.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const seen = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(new Set(seen).size).toBe(230);
    const quotes = [...resolved.statements]
      .sort((a, b) => a.anchor.start - b.anchor.start)
      .map((s) => s.anchor.quote);
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.text))).toEqual(quotes);
  });

  it('refuses text order without an article, a page above 100 and a cursor of the other order', async () => {
    const codes = async (query: string, variables: Record<string, unknown>) =>
      (await graphql(yoga, query, variables)).errors?.map((e) => [e.extensions?.code, e.extensions?.field]);
    expect(await codes(`{ statements(order: TEXT) { edges { node { id } } } }`, {})).toEqual([
      ['BAD_USER_INPUT', 'order'],
    ]);
    expect(await codes(SPANS, { article: articleId, first: 101 })).toEqual([['BAD_USER_INPUT', 'first']]);
    const byId = await graphqlData<{ statements: { pageInfo: { endCursor: string } } }>(
      yoga,
      `query ($article: ID!) { statements(filter: { article: $article }, first: 1) { pageInfo { endCursor } } }`,
      { article: articleId },
    );
    expect(
      await codes(SPANS, { article: articleId, first: 10, after: byId.statements.pageInfo.endCursor }),
    ).toEqual([['BAD_USER_INPUT', 'after']]);
  });
});
