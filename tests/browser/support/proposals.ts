import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config/project-root';
import { graphqlData } from '../../support/api';
import type { PageServer } from './page-server';

export interface ProposedArticle {
  articleId: string;
  statements: { id: string; text: string }[];
  /** The machine-proposed contradiction between two statements of this article. */
  contradictionId: string;
}

/** Proposes a review fixture (tests/fixtures/review) through the API, as the proposals flow does. */
export async function proposeFixture(
  server: PageServer,
  file: string,
  language: 'ar' | 'en',
  slug: string,
  annotatorKey: string,
): Promise<ProposedArticle> {
  const proposed = await graphqlData<{
    proposeArticle: {
      article: { id: string };
      statements: { id: string; text: string }[];
      assessments: { id: string; relation: string; from: { id: string }; to: { id: string } }[];
    };
  }>(
    server.yoga,
    `mutation ($input: ProposeArticleInput!) {
      proposeArticle(input: $input) {
        article { id }
        statements { id text }
        assessments { id relation from { id } to { id } }
      }
    }`,
    {
      input: {
        text: fs.readFileSync(path.join(projectRoot(), 'tests', 'fixtures', 'review', file), 'utf8'),
        language,
        slug,
      },
    },
    { authorization: `Bearer ${annotatorKey}` },
  );
  const { article, statements, assessments } = proposed.proposeArticle;
  // candidates against other articles' statements may come too: the one inside this article
  const own = new Set(statements.map((s) => s.id));
  const inside = assessments.find(
    (a) => a.relation === 'CONTRADICTS' && own.has(a.from.id) && own.has(a.to.id),
  );
  if (!inside) throw new Error(`${file}: no contradiction proposed inside the article`);
  return { articleId: article.id, statements, contradictionId: inside.id };
}

/** A node's review status, read back through the API. */
export async function statusOf(
  server: PageServer,
  id: string,
): Promise<{ status: string; confirmation?: { method: string } | null }> {
  const data = await graphqlData<{ node: { status: string; confirmation?: { method: string } | null } }>(
    server.yoga,
    `query ($id: ID!) {
      node(id: $id) {
        ... on Statement { status }
        ... on Assessment { status confirmation { method } }
      }
    }`,
    { id },
  );
  return data.node;
}
