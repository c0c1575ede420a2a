import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { ingestSyntheticCorpus } from '../../fixtures/corpus.fixtures';
import { graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';

/** Every nested field a fact-checker might ask for, so an N+1 anywhere would show. */
const CONTRADICTIONS = /* GraphQL */ `
  query ($first: Int!) {
    contradictions(first: $first) {
      totalCount
      edges {
        node {
          rationale
          assertedBy {
            name
          }
          generatedBy {
            id
            annotator {
              name
            }
          }
          from {
            text
            gloss {
              text
            }
            article {
              slug
              text
              statementCount
              outlet {
                name
                owner {
                  name
                }
              }
            }
            source {
              label
              statementCount
              article {
                slug
              }
              basis {
                spokeTo {
                  name
                }
              }
            }
            chain {
              source {
                label
              }
            }
            topics {
              label
              statementCount
            }
            entities {
              name
            }
          }
          to {
            text
            article {
              slug
            }
            source {
              label
            }
          }
          fromStrength {
            score
            independentOwners
          }
          toStrength {
            score
          }
        }
      }
    }
  }
`;

describe('a request costs a bounded number of round trips whatever the page size', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSyntheticCorpus(graph.executor, 1000);
    yoga = createApi({ executor: graph.executor, logger: graph.logger });
  }, 180_000);
  afterAll(() => graph.close());

  async function roundTripsFor(first: number): Promise<{ trips: number; edges: number }> {
    const before = graph.executor.roundTrips;
    const data = await graphqlData<{ contradictions: { totalCount: number; edges: unknown[] } }>(
      yoga,
      CONTRADICTIONS,
      {
        first,
      },
    );
    expect(data.contradictions.totalCount).toBeGreaterThanOrEqual(150);
    return { trips: graph.executor.roundTrips - before, edges: data.contradictions.edges.length };
  }

  it('contradictions with first 1, 20 and 100 (all pages full) cost the same round trips', async () => {
    const one = await roundTripsFor(1);
    const twenty = await roundTripsFor(20);
    const hundred = await roundTripsFor(100);
    expect([one.edges, twenty.edges, hundred.edges]).toEqual([1, 20, 100]);
    expect(twenty.trips).toBe(one.trips);
    expect(hundred.trips).toBe(one.trips);
    expect(one.trips).toBeLessThanOrEqual(8);
  });
});
