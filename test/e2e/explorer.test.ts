import type { Page } from 'playwright-core';
import { openGatewayBrowser, type GatewayBrowser } from '../support/browser.js';
import { readOnlyHub, type ReadOnlyHub } from '../support/hub.js';

// The explorer in a real browser: Debian's Chromium opens the page the gateway serves, signs in
// through the development panel, runs the region dashboard example and reads the figures in the
// result pane. Any request to anything but the gateway fails the test: government networks are
// often cut off from the internet, and the page must work there unchanged.

let hub: ReadOnlyHub;
let browser: GatewayBrowser;
let page: Page;

beforeAll(async () => {
  hub = await readOnlyHub();
  browser = await openGatewayBrowser(hub.gatewayUrl, { width: 1600, height: 1000 });
  ({ page } = browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
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
  // The button waits for the editors (a click before them would load nothing); the run waits for
  // the example to be in the editor.
  await page.locator('[data-example="region-dashboard"]').click();
  await page
    .locator('.graphiql-query-editor .view-lines')
    .getByText('query RegionDashboard')
    .waitFor();
  await page.locator('.graphiql-execute-button').click();
  await page
    .locator('.graphiql-response')
    .getByText('册亨县')
    .waitFor({ timeout: 30_000 })
    .catch(async (error: Error) => {
      // What was sent and what came back say more than a timeout.
      await browser.screenshot('explorer-failure.png');
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

  await browser.screenshot('explorer.png');
  process.stdout.write(`explorer browser run: ${Date.now() - started} ms\n`);

  expect(browser.pageErrors).toEqual([]);
  expect(browser.consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  expect(browser.foreign).toEqual([]);
}, 120_000);
