import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/chromium';
import type { TestBrowser } from './support/chromium';
import { startPageServer } from './support/page-server';
import type { PageServer } from './support/page-server';
import { proposeFixture, statusOf } from './support/proposals';
import type { ProposedArticle } from './support/proposals';
import { highlightedTexts, screenshot } from './support/views';

jest.setTimeout(300_000);

// generous: the machine may be busy, and a cold Neo4j plans each query once
const WAIT = { timeout: 90_000 };

describe('review in the page: machine proposals confirmed or rejected with an annotator key', () => {
  let server: PageServer;
  let browser: TestBrowser;
  let annotator: string;
  let english: ProposedArticle;
  let errors: string[];

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser();
    annotator = server.keys.createKey('annotator', 'page test').key;
    english = await proposeFixture(server, 'port-closure.en.txt', 'en', 'riverton-port-closure', annotator);
    errors = [];
    browser.page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    expect(errors).toEqual([]);
    expect(browser.outside).toEqual([]);
  });

  it('is read-only without a key: a proposed statement and a proposed contradiction offer nothing to press', async () => {
    const { page } = browser;
    const statement = english.statements[0]!;
    await page.goto(`${server.origin}/#/article/${english.articleId}/${statement.id}`);
    const review = page.getByRole('region', { name: 'Review' });
    await review.getByText('Enter an annotator key to review this proposal.').waitFor(WAIT);
    await expect(review.getByRole('button').count()).resolves.toBe(0);
    await expect(
      page.getByRole('region', { name: 'Statement' }).getByText('Proposed by the rules').count(),
    ).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${server.origin}/#/contradiction/${english.contradictionId}`);
    await review.getByText('Enter an annotator key to review this proposal.').waitFor(WAIT);
    await expect(review.getByRole('button').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('with an annotator key confirms a proposed statement', async () => {
    const { page } = browser;
    const statement = english.statements[0]!;
    await page.goto(`${server.origin}/#/article/${english.articleId}/${statement.id}`);
    await page.getByLabel('Annotator key').fill(annotator);
    await page.getByRole('button', { name: 'Use key' }).click();
    const review = page.getByRole('region', { name: 'Review' });
    await review.getByRole('button', { name: 'Confirm' }).waitFor(WAIT);
    expect(await seriousViolations(page)).toEqual([]);
    await review.getByRole('button', { name: 'Confirm' }).click();
    await review.getByText(/Reviewed: Confirm/).waitFor(WAIT);
    await expect(statusOf(server, statement.id)).resolves.toEqual({ status: 'CONFIRMED' });
  });

  it('confirms the proposed contradiction side by side, which records a human confirmation', async () => {
    const { page } = browser;
    await page.goto(`${server.origin}/#/contradiction/${english.contradictionId}`);
    await page.getByRole('heading', { name: /Contradiction/ }).waitFor(WAIT);
    await expect(page.getByText('Proposed by the rules').count()).resolves.toBeGreaterThan(0);
    expect(await highlightedTexts(page, 'isnad-selected')).toHaveLength(2);
    const review = page.getByRole('region', { name: 'Review' });
    await review.getByLabel('Note').fill('Both figures are in the report.');
    await screenshot(page, 'review-en', review);
    expect(await seriousViolations(page)).toEqual([]);
    await review.getByRole('button', { name: 'Confirm' }).click();
    await review.getByText(/Reviewed: Confirm/).waitFor(WAIT);
    await expect(statusOf(server, english.contradictionId)).resolves.toEqual({
      status: 'CONFIRMED',
      confirmation: { method: 'HUMAN' },
    });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('in Arabic, rejects the proposed contradiction of an Arabic article, with a note', async () => {
    const arabic = await proposeFixture(
      server,
      'port-closure.ar.txt',
      'ar',
      'rafidain-port-closure',
      annotator,
    );
    const { page } = browser;
    await page.goto(`${server.origin}/#/contradiction/${arabic.contradictionId}`);
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await page.getByRole('heading', { name: /تناقض/ }).waitFor(WAIT);
    // each side marked in its own (Arabic) article, with its exact words
    expect(await highlightedTexts(page, 'isnad-selected')).toEqual([
      'ستبقى المحطة الشرقية مغلقة 14 يومًا بينما يفحص المهندسون كل رصيف',
      'ستُفتح المحطة الشرقية خلال 3 أيام، بعد رفع الحطام',
    ]);
    const review = page.getByRole('region', { name: 'المراجعة' });
    await review.getByLabel('ملاحظة').fill('المدتان من متحدثين عن أمرين مختلفين: الفحص والفتح الجزئي.');
    await screenshot(page, 'review-ar', review);
    expect(await seriousViolations(page)).toEqual([]);
    await review.getByRole('button', { name: 'ارفض' }).click();
    await review.getByText(/رُوجع: ارفض/).waitFor(WAIT);
    await expect(statusOf(server, arabic.contradictionId)).resolves.toEqual({
      status: 'REJECTED',
      confirmation: null,
    });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
