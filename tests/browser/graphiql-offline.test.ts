import { launchBrowser } from './support/chromium';
import type { TestBrowser } from './support/chromium';
import { startPageServer } from './support/page-server';
import type { PageServer } from './support/page-server';

jest.setTimeout(180_000);

describe('GraphiQL on a machine without internet', () => {
  let server: PageServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens with the project examples as tabs, sends nothing off the machine, and runs the first example', async () => {
    const { page, outside } = browser;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/graphql`);

    const tabs = page.getByRole('tab');
    await tabs.first().waitFor({ timeout: 60_000 });
    expect(await tabs.allInnerTexts()).toEqual(['Contradictions', 'SearchArabic', 'Provenance']);
    const editor = page.locator('.graphiql-query-editor');
    // Monaco draws spaces as no-break spaces
    expect((await editor.innerText()).replace(/\s+/g, ' ')).toContain('query Contradictions {');

    await page.getByRole('button', { name: /execute query/i }).click();
    const response = page.locator('.graphiql-response');
    await response.getByText('"totalCount"').waitFor({ timeout: 60_000 });
    const text = (await response.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('"totalCount": 10');
    expect(text).not.toContain('"errors"');
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
