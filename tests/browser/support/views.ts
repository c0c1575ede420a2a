import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

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

export interface DrawnChainNode {
  role: string;
  /** The role's name and the label as drawn (its lines joined by a space), one line each. */
  text: string;
  /** The centre of the node on screen. */
  x: number;
  y: number;
}

/**
 * Whether the nodes stand in reading order: each one further along its row than the one before
 * (rightward in English, leftward in Arabic), or on a lower row where the chain wraps.
 */
export function inReadingOrder(nodes: DrawnChainNode[], dir: 'ltr' | 'rtl'): boolean {
  return nodes.every((node, i) => {
    const before = nodes[i - 1];
    if (!before) return true;
    if (Math.abs(node.y - before.y) < 1) return dir === 'ltr' ? node.x > before.x : node.x < before.x;
    return node.y > before.y;
  });
}

/** The nodes of a chain graph (SVG) as drawn, in the order the API gave them. */
export function drawnChain(chain: Locator): Promise<DrawnChainNode[]> {
  return chain.locator('svg g.chain-node').evaluateAll((nodes) =>
    nodes.map((g) => {
      const box = g.getBoundingClientRect();
      return {
        role: g.getAttribute('data-role') ?? '',
        text: [
          g.querySelector('.chain-role')?.textContent ?? '',
          [...g.querySelectorAll('.chain-label')].map((t) => t.textContent).join(' '),
        ].join('\n'),
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
      };
    }),
  );
}

/**
 * Saves a screenshot into the folder ISNAD_PAGE_SCREENSHOTS names (`npm run screenshots` writes
 * docs/screenshots); does nothing otherwise. With `focus`, that part of the view is scrolled
 * into sight first.
 */
export async function screenshot(page: Page, name: string, focus?: Locator): Promise<void> {
  const dir = process.env.ISNAD_PAGE_SCREENSHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  if (focus) await focus.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}
