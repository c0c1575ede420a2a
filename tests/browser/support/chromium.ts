import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`), or the one ISNAD_CHROMIUM names. */
export const CHROMIUM = process.env.ISNAD_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium starts its own connections (updates, safe
 * browsing), which a closed network refuses; they are no part of what the tests look at.
 */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Every request the pages tried to send off this machine (each was refused). */
  outside: string[];
  close(): Promise<void>;
}

/**
 * A fresh Chromium with an empty profile. Requests to anything but the loopback server are
 * aborted and recorded, so a test can assert that nothing left the machine.
 */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set ISNAD_CHROMIUM)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
  });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:')
      return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    outside,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
