import { ids } from '../../src/ingest/ids';
import { ingestResolved } from '../../src/ingest/ingest-service';
import { resolveAnnotation } from '../../src/ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../src/ingest/resolved-annotation';
import { isnadTool } from '../../src/ingest/tool-info';
import { generateLargeArticle } from '../fixtures/large-annotation.fixtures';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/chromium';
import type { TestBrowser } from './support/chromium';
import { startPageServer } from './support/page-server';
import type { PageServer } from './support/page-server';
import { highlightedTexts } from './support/views';

jest.setTimeout(300_000);

const WAIT = { timeout: 90_000 };
const STATEMENTS = 230;

describe('an article longer than one page of the API: bounded by the API, page by page, not by the renderer', () => {
  let server: PageServer;
  let browser: TestBrowser;
  let resolved: ResolvedAnnotation;
  let articleId: string;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser();
    const article = generateLargeArticle(STATEMENTS);
    resolved = resolveAnnotation(
      article.annotation,
      new TextEncoder().encode(article.text),
      `${article.slug}.txt`,
      `${article.slug}.annotation.yaml`,
    );
    await ingestResolved(server.graph.executor, resolved, isnadTool());
    articleId = ids.article(resolved.article.contentHash);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`marks all ${STATEMENTS} spans, asking for at most 100 at a time, from the top of the text down`, async () => {
    const { page, outside } = browser;
    const inTextOrder = [...resolved.statements]
      .sort((a, b) => a.anchor.start - b.anchor.start)
      .map((s) => s.anchor.quote);
    // hold every page after the first, to see what the first alone marks
    const asked: { first: number; after: string | null }[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
        variables?: { first: number; after: string | null };
      } | null;
      if (body?.operationName === 'ArticleStatements' && body.variables) {
        asked.push({ first: body.variables.first, after: body.variables.after });
        if (body.variables.after !== null) await held;
      }
      await route.continue();
    });

    await page.goto(`${server.origin}/#/article/${articleId}`);
    await page.getByRole('heading', { name: 'Statements in this article' }).waitFor(WAIT);
    await page.getByText(`Loading statements… 100 / ${STATEMENTS}`).waitFor(WAIT);
    // the first page is the top of the text: the first 100 spans, in order
    expect(await highlightedTexts(page, 'isnad-span')).toEqual(inTextOrder.slice(0, 100));

    release();
    await page.getByText('Loading statements…').waitFor({ state: 'detached', ...WAIT });
    await expect(page.locator('.statement-list > li').count()).resolves.toBe(STATEMENTS);
    // every quote marked once, in the article's own words and in text order
    expect(await highlightedTexts(page, 'isnad-span')).toEqual(inTextOrder);
    expect(asked.map((a) => a.first)).toEqual([100, 100, 100]);
    expect(asked[0]!.after).toBeNull();
    expect(new Set(asked.map((a) => a.after)).size).toBe(3);
    // one text node still, however many spans
    await expect(
      page.getByRole('document', { name: 'Article' }).evaluate((e) => e.childNodes.length),
    ).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.unroute('**/graphql');
    expect(outside).toEqual([]);
  });
});
