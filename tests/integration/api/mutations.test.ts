import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { KeyStore } from '../../../src/auth/key-store';
import { graphql, graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { countGraph, FIXTURES_DIR, ingestSeed } from '../../support/seed';

const ADD = /* GraphQL */ `
  mutation ($input: AddAssessmentInput!) {
    addAssessment(input: $input) {
      id
      relation
      rationale
      method
      assertedBy {
        name
        kind
      }
      from {
        id
      }
      to {
        id
      }
    }
  }
`;

describe('mutations: credentials, validation, transactional writes', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  let store: KeyStore;
  let annotator: Record<string, string>;
  let reader: Record<string, string>;
  let statementIds: string[];

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
    store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    annotator = { authorization: `Bearer ${store.createKey('annotator', 'tests').key}` };
    reader = { 'x-api-key': store.createKey('reader').key };
    yoga = createApi({ executor: graph.executor, logger: graph.logger, keyStore: store });
    const data = await graphqlData<{ statements: { edges: { node: { id: string } }[] } }>(
      yoga,
      '{ statements(first: 3, filter: {article: "art_58276914b82c785f571e0f53"}) { edges { node { id } } } }',
    );
    statementIds = data.statements.edges.map((e) => e.node.id);
    expect(statementIds).toHaveLength(3);
  });
  afterAll(() => graph.close());

  const input = () => ({
    from: statementIds[0],
    to: statementIds[2],
    relation: 'AGREES',
    rationale: 'Both report the same first phase of the drawdown.',
    confidence: 0.6,
  });

  it('without a key a mutation is UNAUTHENTICATED, with a reader key FORBIDDEN, and nothing is written', async () => {
    const before = await countGraph(graph.executor);
    const anonymous = await graphql(yoga, ADD, { input: input() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await graphql(yoga, ADD, { input: input() }, reader);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forged = await graphql(
      yoga,
      ADD,
      { input: input() },
      { authorization: 'Bearer isnad_000000000000_nope' },
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it.each([
    ['confidence', { confidence: 1.5 }, 'BAD_USER_INPUT', 'input.confidence'],
    ['same statement', { to: 'SAME' }, 'BAD_USER_INPUT', 'input.to'],
    ['unknown statement', { to: 'st_000000000000000000000000' }, 'NOT_FOUND', 'input.to'],
    ['rule without method RULE', { rule: 'some-rule' }, 'BAD_USER_INPUT', 'input.rule'],
  ])(
    'addAssessment with a bad %s answers %s naming the field, writing nothing',
    async (_c, change, code, field) => {
      const before = await countGraph(graph.executor);
      const bad = { ...input(), ...change };
      if (bad.to === 'SAME') bad.to = bad.from;
      const result = await graphql(yoga, ADD, { input: bad }, annotator);
      expect(result.errors?.[0]?.extensions).toEqual({ code, field });
      expect(await countGraph(graph.executor)).toEqual(before);
    },
  );

  it('addAssessment records the pair under the key holder, once', async () => {
    const first = await graphqlData<{
      addAssessment: { id: string; method: string; assertedBy: { name: string; kind: string } };
    }>(yoga, ADD, { input: input() }, annotator);
    expect(first.addAssessment.method).toBe('HUMAN');
    expect(first.addAssessment.assertedBy).toEqual({
      name: expect.stringContaining('(tests)'),
      kind: 'API_KEY',
    });
    const before = await countGraph(graph.executor);
    const again = await graphqlData<{ addAssessment: { id: string } }>(
      yoga,
      ADD,
      { input: input() },
      annotator,
    );
    expect(again.addAssessment.id).toBe(first.addAssessment.id);
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('ingestArticle validates like the CLI: a missing quote names its field; a good file is ingested once', async () => {
    const text = fs.readFileSync(path.join(FIXTURES_DIR, 'tiny.en.txt'), 'utf8');
    const bad = fs.readFileSync(path.join(FIXTURES_DIR, 'quote-missing.annotation.yaml'), 'utf8');
    const INGEST =
      'mutation ($a: String!, $t: String!) { ingestArticle(input: {annotation: $a, articleText: $t}) { statementsCreated article { slug } activity { type annotator { name } } } }';
    const refused = await graphql(yoga, INGEST, { a: bad, t: text }, annotator);
    expect(refused.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.annotation.statements[1].quote',
    });
    const good = fs.readFileSync(path.join(FIXTURES_DIR, 'tiny.annotation.yaml'), 'utf8');
    const done = await graphqlData<{
      ingestArticle: { statementsCreated: number; activity: { type: string } | null };
    }>(yoga, INGEST, { a: good, t: text }, annotator);
    expect(done.ingestArticle.statementsCreated).toBeGreaterThan(0);
    expect(done.ingestArticle.activity?.type).toBe('ANNOTATION');
    const again = await graphqlData<{ ingestArticle: { statementsCreated: number; activity: null } }>(
      yoga,
      INGEST,
      { a: good, t: text },
      annotator,
    );
    expect(again.ingestArticle).toMatchObject({ statementsCreated: 0, activity: null });
  });

  it('correct withdraws an assessment: lists hide it, history keeps it', async () => {
    const added = await graphqlData<{ addAssessment: { id: string } }>(
      yoga,
      ADD,
      { input: input() },
      annotator,
    );
    const CORRECT =
      'mutation ($i: CorrectInput!) { correct(input: $i) { newId supersededId activity { type } } }';
    const result = await graphqlData<{
      correct: { newId: string; supersededId: string; activity: { type: string } };
    }>(
      yoga,
      CORRECT,
      {
        i: { supersedes: added.addAssessment.id, reason: 'Entered against the wrong pair.', withdraw: true },
      },
      annotator,
    );
    expect(result.correct.supersededId).toBe(added.addAssessment.id);
    expect(result.correct.newId).toMatch(/^wd_/);
    expect(result.correct.activity.type).toBe('CORRECTION');
    const LIST =
      'query ($h: Boolean) { agreements(first: 100, includeHistory: $h) { edges { node { id superseded } } } }';
    const current = await graphqlData<{ agreements: { edges: { node: { id: string } }[] } }>(yoga, LIST, {
      h: false,
    });
    const history = await graphqlData<{
      agreements: { edges: { node: { id: string; superseded: boolean } }[] };
    }>(yoga, LIST, { h: true });
    expect(current.agreements.edges.map((e) => e.node.id)).not.toContain(added.addAssessment.id);
    expect(history.agreements.edges.map((e) => e.node)).toContainEqual({
      id: added.addAssessment.id,
      superseded: true,
    });
  });

  it('reading can be closed by configuration: then a query without a key is UNAUTHENTICATED', async () => {
    const closed = createApi({
      executor: graph.executor,
      logger: graph.logger,
      keyStore: store,
      readAccess: 'key',
    });
    expect((await graphql(closed, '{ health { version } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await graphql(closed, '{ health { version } }', {}, reader)).errors).toBeUndefined();
  });
});
