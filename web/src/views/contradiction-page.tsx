import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { AssessmentFilter } from '../gql/graphql';
import { ConflictBadge, StatusBadge } from '../components/badges';
import { QueryState } from '../components/query-state';
import { StatementSide } from '../components/statement-side';
import { useLanguage } from '../i18n/language';
import { routeHref } from '../lib/route';

export const PAGE_SIZE = 10;

const ContradictionsQuery = graphql(/* GraphQL */ `
  query QueueContradictions($filter: AssessmentFilter, $first: Int!, $after: String) {
    contradictions(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          confidence
          method
          status
          proposed
          sameSourceBothSides
          from {
            ...StatementSummary
          }
          to {
            ...StatementSummary
          }
          fromStrength {
            score
          }
          toStrength {
            score
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * One page of contradictions (cursor pagination): the last page offers the next, which is
 * another ContradictionPage after its end cursor.
 */
export function ContradictionPage({
  filter,
  after,
  first,
}: {
  filter: AssessmentFilter;
  after?: string | undefined;
  first: boolean;
}) {
  const { t } = useLanguage();
  const [{ data, fetching, error }] = useQuery({
    query: ContradictionsQuery,
    variables: { filter, first: PAGE_SIZE, after: after ?? null },
  });
  const [more, setMore] = useState(false);
  const page = data?.contradictions;
  return (
    <>
      {first && page ? (
        <p className="count" role="status">
          {page.totalCount} {t.contradictions}
        </p>
      ) : null}
      <QueryState fetching={fetching} error={error} />
      {first && page?.edges.length === 0 ? <p>{t.noContradictions}</p> : null}
      <ol className="cards">
        {page?.edges.map(({ node }) => (
          <li key={node.id} className="card contradiction-card">
            <article aria-label={`${t.contradiction}: ${node.from.source.labelEn ?? node.from.source.label}`}>
              <p className="badges">
                <ConflictBadge /> <StatusBadge status={node.status} /> {t.confidence}{' '}
                {node.confidence.toFixed(2)}
              </p>
              <div className="sides">
                <StatementSide statement={node.from} score={node.fromStrength.score} />
                <span className="versus" aria-hidden="true">
                  ⇄
                </span>
                <StatementSide statement={node.to} score={node.toStrength.score} />
              </div>
              <a className="open" href={routeHref({ view: 'contradiction', id: node.id })}>
                {t.openSideBySide}
              </a>
            </article>
          </li>
        ))}
      </ol>
      {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        more ? (
          <ContradictionPage filter={filter} after={page.pageInfo.endCursor} first={false} />
        ) : (
          <button type="button" className="more" onClick={() => setMore(true)}>
            {t.loadMore} ({t.contradictions})
          </button>
        )
      ) : null}
    </>
  );
}
