import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** The ranges of a named CSS highlight, as the text they cover (what the reader sees marked). */
export function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate<string[]>(`[...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map(String)`);
}

/** Waits until the chosen span (the `isnad-selected` highlight) covers exactly `text`. */
export async function waitForSelected(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    `[...(CSS.highlights.get('isnad-selected') ?? [])].map(String).join('|') === ${JSON.stringify(text)}`,
    undefined,
    { timeout: 90_000 },
  );
}

/** The centre of the highlighted range that covers exactly `text`, for a click on it. */
export async function centreOfHighlight(
  page: Page,
  name: string,
  text: string,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    const range = [...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].find((r) => String(r) === ${JSON.stringify(text)});
    if (!range) return null;
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  })()`);
  if (point === null) throw new Error(`no range of highlight ${name} covers ${text}`);
  return point;
}

/**
 * Saves a screenshot into the folder ISNAD_PAGE_SCREENSHOTS names (docs/screenshots when the
 * README's pictures are refreshed); does nothing otherwise.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.ISNAD_PAGE_SCREENSHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}
