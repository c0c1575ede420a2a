import { setTimeout as delay } from 'node:timers/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { KeyStore } from '../../../src/auth/key-store';
import { graphql, graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { countGraph, ingestSeed } from '../../support/seed';

const ADD = /* GraphQL */ `
  mutation ($input: AddAssessmentInput!) {
    addAssessment(input: $input) {
      id
    }
  }
`;

/** A correction as the ingest writer commits it (SUPERSEDES_LINK): lock the old node, link it. */
const SUPERSEDE = /* cypher */ `
  MATCH (old:Statement {id: $id})
  SET old._isnadLock = true
  REMOVE old._isnadLock
  CREATE (:Statement {id: $newId})-[:SUPERSEDES]->(old)`;

describe('addAssessment checks and writes in one transaction (issue 16, item 2)', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  let annotator: Record<string, string>;
  let statementIds: string[];

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
    const store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    annotator = { authorization: `Bearer ${store.createKey('annotator', 'tests').key}` };
    yoga = createApi({ executor: graph.executor, logger: graph.logger, keyStore: store });
    const data = await graphqlData<{ statements: { edges: { node: { id: string } }[] } }>(
      yoga,
      '{ statements(first: 4, filter: {article: "art_58276914b82c785f571e0f53"}) { edges { node { id } } } }',
    );
    statementIds = data.statements.edges.map((e) => e.node.id);
    expect(statementIds).toHaveLength(4);
  });
  afterAll(() => graph.close());

  const input = (from: string, to: string) => ({
    from,
    to,
    relation: 'AGREES',
    rationale: 'Both report the same first phase of the drawdown.',
    confidence: 0.6,
  });

  it('an endpoint superseded by a transaction that commits while addAssessment waits is CONFLICT, and nothing is written', async () => {
    const [from, to] = [statementIds[0]!, statementIds[1]!];
    const before = await countGraph(graph.executor);
    // Another writer supersedes `to` and holds its transaction open: the old code read `to` as
    // current (the correction is not committed yet) and then wrote an assessment of a superseded
    // statement once the correction committed.
    const session = graph.executor.driver.session({ defaultAccessMode: 'WRITE' });
    const tx = session.beginTransaction();
    try {
      await tx.run(SUPERSEDE, { id: to, newId: 'st_race_replacement' });
      const adding = graphql(yoga, ADD, { input: input(from, to) }, annotator);
      await delay(1500); // addAssessment is now waiting for the lock on `to`
      await tx.commit();
      const result = await adding;
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'input.to' });
      expect(result.errors?.[0]?.message).toBe(`statement ${to} was superseded; assess the current one`);
    } finally {
      await session.close();
    }
    const after = await countGraph(graph.executor);
    expect(after).toEqual({ ...before, nodes: before.nodes + 1, relationships: before.relationships + 1 });
    const [assessments] = await graph.executor.read<{ n: number }>({
      cypher: 'MATCH (a:Assessment)-[:TO]->(:Statement {id: $to}) RETURN count(a) AS n',
      params: { to },
    });
    expect(assessments).toEqual({ n: 0 });
  });

  it('a missing endpoint is NOT_FOUND and writes nothing', async () => {
    const before = await countGraph(graph.executor);
    const result = await graphql(
      yoga,
      ADD,
      { input: input(statementIds[2]!, 'st_000000000000000000000000') },
      annotator,
    );
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'input.to' });
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('two current endpoints are assessed', async () => {
    const before = await countGraph(graph.executor);
    await graphqlData(yoga, ADD, { input: input(statementIds[2]!, statementIds[3]!) }, annotator);
    expect((await countGraph(graph.executor)).nodes).toBeGreaterThan(before.nodes);
  });
});
