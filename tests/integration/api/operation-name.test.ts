import type { IsnadYoga } from '../../../src/api/create-yoga';
import { openSeededApi } from '../../support/api';
import type { TestGraph } from '../../support/graph';

/** One document holding two operations that answer differently, as a client sends a whole file. */
const DOCUMENT = /* GraphQL */ `
  query Articles {
    articles(first: 1) {
      totalCount
    }
  }
  query Sources {
    sources(first: 1) {
      totalCount
    }
  }
`;

interface Answer {
  data?: Record<string, { totalCount: number }>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function ask(yoga: IsnadYoga, query: string, operationName?: string): Promise<Answer> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, operationName }),
  });
  return (await response.json()) as Answer;
}

describe.each([true, false])('operationName selects the operation (jit %s)', (jit) => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  beforeAll(async () => {
    ({ graph, yoga } = await openSeededApi({ jit }));
  }, 120_000);
  afterAll(async () => graph.close());

  it('answers B first, then A, from a document already compiled for A', async () => {
    await ask(yoga, DOCUMENT, 'Articles');
    expect(Object.keys((await ask(yoga, DOCUMENT, 'Sources')).data ?? {})).toEqual(['sources']);
  });

  it('answers A, then B, then A from one document, each with its own data', async () => {
    const first = await ask(yoga, DOCUMENT, 'Articles');
    const second = await ask(yoga, DOCUMENT, 'Sources');
    const third = await ask(yoga, DOCUMENT, 'Articles');
    expect(first.errors).toBeUndefined();
    expect(Object.keys(first.data ?? {})).toEqual(['articles']);
    expect(Object.keys(second.data ?? {})).toEqual(['sources']);
    expect(Object.keys(third.data ?? {})).toEqual(['articles']);
    // The seed has 3 articles and more sources: the two answers are different numbers.
    expect(first.data?.articles?.totalCount).toBe(3);
    expect(second.data?.sources?.totalCount).toBeGreaterThan(3);
  });

  it('refuses a document of two operations without operationName, and an unknown name', async () => {
    const unnamed = await ask(yoga, DOCUMENT);
    expect(unnamed.data).toBeUndefined();
    expect(unnamed.errors?.[0]?.message).toMatch(/Could not determine what operation to execute/);
    expect((await ask(yoga, DOCUMENT, 'Nosuch')).errors?.[0]?.message).toMatch(
      /Could not determine what operation to execute/,
    );
  });

  it('refuses a name that is not the one operation of a document, after it ran once', async () => {
    const single = 'query Only { articles(first: 1) { totalCount } }';
    expect((await ask(yoga, single, 'Only')).data?.articles?.totalCount).toBe(3);
    expect((await ask(yoga, single, 'Other')).errors?.[0]?.message).toMatch(
      /Could not determine what operation to execute/,
    );
    expect((await ask(yoga, single)).data?.articles?.totalCount).toBe(3);
  });
});
