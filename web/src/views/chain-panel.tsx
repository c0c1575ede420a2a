import { useLayoutEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ChainGraph } from '../components/chain-graph';
import { QueryState } from '../components/query-state';
import { useLanguage } from '../i18n/language';

const TransmissionQuery = graphql(/* GraphQL */ `
  query StatementTransmission($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on Statement {
        id
        transmission(first: $first) {
          totalNodes
          truncated
          nodes {
            id
            role
            label
            labelEn
            direction
          }
          edges {
            from
            to
            omitted
          }
        }
      }
    }
  }
`);

// What the graph first asks for, and the most the API gives (ApiLimits.maxTransmissionNodes).
const FIRST = 12;
const MOST = 50;

/** A statement's chain of transmission: a bounded graph, and the way to the rest of it. */
export function ChainPanel({ id }: { id: string }) {
  const { t } = useLanguage();
  const [first, setFirst] = useState(FIRST);
  const [width, setWidth] = useState<number | undefined>(undefined);
  const scroller = useRef<HTMLDivElement>(null);
  const [{ data, fetching, error }] = useQuery({ query: TransmissionQuery, variables: { id, first } });
  const chain = data?.node && 'transmission' in data.node ? data.node.transmission : null;
  const drawn = chain !== null;
  // the graph wraps to the column's width (a phone, the details column), measured before paint
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [drawn]);
  return (
    <figure className="chain" aria-label={t.chain}>
      {chain ? (
        <>
          {/* focusable: a long chain scrolls sideways, and a keyboard must reach it */}
          <div className="chain-scroll" tabIndex={0} ref={scroller}>
            <ChainGraph nodes={chain.nodes} edges={chain.edges} maxWidth={width} />
          </div>
          <figcaption>
            {t.chainNodes(chain.nodes.length, chain.totalNodes)}
            {chain.truncated && first < MOST ? (
              <>
                {' '}
                <button type="button" onClick={() => setFirst(MOST)}>
                  {t.chainMore(Math.min(MOST, chain.totalNodes))}
                </button>
              </>
            ) : null}
          </figcaption>
        </>
      ) : null}
      <QueryState fetching={fetching} error={error} />
    </figure>
  );
}
