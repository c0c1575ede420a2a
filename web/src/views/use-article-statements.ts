import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { CombinedError, OperationResult } from 'urql';
import { graphql } from '../gql';
import type { ArticleStatementsQuery } from '../gql/graphql';

// The API's largest page: an article with more statements is read page by page, in text order.
const PAGE = 100;

const ArticleStatements = graphql(/* GraphQL */ `
  query ArticleStatements($id: ID!, $first: Int!, $after: String, $withTotal: Boolean!) {
    statements(filter: { article: $id }, order: TEXT, first: $first, after: $after) {
      totalCount @include(if: $withTotal)
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          text
          language
          direction
          span {
            start
            end
          }
          source {
            id
            kind
            label
            labelEn
            direction
          }
        }
      }
    }
  }
`);

export type ArticleStatement = ArticleStatementsQuery['statements']['edges'][number]['node'];

export interface ArticleStatementsState {
  statements: ArticleStatement[];
  /** From the first page; null until it answers. */
  total: number | null;
  done: boolean;
  error?: CombinedError | undefined;
}

/**
 * Every statement of an article, following the cursor until the last page, so that an article
 * with more statements than one page holds is shown whole. The API bounds each page and gives
 * them in text order, so the spans are marked from the top of the text down as pages arrive.
 */
export function useArticleStatements(id: string): ArticleStatementsState {
  const client = useClient();
  const [state, setState] = useState<ArticleStatementsState>({ statements: [], total: null, done: false });
  useEffect(() => {
    let cancelled = false;
    setState({ statements: [], total: null, done: false });
    void (async () => {
      const all: ArticleStatement[] = [];
      let total: number | null = null;
      let after: string | null = null;
      for (;;) {
        const result: OperationResult<ArticleStatementsQuery> = await client
          .query(ArticleStatements, { id, first: PAGE, after, withTotal: after === null })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ statements: [...all], total, done: true, error: result.error });
          return;
        }
        const page = result.data.statements;
        total ??= page.totalCount ?? null;
        all.push(...page.edges.map((e) => e.node));
        const next: string | null = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
        setState({ statements: [...all], total, done: next === null });
        if (next === null) return;
        after = next;
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, id]);
  return state;
}
