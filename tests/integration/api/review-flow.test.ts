import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { KeyStore } from '../../../src/auth/key-store';
import { projectRoot } from '../../../src/config/project-root';
import { writeBundle } from '../../../src/export/bundle';
import { verifyBundle } from '../../../src/export/verify';
import { graphql, graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { countGraph, ingestSeed } from '../../support/seed';

const ARTICLE = fs.readFileSync(
  path.join(projectRoot(), 'tests', 'fixtures', 'review', 'port-closure.en.txt'),
  'utf8',
);

const REVIEW_PART = `status proposed review { decision note reviewer { name kind } targetId }`;
const STATEMENT_PART = `id localId text method rules ${REVIEW_PART}
  source { id label kind method ${REVIEW_PART} }
  generatedBy { type annotator { name kind version } }`;
const ASSESSMENT_PART = `id relation method rule ${REVIEW_PART}
  assertedBy { name kind }
  from { id } to { id }
  confirms { id status method rule }
  confirmation { id method status }`;

const PROPOSE = /* GraphQL */ `
  mutation ($input: ProposeArticleInput!) {
    proposeArticle(input: $input) {
      article { id slug }
      activity { type annotator { name kind version } }
      statements { ${STATEMENT_PART} }
      assessments { ${ASSESSMENT_PART} }
    }
  }
`;

const REVIEW = /* GraphQL */ `
  mutation ($input: ReviewInput!) {
    review(input: $input) {
      review { id decision note reviewer { name kind } targetId }
      statement { id status proposed }
      source { id status }
      assessment { id status }
      confirmation { ${ASSESSMENT_PART} }
    }
  }
`;

const CONTRADICTIONS = /* GraphQL */ `
  query ($filter: AssessmentFilter, $first: Int) {
    contradictions(filter: $filter, first: $first) {
      totalCount
      edges { node { ${ASSESSMENT_PART} } }
    }
  }
`;

const STATEMENTS = /* GraphQL */ `
  query ($filter: StatementFilter) {
    statements(filter: $filter, first: 50) {
      totalCount
      edges { node { ${STATEMENT_PART} } }
    }
  }
`;

interface Reviewed {
  status: string;
  proposed: boolean;
  review: {
    decision: string;
    note: string | null;
    reviewer: { name: string; kind: string };
    targetId: string;
  } | null;
}
interface StatementNode extends Reviewed {
  id: string;
  localId: string;
  text: string;
  method: string;
  rules: string[];
  source: Reviewed & { id: string; label: string; kind: string; method: string };
  generatedBy: { type: string; annotator: { name: string; kind: string; version: string | null } };
}
interface AssessmentNode extends Reviewed {
  id: string;
  relation: string;
  method: string;
  rule: string | null;
  assertedBy: { name: string; kind: string };
  from: { id: string };
  to: { id: string };
  confirms: { id: string; status: string; method: string; rule: string | null } | null;
  confirmation: { id: string; method: string; status: string } | null;
}
interface ProposeResult {
  proposeArticle: {
    article: { id: string; slug: string };
    activity: { type: string; annotator: { name: string; kind: string; version: string | null } } | null;
    statements: StatementNode[];
    assessments: AssessmentNode[];
  };
}

describe('review in the graph: propose an unseen article, confirm and reject through GraphQL', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  let annotator: Record<string, string>;
  let reader: Record<string, string>;
  let auditorKey: string;
  let proposed: ProposeResult['proposeArticle'];
  let candidate: AssessmentNode;
  let rejected: StatementNode;

  const input = {
    text: ARTICLE,
    language: 'en',
    slug: 'riverton-port-closure',
    outlet: {
      id: 'harbor-wire',
      name: 'Harbor Wire',
      ownerId: 'harbor-wire-group',
      ownerName: 'Harbor Wire Group',
    },
  };

  const review = (id: string, decision: string, note?: string) =>
    graphql<{
      review: {
        review: { id: string; decision: string };
        statement: { id: string; status: string; proposed: boolean } | null;
        confirmation: AssessmentNode | null;
      };
    }>(yoga, REVIEW, { input: { id, decision, note } }, annotator);
  const statementsOf = async (status?: string[]) =>
    (
      await graphqlData<{ statements: { totalCount: number; edges: { node: StatementNode }[] } }>(
        yoga,
        STATEMENTS,
        { filter: { article: proposed.article.id, ...(status ? { status } : {}) } },
      )
    ).statements;
  const contradictionsOf = async (filter: Record<string, unknown>, first = 20) =>
    (
      await graphqlData<{ contradictions: { totalCount: number; edges: { node: AssessmentNode }[] } }>(
        yoga,
        CONTRADICTIONS,
        { filter, first },
      )
    ).contradictions;

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
    const store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    annotator = { authorization: `Bearer ${store.createKey('annotator', 'review desk').key}` };
    reader = { 'x-api-key': store.createKey('reader').key };
    auditorKey = store.createKey('auditor').key;
    yoga = createApi({ executor: graph.executor, logger: graph.logger, keyStore: store });
  });
  afterAll(() => graph.close());

  it('proposeArticle needs an annotator key and writes nothing without one', async () => {
    const before = await countGraph(graph.executor);
    const anonymous = await graphql(yoga, PROPOSE, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await graphql(yoga, PROPOSE, { input }, reader);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badSlug = await graphql(yoga, PROPOSE, { input: { ...input, slug: 'Not A Slug' } }, annotator);
    expect(badSlug.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('writes the article with every statement, source and assessment machine-made and PROPOSED', async () => {
    proposed = (await graphqlData<ProposeResult>(yoga, PROPOSE, { input }, annotator)).proposeArticle;
    expect(proposed.article.slug).toBe('riverton-port-closure');
    expect(proposed.activity).toMatchObject({
      type: 'PROPOSAL',
      annotator: { name: 'Isnad rule-based proposer', kind: 'TOOL' },
    });
    expect(proposed.activity?.annotator.version).toEqual(expect.any(String));
    expect(proposed.statements.length).toBeGreaterThanOrEqual(4);
    for (const s of proposed.statements) {
      expect(s).toMatchObject({ method: 'RULE', status: 'PROPOSED', proposed: true, review: null });
      expect(s.rules.length).toBeGreaterThan(0);
      expect(ARTICLE).toContain(s.text);
      expect(s.source).toMatchObject({ method: 'RULE', status: 'PROPOSED', proposed: true });
      expect(s.generatedBy.type).toBe('PROPOSAL');
    }
    // The two officials disagree on how long the terminal stays shut: a candidate inside the article.
    const contradictions = proposed.assessments.filter((a) => a.relation === 'CONTRADICTS');
    expect(contradictions.length).toBeGreaterThanOrEqual(1);
    // Candidates against the seed's statements may come too; the test reviews the one inside the article.
    const own = new Set(proposed.statements.map((s) => s.id));
    const textOf = new Map(proposed.statements.map((s) => [s.id, s.text]));
    const inside = contradictions.filter((a) => own.has(a.from.id) && own.has(a.to.id));
    candidate = inside.find((a) => /14 days/.test(`${textOf.get(a.from.id)} ${textOf.get(a.to.id)}`))!;
    expect(candidate).toBeDefined();
    expect(candidate).toMatchObject({ method: 'RULE', status: 'PROPOSED', proposed: true, confirms: null });
    expect(candidate.rule).toEqual(expect.stringMatching(/^contra-/));
    expect(candidate.assertedBy.kind).toBe('TOOL');
    const sides = [candidate.from.id, candidate.to.id];
    const texts = proposed.statements.filter((s) => sides.includes(s.id)).map((s) => s.text);
    expect(texts.join(' | ')).toMatch(/14 days/);
    expect(texts.join(' | ')).toMatch(/3 days/);
  });

  it('confirms two statements and the contradiction, and rejects one statement', async () => {
    for (const id of [candidate.from.id, candidate.to.id]) {
      const result = await review(id, 'CONFIRM');
      expect(result.errors).toBeUndefined();
      expect(result.data?.review.statement).toEqual({ id, status: 'CONFIRMED', proposed: true });
      expect(result.data?.review.review.decision).toBe('CONFIRM');
      expect(result.data?.review.confirmation).toBeNull();
    }
    const confirmed = await review(candidate.id, 'CONFIRM', 'Both figures are in the report; they conflict.');
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.review.confirmation).toMatchObject({
      method: 'HUMAN',
      status: 'HUMAN',
      proposed: false,
      relation: 'CONTRADICTS',
      rule: null,
      from: candidate.from,
      to: candidate.to,
      assertedBy: { kind: 'API_KEY' },
      confirms: { id: candidate.id, status: 'CONFIRMED', method: 'RULE', rule: candidate.rule },
    });
    expect(confirmed.data?.review.confirmation?.assertedBy.name).toMatch(/review desk/);

    const sides = [candidate.from.id, candidate.to.id];
    rejected = proposed.statements.find((s) => !sides.includes(s.id))!;
    const result = await review(rejected.id, 'REJECT', 'Not a claim of the speaker.');
    expect(result.errors).toBeUndefined();
    expect(result.data?.review.statement).toEqual({ id: rejected.id, status: 'REJECTED', proposed: true });
  });

  it('the contradictions query shows the confirmed one as HUMAN, linked to its proposal', async () => {
    const inArticle = await contradictionsOf({ article: proposed.article.id });
    const mine = inArticle.edges.map((e) => e.node);
    const human = mine.filter((a) => a.method === 'HUMAN');
    expect(human).toHaveLength(1);
    expect(human[0]).toMatchObject({ status: 'HUMAN', confirms: { id: candidate.id, status: 'CONFIRMED' } });
    // The confirmed proposal is shown through its confirmation; other candidates stay proposals.
    expect(mine.map((a) => a.id)).not.toContain(candidate.id);
    for (const other of mine.filter((a) => a.method !== 'HUMAN')) {
      expect(other).toMatchObject({ method: 'RULE', status: 'PROPOSED', proposed: true });
    }
    expect(inArticle.totalCount).toBe(mine.length);

    const confirmedOnly = await contradictionsOf({ article: proposed.article.id, status: ['CONFIRMED'] });
    expect(confirmedOnly.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        id: candidate.id,
        method: 'RULE',
        status: 'CONFIRMED',
        review: expect.objectContaining({
          decision: 'CONFIRM',
          note: 'Both figures are in the report; they conflict.',
        }),
        confirmation: { id: human[0]!.id, method: 'HUMAN', status: 'HUMAN' },
      }),
    ]);

    // Unfiltered (the index walk and the counting shortcut), the confirmed proposal is hidden too.
    const all = await contradictionsOf({}, 100);
    const ids = all.edges.map((e) => e.node.id);
    expect(ids).toContain(human[0]!.id);
    expect(ids).not.toContain(candidate.id);
    expect(all.totalCount).toBe(ids.length);
    expect(all.edges.some((e) => e.node.method === 'HUMAN' && e.node.confirms === null)).toBe(true);
  });

  it('a page with review fields and links costs a bounded number of round trips, whatever its size', async () => {
    const tripsFor = async (first: number) => {
      const before = graph.executor.roundTrips;
      const page = await contradictionsOf({}, first);
      return { trips: graph.executor.roundTrips - before, edges: page.edges.length };
    };
    const one = await tripsFor(1);
    const all = await tripsFor(100);
    expect(all.edges).toBeGreaterThan(one.edges);
    // The page, its count, and at most one batch each for confirms and confirmation: never per row.
    expect(one.trips).toBeGreaterThanOrEqual(2);
    expect(all.trips).toBeLessThanOrEqual(one.trips + 2);
    expect(all.trips).toBeLessThanOrEqual(4);
  });

  it('statements say which are proposed, confirmed or human; the rejected one is recorded, hidden by default', async () => {
    const shown = await statementsOf();
    const byId = new Map(shown.edges.map((e) => [e.node.id, e.node]));
    expect(byId.has(rejected.id)).toBe(false);
    expect(shown.totalCount).toBe(proposed.statements.length - 1);
    for (const id of [candidate.from.id, candidate.to.id]) {
      expect(byId.get(id)).toMatchObject({
        status: 'CONFIRMED',
        method: 'RULE',
        review: { decision: 'CONFIRM', reviewer: { kind: 'API_KEY' }, targetId: id },
      });
    }
    const untouched = shown.edges.filter((e) => e.node.status === 'PROPOSED');
    expect(untouched).toHaveLength(proposed.statements.length - 3);

    const rejectedOnly = await statementsOf(['REJECTED']);
    expect(rejectedOnly.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        id: rejected.id,
        text: rejected.text,
        status: 'REJECTED',
        review: expect.objectContaining({ decision: 'REJECT', note: 'Not a claim of the speaker.' }),
      }),
    ]);
    const human = await graphqlData<{ statements: { edges: { node: StatementNode }[] } }>(yoga, STATEMENTS, {
      filter: { status: ['HUMAN'] },
    });
    expect(human.statements.edges.length).toBeGreaterThan(0);
    expect(human.statements.edges.every((e) => e.node.method === 'HUMAN' && !e.node.proposed)).toBe(true);
  });

  it('provenance and exports keep who proposed and who confirmed', async () => {
    const all = await contradictionsOf({ article: proposed.article.id });
    const confirmation = all.edges.map((e) => e.node).find((a) => a.method === 'HUMAN')!;
    const trail = await graphqlData<{
      provenance: {
        assessments: {
          id: string;
          confirms: { id: string } | null;
          generatedBy: { type: string; annotator: { name: string; kind: string } };
        }[];
        statements: { id: string; generatedBy: { type: string; annotator: { kind: string } } }[];
      };
    }>(
      yoga,
      `query ($id: ID!) { provenance(id: $id) {
        assessments { id confirms { id } generatedBy { type annotator { name kind } } }
        statements { id generatedBy { type annotator { kind } } } } }`,
      { id: confirmation.id },
    );
    const own = trail.provenance.assessments.find((a) => a.id === confirmation.id)!;
    expect(own.confirms).toEqual({ id: candidate.id });
    expect(own.generatedBy).toMatchObject({ type: 'REVIEW', annotator: { kind: 'API_KEY' } });
    expect(own.generatedBy.annotator.name).toMatch(/review desk/);
    expect(trail.provenance.statements.length).toBeGreaterThanOrEqual(2);
    for (const s of trail.provenance.statements) {
      expect(s.generatedBy).toEqual({ type: 'PROPOSAL', annotator: { kind: 'TOOL' } });
    }

    const response = await yoga.fetch('http://yoga/export?format=nquads&article=riverton-port-closure', {
      headers: { authorization: `Bearer ${auditorKey}` },
    });
    expect(response.status).toBe(200);
    const body = await response.text();
    for (const id of [confirmation.id, candidate.id, rejected.id])
      expect(body).toContain(`<urn:isnad:${id}>`);
    // proposals, reviews and API assessments re-derive as annotations do: the bundle verifies
    const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-review-export-')), 'bundle');
    const options = {
      format: 'nquads' as const,
      scope: { kind: 'article' as const, ref: 'riverton-port-closure' },
    };
    await writeBundle(graph.executor, bundle, { ...options, baseIri: 'https://isnad.test/' });
    const report = await verifyBundle(bundle);
    expect(report).toMatchObject({ ok: true, items: [], problems: [] });
    expect(report.idsChecked).toBeGreaterThan(5);
    fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
  });

  it.each([
    ['an unknown id', () => 'st_000000000000000000000000', 'NOT_FOUND'],
    ['a statement reviewed already', () => candidate.from.id, 'CONFLICT'],
    ['an assessment reviewed already', () => candidate.id, 'CONFLICT'],
    ['a rejected statement', () => rejected.id, 'CONFLICT'],
  ])('reviewing %s answers an error and writes nothing', async (_case, id, code) => {
    const before = await countGraph(graph.executor);
    const result = await review(id(), 'CONFIRM');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, field: 'input.id' });
    expect(result.errors?.[0]?.message).toContain(id());
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('reviewing a fact a person made is refused as not a proposal', async () => {
    const human = await graphqlData<{ statements: { edges: { node: { id: string } }[] } }>(
      yoga,
      '{ statements(first: 1, filter: {status: [HUMAN]}) { edges { node { id } } } }',
    );
    const before = await countGraph(graph.executor);
    const result = await review(human.statements.edges[0]!.node.id, 'REJECT');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    expect(result.errors?.[0]?.message).toMatch(/not a proposal/);
    const reader_ = await graphql(yoga, REVIEW, { input: { id: rejected.id, decision: 'CONFIRM' } }, reader);
    expect(reader_.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countGraph(graph.executor)).toEqual(before);
  });
});
