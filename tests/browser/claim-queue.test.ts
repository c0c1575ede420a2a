import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/chromium';
import type { TestBrowser } from './support/chromium';
import { startPageServer } from './support/page-server';
import type { PageServer } from './support/page-server';
import { proposeFixture } from './support/proposals';

jest.setTimeout(300_000);

const WAIT = { timeout: 90_000 };
const ACCELERATION = 'أحد دوافع التسريع';

describe('the claim queue: where a fact-checker starts, and how it pages', () => {
  let server: PageServer;
  let browser: TestBrowser;
  let errors: string[];

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser();
    const annotator = server.keys.createKey('annotator', 'queue test').key;
    await proposeFixture(server, 'port-closure.en.txt', 'en', 'riverton-port-closure', annotator);
    errors = [];
    browser.page.on('pageerror', (error) => errors.push(error.message));
    await browser.page.goto(`${server.origin}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    expect(errors).toEqual([]);
    expect(browser.outside).toEqual([]);
  });

  const contradictions = () => browser.page.locator('.contradiction-card');
  const claims = () => browser.page.locator('.claim-card');

  async function show(filters: { topic?: string; kind?: string; search?: string }) {
    const { page } = browser;
    await page.getByLabel('Topic').selectOption(filters.topic ? { label: filters.topic } : '');
    await page.getByLabel('Source kind').selectOption(filters.kind ? { label: filters.kind } : '');
    await page.getByLabel('Search (Arabic or English)').fill(filters.search ?? '');
    await page.getByRole('button', { name: 'Show' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Claims$/ })
      .waitFor(WAIT);
    await page
      .getByText('Loading…')
      .first()
      .waitFor({ state: 'detached', ...WAIT });
  }

  it('finds the same contradiction by its Arabic words and by its English gloss', async () => {
    for (const search of ['التسريع', 'acceleration']) {
      await show({ search });
      const pair = contradictions().filter({ hasText: ACCELERATION });
      await pair.first().waitFor(WAIT);
      await expect(pair.getByText('Conflict').count()).resolves.toBeGreaterThan(0);
      await expect(claims().filter({ hasText: ACCELERATION }).count()).resolves.toBe(1);
    }
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it('marks the machine proposals apart from human judgements', async () => {
    await show({ search: 'eastern terminal' });
    const proposed = contradictions().filter({ hasText: '14 days' });
    await proposed.first().waitFor(WAIT);
    await expect(proposed.first().getByText('Proposed by the rules').count()).resolves.toBeGreaterThan(0);
    await expect(proposed.first().getByText('Human judgement').count()).resolves.toBe(0);
    await show({ topic: 'US forces in Iraq' });
    await expect(contradictions().getByText('Proposed by the rules').count()).resolves.toBe(0);
    await expect(contradictions().first().getByText('Human judgement').count()).resolves.toBeGreaterThan(0);
  });

  it('narrows by source kind', async () => {
    await show({ topic: 'US forces in Iraq', kind: 'anonymous individual' });
    const count = await claims().count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1)
      await expect(claims().nth(i).getByText('anonymous individual').count()).resolves.toBe(1);
  });

  it('pages the claims by cursor: the next page follows the first, none twice', async () => {
    const { page } = browser;
    await show({});
    const total = Number(
      (
        await page
          .getByRole('status')
          .filter({ hasText: /Claims$/ })
          .innerText()
      ).match(/\d+/)![0],
    );
    expect(total).toBeGreaterThan(20);
    await expect(claims().count()).resolves.toBe(10);
    await page.getByRole('button', { name: 'Load more (Claims)' }).click();
    await claims().nth(10).waitFor(WAIT);
    await expect(claims().count()).resolves.toBe(20);
    await page.getByRole('button', { name: 'Load more (Claims)' }).click();
    await claims().nth(20).waitFor(WAIT);
    await expect(claims().count()).resolves.toBe(Math.min(30, total));
    const texts = await claims().locator('blockquote').allInnerTexts();
    expect(new Set(texts).size).toBe(texts.length);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
