import type { IsnadYoga } from '../../../src/api/create-yoga';
import { ingestLongChain } from '../../fixtures/long-chain.fixtures';
import type { LongChain } from '../../fixtures/long-chain.fixtures';
import { graphql, graphqlData, openSeededApi } from '../../support/api';
import type { TestGraph } from '../../support/graph';

const TRANSMISSION = /* GraphQL */ `
  query ($id: ID!, $first: Int) {
    node(id: $id) {
      ... on Statement {
        transmission(first: $first) {
          totalNodes
          truncated
          nodes {
            role
            label
            labelEn
            direction
            kind
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
`;

interface Transmission {
  totalNodes: number;
  truncated: boolean;
  nodes: { role: string; label: string; labelEn: string | null; direction: string; kind: string | null }[];
  edges: { from: number; to: number; omitted: number }[];
}

describe('Statement.transmission: the chain of transmission as a graph, bounded by the API', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  let chain: LongChain;

  beforeAll(async () => {
    ({ graph, yoga } = await openSeededApi());
    chain = await ingestLongChain(graph.executor, { intermediaries: 20, carriers: 15 });
  });
  afterAll(() => graph.close());

  async function transmissionOf(id: string, first?: number): Promise<Transmission> {
    const data = await graphqlData<{ node: { transmission: Transmission } }>(yoga, TRANSMISSION, {
      id,
      first,
    });
    return data.node.transmission;
  }

  it('draws the seed chain whole: source → intermediary → outlet → carrier', async () => {
    const words = 'التزامهم بجداول الانسحاب';
    const found = await graphqlData<{ statements: { edges: { node: { id: string; text: string } }[] } }>(
      yoga,
      `query ($text: String!) { statements(filter: { text: $text }) { edges { node { id text } } } }`,
      { text: words },
    );
    const t = await transmissionOf(found.statements.edges.find((e) => e.node.text === words)!.node.id);
    expect(t.nodes.map((n) => [n.role, n.labelEn])).toEqual([
      ['SOURCE', 'officials (in closed discussions at the Pentagon)'],
      ['INTERMEDIARY', 'informed sources'],
      ['OUTLET', 'Al Arabiya.net'],
      ['CARRIER', 'Al Hadath.net'],
    ]);
    expect(t.nodes.map((n) => n.direction)).toEqual(['RTL', 'RTL', 'RTL', 'RTL']);
    expect(t.edges).toEqual([
      { from: 0, to: 1, omitted: 0 },
      { from: 1, to: 2, omitted: 0 },
      { from: 2, to: 3, omitted: 0 },
    ]);
    expect([t.totalNodes, t.truncated]).toEqual([4, false]);
  });

  it('cuts a chain of 20 intermediaries and 15 carriers to 12 nodes, keeping both ends of the chain', async () => {
    const t = await transmissionOf(chain.statementId);
    expect(t.nodes).toHaveLength(12);
    expect(t.nodes.map((n) => n.role)).toEqual([
      'SOURCE',
      ...Array<string>(10).fill('INTERMEDIARY'),
      'OUTLET',
    ]);
    const kept = t.nodes.filter((n) => n.role === 'INTERMEDIARY').map((n) => n.label);
    expect(kept).toEqual([...chain.intermediaries.slice(0, 5), ...chain.intermediaries.slice(15)]);
    // the gap between the fifth and the sixteenth says how many were left out
    expect(t.edges.filter((e) => e.omitted > 0)).toEqual([{ from: 5, to: 6, omitted: 10 }]);
    expect(t.edges).toHaveLength(11);
    expect([t.totalNodes, t.truncated]).toEqual([1 + 20 + 1 + 15, true]);
  });

  it('shows it whole when the bound allows, carriers fanning out from the outlet in name order', async () => {
    const t = await transmissionOf(chain.statementId, 50);
    expect(t.nodes).toHaveLength(37);
    expect(t.truncated).toBe(false);
    const carriers = t.nodes.filter((n) => n.role === 'CARRIER');
    expect(carriers.map((n) => n.labelEn)).toEqual(chain.carriers);
    expect(carriers.every((n) => n.direction === 'RTL' && n.kind === null)).toBe(true);
    const outlet = t.nodes.findIndex((n) => n.role === 'OUTLET');
    expect(t.edges.slice(outlet)).toEqual(
      carriers.map((_, i) => ({ from: outlet, to: outlet + 1 + i, omitted: 0 })),
    );
  });

  it('at the smallest bound keeps the source and the outlet, the edge between them counting the rest', async () => {
    const t = await transmissionOf(chain.statementId, 2);
    expect(t.nodes.map((n) => n.role)).toEqual(['SOURCE', 'OUTLET']);
    expect(t.edges).toEqual([{ from: 0, to: 1, omitted: 20 }]);
  });

  it('refuses a bound outside 2 to 50', async () => {
    for (const first of [1, 51]) {
      const result = await graphql(yoga, TRANSMISSION, { id: chain.statementId, first });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('costs one round trip for a whole page of statements', async () => {
    const query = /* GraphQL */ `
      query ($first: Int!) {
        statements(first: $first) {
          edges {
            node {
              transmission {
                totalNodes
              }
            }
          }
        }
      }
    `;
    const trips = async (first: number) => {
      const before = graph.executor.roundTrips;
      await graphqlData(yoga, query, { first });
      return graph.executor.roundTrips - before;
    };
    const one = await trips(1);
    expect(await trips(50)).toBe(one);
    expect(one).toBeLessThanOrEqual(2);
  });
});
