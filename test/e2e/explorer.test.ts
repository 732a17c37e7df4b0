import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../support/hub.js';

// The explorer in a real browser: Debian's Chromium opens the page the gateway serves, signs in
// through the development panel, runs the region dashboard example and reads the figures in the
// result pane. Any request to anything but the gateway fails the test: government networks are
// often cut off from the internet, and the page must work there unchanged.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = new URL('../../test-results/explorer.png', import.meta.url).pathname;

let hub: TestHub;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const foreign: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: this test drives a real browser and does not skip. ` +
        'Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).',
    );
  }
  hub = await startTestHub();
  const origin = new URL(hub.gatewayUrl).origin;
  userDataDir = await mkdtemp(join(tmpdir(), 'hub-explorer-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1600, height: 1000 },
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
  // Every request of the page and of its workers passes here; only the gateway is let through.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const local = url.startsWith(`${origin}/`) || /^(data|blob):/.test(url);
    if (local) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url) && !foreign.includes(url)) {
      foreign.push(url);
    }
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  await hub?.stop();
});

/** The text of GraphiQL's result pane (a Monaco editor: spaces are non-breaking). */
async function resultText(): Promise<string> {
  const text = await page.locator('.graphiql-response .view-lines').innerText();
  return text.replaceAll('\u00a0', ' ');
}

it('signs in, runs the region dashboard and shows Ceheng County’s published figures', async () => {
  const started = Date.now();
  await page.goto(new URL('/', hub.gatewayUrl).href);
  await expect(page.title()).resolves.toContain('GraphQL explorer');

  // Development sign-in: a Ceheng County analyst of civil affairs.
  await page.getByLabel('Department').selectOption('CIVIL_AFFAIRS');
  await page.getByLabel('Role').selectOption('ANALYST');
  await page.getByLabel('Region').selectOption('522327');
  await page.getByRole('button', { name: 'Get development token' }).click();
  await page.getByRole('status').filter({ hasText: 'CIVIL_AFFAIRS · ANALYST · 522327' }).waitFor();

  // The schema arrives with the token; the docs carry the fields' descriptions, in Chinese too.
  await page.getByRole('button', { name: /documentation explorer/i }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
  await page.getByText('A station by id (站点)').waitFor();

  // The example is one click away; then run it.
  await page
    .getByRole('button', { name: /examples/i })
    .first()
    .click();
  await page.locator('[data-example="region-dashboard"]').click();
  await page.locator('.graphiql-execute-button').click();
  await page
    .locator('.graphiql-response')
    .getByText('册亨县')
    .waitFor({ timeout: 30_000 })
    .catch(async (error: Error) => {
      // What was sent and what came back say more than a timeout.
      await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-failure.png') });
      const query = await page.locator('.graphiql-query-editor .view-lines').innerText();
      throw new Error(`${error.message}\nquery:\n${query}\nresult:\n${await resultText()}`);
    });

  const result = await resultText();
  // Ceheng County's published figures (test/e2e/published-figures.test.ts, seed 000).
  expect(result).toContain('"name": "册亨县"');
  expect(result).toContain('"socialWorkers": 127');
  expect(result).toContain('"certified": 6');
  expect(result).toContain('"fullTime": 15');
  expect(result).toContain('"households": 743');
  expect(result).toContain('"amount": "1910500.00"');
  expect(result).not.toContain('"errors"');

  await mkdir(join(SCREENSHOT, '..'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  process.stdout.write(`explorer browser run: ${Date.now() - started} ms\n`);

  expect(pageErrors).toEqual([]);
  expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  expect(foreign).toEqual([]);
}, 120_000);
