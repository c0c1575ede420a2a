import { ingestLongChain } from '../fixtures/long-chain.fixtures';
import type { LongChain } from '../fixtures/long-chain.fixtures';
import { graphqlData } from '../support/api';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/chromium';
import type { TestBrowser } from './support/chromium';
import { startPageServer } from './support/page-server';
import type { PageServer } from './support/page-server';
import { drawnChain, inReadingOrder, screenshot } from './support/views';

jest.setTimeout(300_000);

const WAIT = { timeout: 90_000 };
// the seed's one full chain: the Pentagon officials' words through the informed sources
const RELAYED = 'التزامهم بجداول الانسحاب';

describe('the chain of transmission drawn as a small graph (SVG), bounded by the API', () => {
  let server: PageServer;
  let browser: TestBrowser;
  let long: LongChain;
  let relayed: { id: string; article: { id: string } };
  /** `first` of every transmission request the page sent. */
  let asked: number[];
  let errors: string[];

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser();
    long = await ingestLongChain(server.graph.executor, { intermediaries: 20, carriers: 15 });
    const found = await graphqlData<{
      statements: { edges: { node: { id: string; text: string; article: { id: string } } }[] };
    }>(
      server.yoga,
      `query ($text: String!) { statements(filter: { text: $text }) { edges { node { id text article { id } } } } }`,
      { text: RELAYED },
    );
    relayed = found.statements.edges.find((e) => e.node.text === RELAYED)!.node;
    asked = [];
    errors = [];
    browser.page.on('request', (request) => {
      const body = request.postDataJSON() as {
        operationName?: string;
        variables?: { first: number };
      } | null;
      if (body?.operationName === 'StatementTransmission' && body.variables) asked.push(body.variables.first);
    });
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

  async function openChain(statement: string, article: string, figure: string) {
    const { page } = browser;
    await page.goto(`${server.origin}/#/article/${article}/${statement}`);
    const details = page.getByRole('region', { name: /Statement|التصريح/ });
    await details.getByRole('button', { name: /Show the chain|اعرض السلسلة/ }).click();
    const chain = page.getByRole('figure', { name: figure });
    await chain.locator('svg g.chain-node').first().waitFor(WAIT);
    return chain;
  }

  it('draws source → intermediary → outlet → carrier from left to right in English', async () => {
    const chain = await openChain(relayed.id, relayed.article.id, 'Chain of transmission');
    const nodes = await drawnChain(chain);
    expect(nodes.map((n) => n.text)).toEqual([
      'source\nofficials (in closed discussions at the Pentagon)',
      'intermediary\ninformed sources',
      'outlet\nAl Arabiya.net',
      'carrier\nAl Hadath.net',
    ]);
    expect(inReadingOrder(nodes.slice(0, 3), 'ltr')).toBe(true);
    const svg = chain.locator('svg');
    await expect(svg.evaluate((e) => getComputedStyle(e).direction)).resolves.toBe('ltr');
    await expect(chain.locator('svg g.chain-edge').count()).resolves.toBe(3);
    await expect(chain.getByRole('img').getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await chain.getByText('The whole chain: 4 nodes.').waitFor(WAIT);
    await screenshot(browser.page, 'chain-en', chain);
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it('asks the API for 12 nodes of a chain of 37 and draws those, both ends of the chain kept; 37 on request', async () => {
    asked.length = 0;
    const chain = await openChain(long.statementId, long.articleId, 'Chain of transmission');
    const nodes = await drawnChain(chain);
    expect(asked).toEqual([12]);
    expect(nodes).toHaveLength(12);
    expect(nodes.filter((n) => n.role === 'INTERMEDIARY').map((n) => n.text.split('\n')[1])).toEqual(
      [...Array.from({ length: 5 }, (_, i) => i + 1), ...Array.from({ length: 5 }, (_, i) => i + 16)].map(
        (n) => `relay ${n}`,
      ),
    );
    // the gap in the middle of the chain says how many were left out
    await expect(chain.locator('svg g.chain-gap text').textContent()).resolves.toBe('+10');
    await chain.getByText('12 of 37 nodes shown.').waitFor(WAIT);

    await chain.getByRole('button', { name: 'Show 37 nodes' }).click();
    await chain.getByText('The whole chain: 37 nodes.').waitFor(WAIT);
    expect(asked).toEqual([12, 50]);
    const all = await drawnChain(chain);
    expect(all).toHaveLength(37);
    expect(all.filter((n) => n.role === 'CARRIER').map((n) => n.text.split('\n')[1])).toEqual(long.carriers);
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it('runs right to left in Arabic, with the original words, and keeps a phone page from overflowing', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    const relayedChain = await openChain(relayed.id, relayed.article.id, 'سلسلة النقل');
    const nodes = await drawnChain(relayedChain);
    expect(nodes.map((n) => n.text)).toEqual([
      'المصدر\nمسؤولون',
      'وسيط\nمصادر مطلعة',
      'الوسيلة\nالعربية.نت',
      'ناقل\nالحدث.نت',
    ]);
    // the source stands on the right, where an Arabic reader starts, and the chain runs leftward
    expect(inReadingOrder(nodes.slice(0, 3), 'rtl')).toBe(true);
    expect(nodes[0]!.x).toBeGreaterThan(nodes[1]!.x);
    await expect(relayedChain.locator('svg').evaluate((e) => getComputedStyle(e).direction)).resolves.toBe(
      'rtl',
    );
    await screenshot(page, 'chain-ar', relayedChain);
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    const longChain = await openChain(long.statementId, long.articleId, 'سلسلة النقل');
    const wrapped = await drawnChain(longChain);
    expect(wrapped).toHaveLength(12);
    // 12 nodes do not fit a phone's row: the chain wraps, still in reading order
    expect(new Set(wrapped.map((n) => Math.round(n.y))).size).toBeGreaterThan(1);
    expect(inReadingOrder(wrapped, 'rtl')).toBe(true);
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
