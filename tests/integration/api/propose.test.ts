import fs from 'node:fs';
import path from 'node:path';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { annotationFileSchema } from '../../../src/ingest/annotation-schema';
import { graphql, graphqlData, openSeededApi } from '../../support/api';
import type { TestGraph } from '../../support/graph';
import { countGraph, SEED_DIR } from '../../support/seed';
import { parse } from 'yaml';

interface ProposalData {
  proposeAnnotations: {
    draft: string;
    statements: { quote: string; start: number; end: number; rules: string[] }[];
    assessments: { from: string; to: string; relation: string; rule: string }[];
  };
}
const PROPOSE = /* GraphQL */ `
  query ($text: String!, $language: String!, $slug: String) {
    proposeAnnotations(text: $text, language: $language, slug: $slug) {
      draft
      statements {
        quote
        start
        end
        rules
      }
      assessments {
        from
        to
        relation
        rule
      }
    }
  }
`;

describe('proposeAnnotations: drafts for a new article, against the existing graph, writing nothing', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;

  beforeAll(async () => {
    ({ graph, yoga } = await openSeededApi());
  });
  afterAll(() => graph.close());

  it('proposes spans that select their quotes, candidates against graph statements, and writes nothing', async () => {
    const text = fs.readFileSync(path.join(SEED_DIR, 'harbor-wire-iraq-drawdown.en.txt'), 'utf8');
    const before = await countGraph(graph.executor);
    const data = await graphqlData<ProposalData>(yoga, PROPOSE, {
      text,
      language: 'en',
      slug: 'incoming-report',
    });
    const { statements, assessments, draft } = data.proposeAnnotations;
    expect(statements.length).toBeGreaterThan(3);
    for (const s of statements) expect([...text].slice(s.start, s.end).join('')).toBe(s.quote);
    const acrossGraph = assessments.filter((a) => [a.from, a.to].some((ref) => /^[a-z0-9-]+#/.test(ref)));
    expect(acrossGraph.length).toBeGreaterThan(0);
    for (const a of assessments) expect(a.rule).not.toBe('');
    expect(annotationFileSchema.safeParse(parse(draft)).success).toBe(true);
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('an unsupported language is a BAD_USER_INPUT naming the field', async () => {
    const result = await graphql(yoga, PROPOSE, { text: 'Some text.', language: 'fr' });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'language' });
  });
});
