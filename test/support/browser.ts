import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium for the browser tests of the pages the gateway serves. Every request of a
// page and of its workers passes through the route below, and only the gateway is let through:
// government networks are often cut off from the internet, and the pages must work there
// unchanged. Tests never skip for want of a browser: they fail and say how to install one.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless browser on the gateway's pages, and what it saw that a test may hold against it. */
export interface GatewayBrowser {
  page: Page;
  context: BrowserContext;
  /** Requests to anything but the gateway (refused). */
  foreign: string[];
  /** Uncaught errors of the page's scripts. */
  pageErrors: string[];
  /** Messages the page logged as errors. */
  consoleErrors: string[];
  /** Saves a picture of the page under `test-results/`. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** Opens Chromium on the gateway at `gatewayUrl`: a fresh profile, a Chinese locale. */
export async function openGatewayBrowser(
  gatewayUrl: string,
  viewport: { width: number; height: number },
): Promise<GatewayBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: this test drives a real browser and does not skip. ` +
        'Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).',
    );
  }
  const origin = new URL(gatewayUrl).origin;
  const isLocal = (url: string) => url.startsWith(`${origin}/`) || /^(data|blob):/.test(url);
  const userDataDir = await mkdtemp(join(tmpdir(), 'hub-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  // A request that bypassed the route (a worker's, say) is still seen here.
  context.on('request', (request) => {
    const url = request.url();
    if (!isLocal(url) && !foreign.includes(url)) foreign.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  return {
    page,
    context,
    foreign,
    pageErrors,
    consoleErrors,
    async screenshot(name, options = {}) {
      const path = new URL(`../../test-results/${name}`, import.meta.url).pathname;
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path, ...options });
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
