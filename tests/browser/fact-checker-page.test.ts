import { graphqlData } from '../support/api';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/chromium';
import type { TestBrowser } from './support/chromium';
import { startPageServer } from './support/page-server';
import type { PageServer } from './support/page-server';
import {
  centreOfHighlight,
  drawnChain,
  highlightedTexts,
  screenshot,
  waitForSelected,
} from './support/views';

jest.setTimeout(300_000);

const OFFICIAL = 'لا تغييرات لدينا على خطط الانتشار المستقبلية في العراق';
const ACCELERATION =
  'أحد دوافع التسريع هو تجنب تكرار سيناريو الانسحاب من أفغانستان في 2021، حيث أعطى إعلان المواعيد آنذاك فرصة للتنظيمات المسلحة للتخطيط لهجمات';
// generous: the machine may be busy, and a cold Neo4j plans each query once
const WAIT = { timeout: 90_000 };

describe("the fact-checker's page, the mission's example in a real browser", () => {
  let server: PageServer;
  let browser: TestBrowser;
  let errors: string[];

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser();
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

  it('is served at / by the API server, with a policy that lets it talk only to its own origin', async () => {
    const response = await fetch(`${server.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await response.text()).toMatch(/<script type="module"[^>]* src="\/assets\/index-[\w-]+\.js"/);
  });

  it('finds the official\'s "no changes" against the "acceleration" statement from the topic, side by side with both spans', async () => {
    const { page } = browser;
    await page.goto(`${server.origin}/`);
    await page.getByLabel('Topic').selectOption({ label: 'US forces in Iraq' });
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('10 Contradictions').waitFor(WAIT);
    const pair = page.getByRole('article').filter({ hasText: OFFICIAL }).filter({ hasText: ACCELERATION });
    await expect(pair.count()).resolves.toBe(1);
    await expect(pair.getByText('Conflict').count()).resolves.toBe(1);
    await expect(pair.getByText('anonymous individual').count()).resolves.toBe(1);
    await expect(pair.getByText('anonymous group').count()).resolves.toBe(1);
    await expect(pair.getByText('Human judgement').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'queue-en');
    expect(await seriousViolations(page)).toEqual([]);

    await pair.getByRole('link', { name: 'Compare side by side' }).click();
    await page.getByRole('heading', { name: /Contradiction/ }).waitFor(WAIT);
    await page.getByRole('region', { name: 'Sourcing strength: a US defense official' }).waitFor(WAIT);
    // each side is marked in its own article, with exactly the statement's words
    expect(await highlightedTexts(page, 'isnad-selected')).toEqual([OFFICIAL, ACCELERATION]);
    await expect(page.getByText('HUMAN', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText('0.80', { exact: true }).count()).resolves.toBe(1);
    await screenshot(page, 'contradiction-en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens both spans in the article view, each highlighted with its exact words, and the chain', async () => {
    const { page } = browser;
    await page
      .getByRole('region', { name: 'a US defense official' })
      .getByRole('link', { name: 'Open in the article' })
      .click();
    await page.getByRole('heading', { name: 'Statement', exact: true }).waitFor(WAIT);
    expect(await highlightedTexts(page, 'isnad-selected')).toEqual([OFFICIAL]);
    // every other statement of the article is marked too, none of them split into elements
    expect((await highlightedTexts(page, 'isnad-span')).length).toBe(23);
    await expect(
      page.getByRole('document', { name: 'Article' }).evaluate((e) => e.childNodes.length),
    ).resolves.toBe(1);

    // a click on the other span, in the text itself, opens it
    const { x, y } = await centreOfHighlight(page, 'isnad-span', ACCELERATION);
    await page.mouse.click(x, y);
    await waitForSelected(page, ACCELERATION);
    expect(await highlightedTexts(page, 'isnad-selected')).toEqual([ACCELERATION]);
    await page
      .getByRole('region', { name: 'Statement' })
      .getByRole('blockquote')
      .getByText(ACCELERATION)
      .waitFor(WAIT);
    const details = page.getByRole('region', { name: 'Statement' });
    await details.getByText('informed sources').first().waitFor(WAIT);

    await details.getByRole('button', { name: 'Show the chain' }).click();
    const chain = page.getByRole('figure', { name: 'Chain of transmission' });
    await chain.getByText('The whole chain: 3 nodes.').waitFor(WAIT);
    expect((await drawnChain(chain)).map((n) => n.text)).toEqual([
      'source\ninformed sources',
      'outlet\nAl Arabiya.net',
      'carrier\nAl Hadath.net',
    ]);
    await screenshot(page, 'article-en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('exports the claim as ClaimReview and PROV-O JSON-LD with an auditor key and shows that each verifies', async () => {
    const { page } = browser;
    const exportPanel = page.getByRole('region', { name: 'Export this claim' });
    await expect(exportPanel.getByRole('button', { name: 'Export ClaimReview' }).isDisabled()).resolves.toBe(
      true,
    );
    await page.getByLabel('Annotator key').fill(server.keys.createKey('auditor', 'page test').key);
    await page.getByRole('button', { name: 'Use key' }).click();
    for (const [button, file] of [
      ['Export ClaimReview', 'export.claimreview.jsonld'],
      ['Export PROV-O JSON-LD', 'export.prov.jsonld'],
    ] as const) {
      await exportPanel.getByRole('button', { name: button }).click();
      await exportPanel.getByRole('link', { name: `Download ${file}` }).waitFor(WAIT);
      await expect(exportPanel.getByText('Verified', { exact: true }).count()).resolves.toBe(1);
    }
    await screenshot(page, 'export-en', exportPanel);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Forget key' }).click();
  });

  it('switches to Arabic: lang and dir follow, the chain runs right to left, and it fits a phone', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    const chain = page.getByRole('figure', { name: 'سلسلة النقل' });
    await chain.getByText('السلسلة كاملة: 3 عُقَد.').waitFor(WAIT);
    const [source, outlet] = await drawnChain(chain);
    expect(source!.text).toBe('المصدر\nمصادر مطلعة');
    expect(source!.x).toBeGreaterThan(outlet!.x); // the source stands on the right
    await screenshot(page, 'article-ar');
    expect(await seriousViolations(page)).toEqual([]);

    // the export in Arabic: the same one click, the verdict in the interface's words
    const exportPanel = page.getByRole('region', { name: 'صدِّر هذا الادعاء' });
    await exportPanel.getByText('التصدير يحتاج مفتاح مدقِّق أو مدير.').waitFor(WAIT);
    await page.getByLabel('مفتاح المُعلِّق').fill(server.keys.createKey('auditor', 'page test ar').key);
    await page.getByRole('button', { name: 'استخدم المفتاح' }).click();
    await exportPanel.getByRole('button', { name: 'صدِّر ClaimReview' }).click();
    await exportPanel.getByRole('link', { name: 'تنزيل export.claimreview.jsonld' }).waitFor(WAIT);
    await expect(exportPanel.getByText('تم التحقق', { exact: true }).count()).resolves.toBe(1);
    await screenshot(page, 'export-ar', exportPanel);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'انسَ المفتاح' }).click();

    await page.setViewportSize({ width: 390, height: 844 });
    for (const hash of ['#/', `#/contradiction/${await contradictionId(server)}`]) {
      await page.goto(`${server.origin}/${hash}`);
      await page.getByRole('heading', { level: 1 }).waitFor(WAIT);
      await page
        .getByText(/التناقضات|تعارض/)
        .first()
        .waitFor(WAIT);
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, hash === '#/' ? 'queue-ar-phone' : 'contradiction-ar-phone');
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

async function contradictionId(server: PageServer): Promise<string> {
  const data = await graphqlData<{ contradictions: { edges: { node: { id: string } }[] } }>(
    server.yoga,
    `query ($text: String!) { contradictions(filter: { text: $text }, first: 20) { edges { node { id from { text } to { text } } } } }`,
    { text: 'أحد دوافع التسريع' },
  );
  return data.contradictions.edges[0]!.node.id;
}
