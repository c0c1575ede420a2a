import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { StatementFilter } from '../gql/graphql';
import { QueryState } from '../components/query-state';
import { StatementSide } from '../components/statement-side';
import { useLanguage } from '../i18n/language';
import { routeHref } from '../lib/route';
import { PAGE_SIZE } from './contradiction-page';

const ClaimsQuery = graphql(/* GraphQL */ `
  query QueueClaims($filter: StatementFilter, $first: Int!, $after: String) {
    statements(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...StatementSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One page of claims (statements), after the contradictions; pages on by cursor. */
export function ClaimPage({
  filter,
  after,
  first,
}: {
  filter: StatementFilter;
  after?: string | undefined;
  first: boolean;
}) {
  const { t } = useLanguage();
  const [{ data, fetching, error }] = useQuery({
    query: ClaimsQuery,
    variables: { filter, first: PAGE_SIZE, after: after ?? null },
  });
  const [more, setMore] = useState(false);
  const page = data?.statements;
  return (
    <>
      {first && page ? (
        <p className="count" role="status">
          {page.totalCount} {t.claims}
        </p>
      ) : null}
      <QueryState fetching={fetching} error={error} />
      {first && page?.edges.length === 0 ? <p>{t.noClaims}</p> : null}
      <ol className="cards">
        {page?.edges.map(({ node }) => (
          <li key={node.id} className="card claim-card">
            <StatementSide statement={node} />
            <a
              className="open"
              href={routeHref({ view: 'article', id: node.article.id, statement: node.id })}
            >
              {t.openArticle}
            </a>
          </li>
        ))}
      </ol>
      {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        more ? (
          <ClaimPage filter={filter} after={page.pageInfo.endCursor} first={false} />
        ) : (
          <button type="button" className="more" onClick={() => setMore(true)}>
            {t.loadMore} ({t.claims})
          </button>
        )
      ) : null}
    </>
  );
}
