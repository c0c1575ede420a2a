import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { KeyStore } from '../../../src/auth/key-store';
import { graphql, graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { countGraph } from '../../support/seed';
import { fixture, startPageServer, testIntakeConfig } from '../../support/page-server';
import type { PageServer } from '../../support/page-server';

const INTAKE = /* GraphQL */ `
  mutation ($input: IntakePageInput!) {
    intakePage(input: $input) {
      text
      headlineLine
      language
      slug
      metadata {
        headline {
          value
          origin
        }
        outlet {
          value
          origin
        }
        datePublished {
          value
          origin
        }
        dateModified {
          value
          origin
        }
        authors {
          value
          origin
        }
        language {
          value
          origin
        }
        canonicalUrl {
          value
          origin
        }
      }
      retrieval {
        id
        source
        requestedUrl
        finalUrl
        redirects {
          url
          status
          location
        }
        httpStatus
        contentType
        rawSha256
        artifact
        textSha256
        extractor
        extractorVersion
        dom
        normalisation
      }
      article {
        id
        slug
        contentHash
        url
        retrievedFrom
        publishedAt
      }
      proposal {
        article {
          id
        }
        statements {
          id
          status
        }
      }
      wasRevisionOf {
        id
        slug
      }
    }
  }
`;

interface IntakeData {
  intakePage: {
    text: string;
    slug: string;
    language: string;
    metadata: Record<string, { value: unknown; origin: string } | null>;
    retrieval: Record<string, unknown>;
    article: {
      id: string;
      slug: string;
      contentHash: string;
      url: string | null;
      retrievedFrom: string | null;
      publishedAt: string | null;
    } | null;
    proposal: { article: { id: string }; statements: { id: string; status: string }[] } | null;
    wasRevisionOf: { id: string; slug: string } | null;
  };
}

const PAGE_V1 = (
  paragraph: string,
) => `<!doctype html><html lang="en"><head><title>Ferry timetable</title></head>
<body><article><h1>Ferry timetable changes</h1>
<p>The harbour board said on Monday that the morning ferry would leave at 7.15 from next week.</p>
<p>${paragraph}</p></article></body></html>`;

describe('intakePage: a web page into the graph, with its retrieval and its versions', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;
  let server: PageServer;
  let annotator: Record<string, string>;
  const config = testIntakeConfig();
  const intake = (input: Record<string, unknown>, headers = annotator) =>
    graphql<IntakeData>(yoga, INTAKE, { input }, headers);

  beforeAll(async () => {
    graph = await openTestGraph();
    server = await startPageServer();
    const store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    annotator = { authorization: `Bearer ${store.createKey('annotator', 'intake desk').key}` };
    yoga = createApi({ executor: graph.executor, logger: graph.logger, keyStore: store, intake: config });
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('needs an annotator key', async () => {
    const anonymous = await intake({ url: `${server.origin}/bare` }, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('returns text, metadata and retrieval without writing the graph when not asked to propose', async () => {
    const before = await countGraph(graph.executor);
    const result = await intake({ url: `${server.origin}/old-link` });
    expect(result.errors).toBeUndefined();
    const page = result.data!.intakePage;
    expect(page.text.split('\n')[0]).toBe('Basra port reopens after dredging works');
    expect(page.metadata.datePublished).toEqual({
      value: '2026-11-20T08:15:00+03:00',
      origin: 'json-ld:NewsArticle.datePublished',
    });
    expect(page.retrieval).toMatchObject({
      source: 'url',
      requestedUrl: `${server.origin}/old-link`,
      finalUrl: `${server.origin}/news/basra-port-reopens`,
      httpStatus: 200,
      extractor: '@mozilla/readability',
      dom: 'linkedom',
      normalisation: 'html-ascii-whitespace-collapse/1',
    });
    expect((page.retrieval.redirects as unknown[]).length).toBe(2);
    expect(page.article).toBeNull();
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('answers a refused page with BAD_USER_INPUT and the reason', async () => {
    const tooLarge = await intake({ url: `${server.origin}/big` });
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.url',
      reason: 'TOO_LARGE',
    });
    const json = await intake({ url: `${server.origin}/data.json` });
    expect(json.errors?.[0]?.extensions?.reason).toBe('UNSUPPORTED_CONTENT_TYPE');
    const both = await intake({ url: `${server.origin}/bare`, html: '<p>x</p>' });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const badPageUrl = await intake({ html: '<p>x</p>', pageUrl: 'file:///etc/passwd' });
    expect(badPageUrl.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.pageUrl',
    });
    const pageUrlWithUrl = await intake({ url: `${server.origin}/bare`, pageUrl: 'https://example.com/x' });
    expect(pageUrlWithUrl.errors?.[0]?.extensions).toMatchObject({ field: 'input.pageUrl' });
    const notHtml = await intake({ html: '{ "headline": "This is JSON" }' });
    expect(notHtml.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.html',
      reason: 'NO_ARTICLE',
    });
    expect(notHtml.errors?.[0]?.message).toBe('the HTML: the page holds no HTML elements: is it a web page?');
    // a fragment, as pasted from a page, is read as a browser would read it
    const fragment = await intake({
      html: '<h1>Bridge closed</h1><p>The council voted on Monday to close the bridge to lorries after engineers found cracks.</p>',
    });
    expect(fragment.errors).toBeUndefined();
    expect(fragment.data!.intakePage.text).toBe(
      'Bridge closed\nThe council voted on Monday to close the bridge to lorries after engineers found cracks.',
    );
  });

  it('proposes a saved page into the review flow, with its URL and date on the article', async () => {
    const html = fixture('json-ld-news.en.html').toString('utf8');
    const page = (
      await graphqlData<IntakeData>(
        yoga,
        INTAKE,
        {
          input: { html, pageUrl: 'https://gulf-ledger.example/business/basra-port-reopens', propose: true },
        },
        annotator,
      )
    ).intakePage;
    expect(page.slug).toBe('basra-port-reopens');
    expect(page.language).toBe('en');
    expect(page.article).toMatchObject({
      slug: 'basra-port-reopens',
      contentHash: page.retrieval.textSha256,
      url: 'https://gulf-ledger.example/business/basra-port-reopens',
      publishedAt: '2026-11-20T08:15:00+03:00',
    });
    expect(page.proposal!.statements.length).toBeGreaterThan(0);
    expect(page.proposal!.statements.every((s) => s.status === 'PROPOSED')).toBe(true);
    const [activity] = await graph.executor.read<{
      type: string;
      rawSha256: string;
      artifact: string;
      metadata: string;
    }>({
      cypher: `MATCH (:Article {id: $id})-[:RETRIEVED_BY]->(a:Activity) RETURN a.type AS type, a.rawSha256 AS rawSha256, a.artifact AS artifact, a.metadata AS metadata`,
      params: { id: page.article!.id },
    });
    expect(activity).toMatchObject({
      type: 'RETRIEVAL',
      rawSha256: page.retrieval.rawSha256,
      artifact: page.retrieval.artifact,
    });
    expect(JSON.parse(activity!.metadata).outlet).toEqual({
      value: 'Gulf Ledger',
      origin: 'json-ld:NewsArticle.publisher',
    });
  }, 180_000);

  it('makes the same bytes one article, and a changed page at the same URL a new version of it', async () => {
    server.serve('/ferry', PAGE_V1('Passengers were told to check the board for delays.'));
    const firstResult = await intake({ url: `${server.origin}/ferry`, propose: true });
    expect(firstResult.errors).toBeUndefined();
    const first = firstResult.data!.intakePage;
    expect(first.slug).toBe('ferry');
    expect(first.wasRevisionOf).toBeNull();
    const counted = await countGraph(graph.executor);

    const again = (await intake({ url: `${server.origin}/ferry`, propose: true })).data!.intakePage;
    expect(again.article!.id).toBe(first.article!.id);
    expect(again.proposal).toBeNull();
    expect(await countGraph(graph.executor)).toEqual(counted);

    server.serve(
      '/ferry',
      PAGE_V1('Passengers were told the afternoon ferry is cancelled until further notice.'),
    );
    const changed = (await intake({ url: `${server.origin}/ferry`, propose: true })).data!.intakePage;
    expect(changed.article!.id).not.toBe(first.article!.id);
    expect(changed.slug).toBe(
      `ferry-${changed.retrieval.textSha256 as string}`.slice(0, 'ferry-'.length + 8),
    );
    expect(changed.wasRevisionOf).toEqual({ id: first.article!.id, slug: 'ferry' });
    // The first version is untouched: same text, same statements.
    const [old] = await graph.executor.read<{ text: string }>({
      cypher: 'MATCH (a:Article {id: $id}) RETURN a.text AS text',
      params: { id: first.article!.id },
    });
    expect(old!.text).toBe(first.text);
  }, 300_000);
});
