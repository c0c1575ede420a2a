import type { IsnadYoga } from '../../../src/api/create-yoga';
import { createApi } from '../../../src/api/create-yoga';
import { DEFAULT_INPUT_LIMITS } from '../../../src/api/limits';
import { openSeededApi } from '../../support/api';
import { connectToNeo4j } from '../../../src/graph/connect';
import { GraphExecutor } from '../../../src/graph/executor';
import { readTestNeo4jEnv } from '../../support/test-neo4j';
import type { TestGraph } from '../../support/graph';

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

async function post(yoga: IsnadYoga, body: string): Promise<Answer> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

const ask = (yoga: IsnadYoga, query: string, variables: Record<string, unknown> = {}) =>
  post(yoga, JSON.stringify({ query, variables }));

const codes = (answer: Answer) => answer.errors?.map((e) => e.extensions?.code);

const SEARCH = 'query ($q: String!) { search(query: $q) { totalCount } }';
const CONTRADICTIONS = 'query ($t: String) { contradictions(filter: { text: $t }) { totalCount } }';

let graph: TestGraph;
let yoga: IsnadYoga;
beforeAll(async () => {
  ({ graph, yoga } = await openSeededApi());
}, 120_000);
afterAll(async () => graph.close());

describe('hostile requests are refused with a code, never a 500 (issue 15, items 2 and 3)', () => {
  it('refuses a subscription with 400 BAD_USER_INPUT (it was a masked 500)', async () => {
    const answer = await ask(yoga, 'subscription { health { version } }');
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors?.[0]?.message).toMatch(/no subscription operations/);
  });

  it('refuses a body larger than the limit with 413, whether or not its length is declared', async () => {
    const body = JSON.stringify({
      query: SEARCH,
      variables: { q: 'x'.repeat(DEFAULT_INPUT_LIMITS.maxBodyBytes) },
    });
    const declared = await post(yoga, body);
    expect(declared.status).toBe(413);
    expect(codes(declared)).toEqual(['BAD_USER_INPUT']);
    const bytes = new TextEncoder().encode(body);
    const streamed = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.slice(at, at + 65_536));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('refuses a search with more words than the limit, naming the argument (Lucene TooManyClauses)', async () => {
    const words = Array.from({ length: DEFAULT_INPUT_LIMITS.maxSearchTerms + 1 }, (_, i) => `word${i}`);
    const answer = await ask(yoga, SEARCH, { q: words.join(' ') });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors?.[0]?.extensions?.field).toBe('query');
    const atLimit = await ask(yoga, SEARCH, { q: words.slice(1).join(' ') });
    expect(atLimit.errors).toBeUndefined();
  });

  it('refuses a long search text and a long filter.text before any search', async () => {
    const long = 'ab '.repeat(DEFAULT_INPUT_LIMITS.maxSearchTextLength);
    const search = await ask(yoga, SEARCH, { q: long });
    expect(codes(search)).toEqual(['BAD_USER_INPUT']);
    const filtered = await ask(yoga, CONTRADICTIONS, { t: long });
    expect(codes(filtered)).toEqual(['BAD_USER_INPUT']);
    expect(filtered.errors?.[0]?.extensions?.field).toBe('filter.text');
  });

  it('refuses a string longer than the limit, in the document or in the variables', async () => {
    const long = 'x'.repeat(DEFAULT_INPUT_LIMITS.maxStringLength + 1);
    const inline = await ask(yoga, `{ search(query: "${long}") { totalCount } }`);
    expect(inline.status).toBe(400);
    expect(codes(inline)).toEqual(['BAD_USER_INPUT']);
    const variable = await ask(yoga, CONTRADICTIONS, { t: long });
    expect(variable.status).toBe(400);
    expect(codes(variable)).toEqual(['BAD_USER_INPUT']);
    expect(variable.errors?.[0]?.extensions?.field).toBe('variables.t');
  });

  it('takes its bounds from configuration', async () => {
    const strict = createApi({
      executor: graph.executor,
      logger: graph.logger,
      limits: { ...DEFAULT_INPUT_LIMITS, maxSearchTerms: 2, maxBodyBytes: 200 },
    });
    expect(codes(await ask(strict, SEARCH, { q: 'one two three' }))).toEqual(['BAD_USER_INPUT']);
    expect((await ask(strict, SEARCH, { q: 'x'.repeat(300) })).status).toBe(413);
  });

  it('counts aliases of __typename against the alias limit', async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ');
    expect(codes(await ask(yoga, `{ ${aliases(16)} }`))).toEqual(['QUERY_TOO_COMPLEX']);
    expect((await ask(yoga, `{ ${aliases(15)} }`)).data?.a14).toBe('Query');
  });

  it('answers the token limit with QUERY_TOO_COMPLEX (it was GRAPHQL_PARSE_FAILED)', async () => {
    const answer = await ask(yoga, `{ ${'__typename '.repeat(2_100)}}`);
    expect(codes(answer)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('answers ~1,000 repeated fields with QUERY_TOO_COMPLEX, not a bare "Validation aborted."', async () => {
    const answer = await ask(yoga, `{ ${'__typename '.repeat(1_000)}}`);
    expect(codes(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors?.[0]?.message).not.toBe('Validation aborted.');
  });

  it('still answers an ordinary search', async () => {
    const answer = await ask(yoga, SEARCH, { q: 'future deployment plans' });
    expect(answer.errors).toBeUndefined();
    expect((answer.data?.search as { totalCount: number }).totalCount).toBeGreaterThan(0);
  });
});

describe('production mode (issue 15, item 4)', () => {
  const graphiql = async (api: IsnadYoga) => {
    const response = await api.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    return response.text();
  };
  const INTROSPECTION = '{ __schema { queryType { name } } }';

  it('serves no GraphiQL and refuses introspection in production', async () => {
    const yoga = createApi({ executor: graph.executor, logger: graph.logger, production: true });
    expect(await graphiql(yoga)).not.toMatch(/graphiql/i);
    const answer = await ask(yoga, INTROSPECTION);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await ask(yoga, '{ __typename }')).data?.__typename).toBe('Query');
  });

  it('answers introspection in production when enabled, and serves GraphiQL outside production', async () => {
    const enabled = createApi({
      executor: graph.executor,
      logger: graph.logger,
      production: true,
      introspection: true,
    });
    expect((await ask(enabled, INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const development = createApi({ executor: graph.executor, logger: graph.logger });
    expect(await graphiql(development)).toMatch(/graphiql/i);
  });
});

describe('health: liveness and readiness (issue 15, item 5)', () => {
  const get = async (api: IsnadYoga, route: string) => {
    const response = await api.fetch(`http://yoga${route}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('is live and ready while Neo4j answers', async () => {
    expect(await get(yoga, '/health/live')).toEqual({ status: 200, body: { status: 'live' } });
    const ready = await get(yoga, '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', neo4j: { edition: 'community' } });
  });

  it('stays live but is not ready when its database is gone', async () => {
    const env = readTestNeo4jEnv();
    const driver = await connectToNeo4j({ ...env, database: undefined });
    const api = createApi({
      executor: new GraphExecutor(driver, undefined, graph.logger),
      logger: graph.logger,
    });
    await driver.close();
    expect((await get(api, '/health/live')).status).toBe(200);
    expect(await get(api, '/health/ready')).toEqual({
      status: 503,
      body: { status: 'not ready', neo4j: null },
    });
  });
});
