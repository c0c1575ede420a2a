import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { KeyStore } from '../../../src/auth/key-store';
import { graphql, graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { startPageServer, testIntakeConfig } from '../../support/page-server';
import type { PageServer } from '../../support/page-server';

const STATEMENT = `id localId text language direction cue method status proposed rules
  span { quote start end }
  gloss { text } glosses { id }
  source { id label kind method status }`;

const INTAKE = /* GraphQL */ `
  mutation ($input: IntakePageInput!) {
    intakePage(input: $input) {
      text
      language
      slug
      retrieval { id textSha256 }
      article { id slug language direction text url }
      proposal {
        activity { type annotator { id kind } }
        statements { ${STATEMENT} }
        assessments { id relation method rule status from { id } to { id } }
      }
    }
  }
`;

const PROPOSE = /* GraphQL */ `
  mutation ($input: ProposeArticleInput!) {
    proposeArticle(input: $input) {
      article { id language }
      statements { ${STATEMENT} }
    }
  }
`;

const REVIEW = /* GraphQL */ `
  mutation ($input: ReviewInput!) {
    review(input: $input) {
      statement {
        id
        status
        method
        proposed
        gloss {
          text
        }
      }
      assessment {
        id
        status
        method
      }
      confirmation {
        id
        method
        status
        relation
        from {
          id
          gloss {
            text
          }
        }
        to {
          id
          gloss {
            text
          }
        }
      }
    }
  }
`;

const READS = /* GraphQL */ `
  query ($article: ID!, $id: ID!) {
    statements(filter: { article: $article }, first: 50) {
      totalCount
      edges {
        node {
          id
          text
          status
          gloss {
            text
          }
          glosses {
            id
          }
        }
      }
    }
    contradictions(filter: { article: $article }) {
      edges {
        node {
          method
          status
          from {
            id
            gloss {
              text
            }
          }
          to {
            id
            gloss {
              text
            }
          }
        }
      }
    }
    search(query: "رسوم عبور الجسر", language: "ar") {
      edges {
        node {
          matched
          statement {
            id
          }
        }
      }
    }
    provenance(id: $id) {
      steps {
        role
        nodeId
        label
      }
    }
  }
`;

const EXPORT = /* GraphQL */ `
  query ($id: ID!, $format: ExportFormat!) {
    exportStatement(id: $id, format: $format) {
      verification {
        ok
        problems
      }
    }
  }
`;

interface StatementData {
  id: string;
  localId: string;
  text: string;
  language: string;
  direction: string;
  cue: string | null;
  method: string;
  status: string;
  proposed: boolean;
  rules: string[];
  span: { quote: string; start: number; end: number };
  gloss: { text: string } | null;
  glosses: { id: string }[];
  source: { id: string; label: string; kind: string; method: string; status: string };
}

interface AssessmentData {
  id: string;
  relation: string;
  method: string;
  rule: string | null;
  status: string;
  from: { id: string };
  to: { id: string };
}

interface IntakeData {
  intakePage: {
    text: string;
    language: string;
    slug: string;
    retrieval: { id: string; textSha256: string };
    article: { id: string; slug: string; language: string; direction: string; text: string; url: string };
    proposal: {
      activity: { type: string; annotator: { id: string; kind: string } };
      statements: StatementData[];
      assessments: AssessmentData[];
    };
  };
}

/** The code points [start, end) of `text`: what a span selects. */
const slice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('an Arabic page proposed through the API and reviewed, with no gloss invented', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  let server: PageServer;
  let annotator: Record<string, string>;
  let auditor: Record<string, string>;
  let page: IntakeData['intakePage'];

  beforeAll(async () => {
    graph = await openTestGraph();
    server = await startPageServer();
    const store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    annotator = { authorization: `Bearer ${store.createKey('annotator', 'arabic desk').key}` };
    auditor = { authorization: `Bearer ${store.createKey('auditor', 'audit').key}` };
    yoga = createApi({
      executor: graph.executor,
      logger: graph.logger,
      keyStore: store,
      intake: testIntakeConfig(),
    });
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('proposes the page: RULE, PROPOSED statements anchored exactly to the extracted text', async () => {
    const url = `${server.origin}/ar/local/republic-bridge-reopening`;
    page = (await graphqlData<IntakeData>(yoga, INTAKE, { input: { url, propose: true } }, annotator))
      .intakePage;
    expect(page.language).toBe('ar');
    expect(page.slug).toBe('republic-bridge-reopening');
    expect(page.article).toMatchObject({ language: 'ar', direction: 'RTL', text: page.text });
    expect(page.proposal.activity).toMatchObject({
      type: 'PROPOSAL',
      annotator: { id: 'agent:isnad-proposer', kind: 'TOOL' },
    });

    const statements = page.proposal.statements;
    const cues = statements.map((s) => s.cue);
    expect(cues).toEqual(expect.arrayContaining(['قال', 'أكد', 'نفى', 'قالت']));
    for (const s of statements) {
      expect(s).toMatchObject({ method: 'RULE', status: 'PROPOSED', proposed: true, language: 'ar' });
      expect(s.direction).toBe('RTL');
      expect(s.rules.length).toBeGreaterThan(0);
      expect(s.text).toBe(s.span.quote);
      expect(slice(page.text, s.span.start, s.span.end)).toBe(s.text);
      // No translation was made, so none is shown.
      expect(s.gloss).toBeNull();
      expect(s.glosses).toEqual([]);
    }
    const denial = statements.find((s) => s.cue === 'نفى')!;
    expect(denial.text).toBe('تكون هناك نية لفرض رسوم على عبور الجسر');
    expect(denial.source).toMatchObject({
      label: 'مصدر في وزارة النقل',
      kind: 'ANONYMOUS_INDIVIDUAL',
      method: 'RULE',
      status: 'PROPOSED',
    });
    const union = statements.find((s) => s.cue === 'قالت')!;
    expect(page.proposal.assessments).toContainEqual(
      expect.objectContaining({
        relation: 'CONTRADICTS',
        method: 'RULE',
        status: 'PROPOSED',
        from: { id: denial.id },
        to: { id: union.id },
      }),
    );
    const [glosses] = await graph.executor.read<{ n: number }>({
      cypher: `MATCH (:Article {id: $id})<-[:IN_ARTICLE]-(:Statement)<-[:GLOSS_OF]-(g:Gloss) RETURN count(g) AS n`,
      params: { id: page.article.id },
    });
    expect(glosses!.n).toBe(0);
  }, 180_000);

  it('confirms a statement and a contradiction: the confirmation is HUMAN, the gloss still missing', async () => {
    const denial = page.proposal.statements.find((s) => s.cue === 'نفى')!;
    const reviewed = (
      await graphqlData<{ review: { statement: Record<string, unknown> } }>(
        yoga,
        REVIEW,
        { input: { id: denial.id, decision: 'CONFIRM', note: 'the denial is the source’s' } },
        annotator,
      )
    ).review;
    expect(reviewed.statement).toEqual({
      id: denial.id,
      status: 'CONFIRMED',
      method: 'RULE',
      proposed: true,
      gloss: null,
    });

    const candidate = page.proposal.assessments.find((a) => a.relation === 'CONTRADICTS')!;
    const confirmed = (
      await graphqlData<{
        review: {
          assessment: { status: string };
          confirmation: { id: string; method: string; status: string; relation: string };
        };
      }>(yoga, REVIEW, { input: { id: candidate.id, decision: 'CONFIRM' } }, annotator)
    ).review;
    expect(confirmed.assessment.status).toBe('CONFIRMED');
    expect(confirmed.confirmation).toMatchObject({
      method: 'HUMAN',
      status: 'HUMAN',
      relation: 'CONTRADICTS',
      from: { id: candidate.from.id, gloss: null },
      to: { id: candidate.to.id, gloss: null },
    });
  }, 120_000);

  it('answers lists, contradictions, search, provenance and an export for statements without gloss', async () => {
    const denial = page.proposal.statements.find((s) => s.cue === 'نفى')!;
    const reads = await graphqlData<{
      statements: {
        totalCount: number;
        edges: { node: { id: string; status: string; gloss: null; glosses: [] } }[];
      };
      contradictions: { edges: { node: { method: string; status: string } }[] };
      search: { edges: { node: { matched: string; statement: { id: string } } }[] };
      provenance: { steps: { role: string; nodeId: string; label: string }[] };
    }>(yoga, READS, { article: page.article.id, id: denial.id });
    expect(reads.statements.totalCount).toBe(page.proposal.statements.length);
    expect(reads.statements.edges.every((e) => e.node.gloss === null)).toBe(true);
    expect(reads.statements.edges.find((e) => e.node.id === denial.id)!.node.status).toBe('CONFIRMED');
    expect(reads.contradictions.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ method: 'HUMAN', status: 'HUMAN' }),
    );
    expect(reads.search.edges.map((e) => e.node)).toContainEqual({
      matched: 'ORIGINAL',
      statement: { id: denial.id },
    });
    const roles = reads.provenance.steps.map((s) => s.role);
    expect(roles).toEqual(expect.arrayContaining(['ARTICLE', 'SPAN', 'STATEMENT', 'SOURCE']));
    expect(roles).not.toContain('GLOSS');
    // The intake that took the text from its page is on the trail, right after the article.
    expect(roles.slice(roles.indexOf('ARTICLE'), roles.indexOf('ARTICLE') + 2)).toEqual([
      'ARTICLE',
      'RETRIEVAL',
    ]);
    const retrieval = reads.provenance.steps.find((s) => s.role === 'RETRIEVAL')!;
    expect(retrieval.label).toContain(`GET ${server.origin}/ar/local/republic-bridge-reopening`);
    expect(retrieval.label).toContain('HTTP 200 text/html');
    expect(retrieval.label).toContain(`text sha256 ${page.retrieval.textSha256}`);
    expect(retrieval.nodeId).toBe(page.retrieval.id);

    for (const format of ['PROV_JSONLD', 'CLAIMREVIEW', 'WEB_ANNOTATION']) {
      const exported = await graphqlData<{
        exportStatement: { verification: { ok: boolean; problems: string[] } };
      }>(yoga, EXPORT, { id: denial.id, format }, auditor);
      expect(exported.exportStatement.verification).toEqual({ ok: true, problems: [] });
    }
  }, 120_000);

  it('takes an Arabic text through proposeArticle too', async () => {
    const text = [
      'الصحة: لا إصابات جديدة بالكوليرا في البصرة',
      'قال مدير صحة البصرة إن المحافظة لم تسجل أي إصابة جديدة بالكوليرا منذ أسبوعين.',
      'ونفت مصادر طبية في مستشفى الموانئ أن تكون الإصابات قد توقفت.',
    ].join('\n');
    const result = await graphql<{
      proposeArticle: { article: { language: string }; statements: StatementData[] };
    }>(yoga, PROPOSE, { input: { text, language: 'ar', slug: 'basra-cholera-update' } }, annotator);
    expect(result.errors).toBeUndefined();
    const { article, statements } = result.data!.proposeArticle;
    expect(article.language).toBe('ar');
    expect(statements.map((s) => s.cue)).toEqual(expect.arrayContaining(['قال', 'نفت']));
    for (const s of statements) {
      expect(s).toMatchObject({ method: 'RULE', status: 'PROPOSED', gloss: null });
      expect(slice(text, s.span.start, s.span.end)).toBe(s.text);
    }
  }, 120_000);
});
