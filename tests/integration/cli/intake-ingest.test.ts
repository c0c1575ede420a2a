import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { KeyStore } from '../../../src/auth/key-store';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { AnnotationError } from '../../../src/ingest/load-annotation';
import { isnadTool } from '../../../src/ingest/tool-info';
import { graphql, graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { startPageServer, testIntakeConfig } from '../../support/page-server';
import type { PageServer } from '../../support/page-server';
import { countGraph } from '../../support/seed';
import { spawnCli } from '../../support/spawn-cli';
import { readTestNeo4jEnv } from '../../support/test-neo4j';

const RETRIEVAL = `id source requestedUrl finalUrl redirects { url status location } retrievedAt
  requestedAt extractedAt httpStatus contentType file rawSha256 rawBytes artifact charset charsetOrigin textSha256
  extractor extractorVersion dom domVersion normalisation`;

const ARTICLES = /* GraphQL */ `
  query {
    articles(first: 10) {
      edges { node { id slug contentHash url retrievedFrom retrievals { ${RETRIEVAL} } } }
    }
  }
`;

const INTAKE = /* GraphQL */ `
  mutation ($input: IntakePageInput!) {
    intakePage(input: $input) {
      retrieval { ${RETRIEVAL} }
      article { id retrievals { id } }
      proposal { article { id } }
    }
  }
`;

interface ArticleNode {
  id: string;
  slug: string;
  contentHash: string;
  url: string | null;
  retrievedFrom: string | null;
  retrievals: Record<string, unknown>[];
}

describe('isnad intake URL --propose, then isnad ingest: the retrieval reaches the graph', () => {
  let graph: TestGraph;
  let server: PageServer;
  let yoga: IsnadYoga;
  let annotator: Record<string, string>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-intake-ingest-'));
  const artifacts = path.join(dir, 'artifacts');
  const cli = async (args: string[]) => {
    const neo4j = readTestNeo4jEnv();
    const child = spawnCli(args, {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      ISNAD_INTAKE_ALLOW_PRIVATE: 'true',
      ISNAD_ARTIFACTS_DIR: artifacts,
      LOG_LEVEL: 'silent',
    });
    const code = await child.exited;
    return { code, stdout: child.stdout.join('\n'), stderr: child.stderr.join('\n') };
  };
  const articles = async () =>
    (await graphqlData<{ articles: { edges: { node: ArticleNode }[] } }>(yoga, ARTICLES)).articles.edges.map(
      (e) => e.node,
    );

  beforeAll(async () => {
    graph = await openTestGraph();
    server = await startPageServer();
    const store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    annotator = { authorization: `Bearer ${store.createKey('annotator', 'desk').key}` };
    yoga = createApi({
      executor: graph.executor,
      logger: graph.logger,
      keyStore: store,
      intake: testIntakeConfig({ artifactsDir: artifacts }),
    });
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('records the retrieval the intake wrote as the PROV activity the ingested article points to', async () => {
    const url = `${server.origin}/old-link`;
    const intake = await cli(['intake', url, '--propose', '--dir', dir]);
    expect(intake.stderr).toBe('');
    expect(intake.code).toBe(0);
    const draftFile = path.join(dir, 'basra-port-reopens.annotation.yaml');
    const draft = YAML.parse(fs.readFileSync(draftFile, 'utf8'));
    expect(draft.article.retrievalRecord).toBe('basra-port-reopens.intake.json');
    const record = JSON.parse(fs.readFileSync(path.join(dir, 'basra-port-reopens.intake.json'), 'utf8'));

    const ingest = await cli(['ingest', draftFile]);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);

    const [article] = await articles();
    expect(article).toMatchObject({
      slug: 'basra-port-reopens',
      contentHash: record.retrieval.textSha256,
      url: 'https://gulf-ledger.example/business/basra-port-reopens',
      retrievedFrom: `${server.origin}/news/basra-port-reopens`,
    });
    expect(article!.retrievals).toEqual([
      {
        id: record.retrieval.id,
        source: 'url',
        requestedUrl: url,
        finalUrl: `${server.origin}/news/basra-port-reopens`,
        redirects: [
          { url, status: 302, location: `${server.origin}/moved` },
          {
            url: `${server.origin}/moved`,
            status: 301,
            location: `${server.origin}/news/basra-port-reopens`,
          },
        ],
        retrievedAt: record.retrieval.retrievedAt,
        requestedAt: record.retrieval.requestedAt,
        extractedAt: record.retrieval.extractedAt,
        httpStatus: 200,
        contentType: 'text/html; charset=utf-8',
        file: null,
        rawSha256: record.retrieval.rawSha256,
        rawBytes: record.retrieval.rawBytes,
        artifact: `sha256:${record.retrieval.rawSha256}`,
        charset: 'utf-8',
        charsetOrigin: 'http:content-type',
        textSha256: article!.contentHash,
        extractor: '@mozilla/readability',
        extractorVersion: record.retrieval.extractor.version,
        dom: 'linkedom',
        domVersion: record.retrieval.extractor.dom.version,
        normalisation: 'html-ascii-whitespace-collapse/1',
      },
    ]);
    // The activity holds the page's metadata with origins, as intakePage writes it.
    const [stored] = await graph.executor.read<{ metadata: string; links: number }>({
      cypher: `MATCH (a:Article {id: $id})-[l:RETRIEVED_BY]->(r:Activity {type: 'RETRIEVAL'})
        RETURN r.metadata AS metadata, count(l) AS links`,
      params: { id: article!.id },
    });
    expect(stored!.links).toBe(1);
    expect(JSON.parse(stored!.metadata)).toEqual(record.metadata);
  }, 240_000);

  it('is the same activity that intakePage records for the same page: one retrieval, one article', async () => {
    const before = await countGraph(graph.executor);
    const [article] = await articles();
    const page = (
      await graphqlData<{
        intakePage: {
          retrieval: Record<string, unknown>;
          article: { id: string; retrievals: { id: string }[] };
          proposal: unknown;
        };
      }>(yoga, INTAKE, { input: { url: `${server.origin}/old-link`, propose: true } }, annotator)
    ).intakePage;
    expect(page.proposal).toBeNull();
    expect(page.article.id).toBe(article!.id);
    expect(page.article.retrievals).toEqual([{ id: article!.retrievals[0]!.id }]);
    // the same activity, taken again: only its times differ (the graph keeps the first's)
    const { retrievedAt: _a, requestedAt: _b, extractedAt: _c, ...apiRetrieval } = page.retrieval;
    const { retrievedAt: _d, requestedAt: _e, extractedAt: _f, ...cliRetrieval } = article!.retrievals[0]!;
    expect(apiRetrieval).toEqual(cliRetrieval);
    expect(await countGraph(graph.executor)).toEqual(before);
  }, 120_000);

  it('refuses the field through ingestArticle, which reads no files', async () => {
    const before = await countGraph(graph.executor);
    const annotation = fs.readFileSync(path.join(dir, 'basra-port-reopens.annotation.yaml'), 'utf8');
    const articleText = fs.readFileSync(path.join(dir, 'basra-port-reopens.en.txt'), 'utf8');
    const result = await graphql(
      yoga,
      `
        mutation ($input: IngestArticleInput!) {
          ingestArticle(input: $input) {
            article {
              id
            }
          }
        }
      `,
      { input: { annotation, articleText } },
      annotator,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.annotation.article.retrievalRecord',
    });
    expect(await countGraph(graph.executor)).toEqual(before);
  }, 60_000);

  it('takes a saved page that changed as a new version: new files, and on ingest a revision of the first', async () => {
    const page = path.join(dir, 'ferry-notice.html');
    const notice = (note: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head>
<body><article><h1>Ferry timetable changes</h1>
<p>"The morning ferry will leave at 7.15 from next week," the harbour master, Sami Aziz, told reporters on Monday.</p>
<p>${note}</p></article></body></html>`;
    fs.writeFileSync(page, notice('Passengers were told to check the board for delays.'));
    const first = await cli(['intake', page, '--propose', '--dir', dir]);
    expect(first.code).toBe(0);
    expect((await cli(['ingest', path.join(dir, 'ferry-notice.annotation.yaml')])).code).toBe(0);

    // the same bytes again: nothing rewritten
    const again = await cli(['intake', page, '--propose', '--dir', dir]);
    expect(again.stdout).toMatch(/already taken in as .*ferry-notice\.en\.txt: nothing rewritten/);

    fs.writeFileSync(page, notice('The afternoon ferry is cancelled until further notice.'));
    const changed = await cli(['intake', page, '--propose', '--dir', dir]);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain('a new version of ferry-notice (its text changed)');
    const slug = /wrote .*?(ferry-notice-[0-9a-f]{8})\.en\.txt/.exec(changed.stdout)![1]!;
    const record = JSON.parse(fs.readFileSync(path.join(dir, `${slug}.intake.json`), 'utf8'));
    expect(record).toMatchObject({ slug, wasRevisionOf: 'ferry-notice' });
    // the first version's files are untouched
    expect(fs.readFileSync(path.join(dir, 'ferry-notice.en.txt'), 'utf8')).toContain('check the board');

    expect((await cli(['ingest', path.join(dir, `${slug}.annotation.yaml`)])).code).toBe(0);
    const [link] = await graph.executor.read<{ from: string; to: string }>({
      cypher: `MATCH (n:Article)-[:WAS_REVISION_OF]->(o:Article) WHERE n.slug STARTS WITH 'ferry-notice'
        RETURN n.slug AS from, o.slug AS to`,
    });
    expect(link).toEqual({ from: slug, to: 'ferry-notice' });
  }, 300_000);

  it('refuses, writing nothing, an annotation whose intake record is of another text or altered', async () => {
    const draftFile = path.join(dir, 'basra-port-reopens.annotation.yaml');
    const recordFile = path.join(dir, 'basra-port-reopens.intake.json');
    const record = JSON.parse(fs.readFileSync(recordFile, 'utf8'));
    const variant = (name: string, change: (r: typeof record) => void) => {
      const copy = structuredClone(record);
      change(copy);
      fs.writeFileSync(path.join(dir, `${name}.intake.json`), JSON.stringify(copy));
      const annotation = YAML.parse(fs.readFileSync(draftFile, 'utf8'));
      annotation.article.slug = name;
      annotation.article.retrievalRecord = `${name}.intake.json`;
      const file = path.join(dir, `${name}.annotation.yaml`);
      fs.writeFileSync(file, YAML.stringify(annotation));
      return file;
    };
    const refusal = async (file: string) => {
      const error = await ingestFiles(graph.executor, [file], isnadTool(), graph.logger).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AnnotationError);
      return (error as AnnotationError).issues[0]!;
    };
    await graph.clear();
    const empty = await countGraph(graph.executor);

    const other = await refusal(
      variant('other-text', (r) => {
        r.retrieval.textSha256 = 'a'.repeat(64);
      }),
    );
    expect(other.path).toBe('article.retrievalRecord');
    expect(other.reason).toMatch(/records the retrieval of another text/);
    const altered = await refusal(
      variant('altered-url', (r) => {
        r.retrieval.finalUrl = 'https://elsewhere.example/news';
      }),
    );
    expect(altered.reason).toMatch(/id or artifact does not derive from its bytes, URLs and extractor/);
    const missing = path.join(dir, 'missing-record.annotation.yaml');
    const annotation = YAML.parse(fs.readFileSync(draftFile, 'utf8'));
    annotation.article.retrievalRecord = 'nowhere.intake.json';
    fs.writeFileSync(missing, YAML.stringify(annotation));
    expect((await refusal(missing)).reason).toMatch(/cannot read .*nowhere\.intake\.json \(ENOENT\)/);
    expect(await countGraph(graph.executor)).toEqual(empty);
  }, 120_000);
});
