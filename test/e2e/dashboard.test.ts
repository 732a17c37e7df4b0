import type { Locator, Page } from 'playwright-core';
import { LINZE, MULAN, type DemoCounty } from '../../demo-world/places.js';
import { CEHENG } from '../../demo-world/published-places.js';
import type {
  IndicatorArgs,
  IndicatorRow,
  IndicatorTable,
  Period,
} from '../../gateway/explorer/dashboard/indicators.js';
import { INDICATORS } from '../../gateway/explorer/dashboard/queries.js';
import { openGatewayBrowser, type GatewayBrowser } from '../support/browser.js';
import { principal, readOnlyHub, type ReadOnlyHub } from '../support/hub.js';

// The dashboard in a real browser: Debian's Chromium opens /dashboard, signs in through the
// development panel as a national analyst of civil affairs, opens the region tree down to Ceheng
// County (册亨县) and picks 2023. Every figure read off the page is then asked of the
// `indicators` query, with the arguments written out here and as the same caller, and compared;
// a few are also held against the demo world's published figures and the civil-affairs
// database. Any request to anything but the gateway fails the test.

const COUNTY = CEHENG.counties[0]!;
const ANALYST = principal('CIVIL_AFFAIRS', ['ANALYST'], '100000');
const YEAR_2023: Period = { from: '2023-01', to: '2023-12', grain: 'YEAR' };
/** The county in 2023, as one period. */
const CEHENG_2023 = { period: YEAR_2023, regions: { codes: [COUNTY.code] } };

let hub: ReadOnlyHub;
let browser: GatewayBrowser;
let page: Page;

beforeAll(async () => {
  hub = await readOnlyHub();
  browser = await openGatewayBrowser(hub.gatewayUrl, { width: 1400, height: 1000 });
  ({ page } = browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** What the API answers, asked as the page's caller. */
async function indicators(args: IndicatorArgs): Promise<IndicatorTable> {
  const { data, errors } = await hub.query<{ indicators: IndicatorTable }>(
    INDICATORS,
    args as unknown as Record<string, unknown>,
    { principal: ANALYST },
  );
  expect(errors).toBeUndefined();
  return data!.indicators;
}

/** A figure on the page is the API's cell: its number, or "<k" when suppressed. */
function expectShown(shown: string | undefined, row: IndicatorRow | undefined, k: number | null) {
  expect(row).toBeDefined();
  if (row!.suppressed) {
    expect(k).not.toBeNull();
    expect(shown).toBe(`<${k}`);
  } else {
    expect(shown).toMatch(/^-?[\d,]+(\.\d+)?$/);
    expect(Number(shown!.replaceAll(',', ''))).toBeCloseTo(row!.value!, 2);
  }
}

const panel = (id: string) => page.locator(`[data-panel="${id}"]`);

/** Waits for a panel's answer, and says what the page shows when it does not come. */
async function ready(id: string, text?: string): Promise<Locator> {
  const found = panel(id).and(page.locator('[data-state="ready"]'));
  await (text ? found.filter({ hasText: text }) : found)
    .waitFor({ timeout: 30_000 })
    .catch(async (error: Error) => {
      await browser.screenshot('dashboard-failure.png', { fullPage: true });
      throw new Error(`${error.message}\npage:\n${await page.locator('main').innerText()}`);
    });
  return panel(id);
}

/** Opens the region tree down to a county, and picks it. */
async function pick(county: Pick<DemoCounty, 'province' | 'city' | 'name'>): Promise<void> {
  const tree = page.getByRole('navigation', { name: '地区' });
  for (const above of [county.province.name, county.city.name]) {
    const toggle = tree.getByRole('button', { name: new RegExp(`^(展开|收起) ${above}$`) });
    // Open already when an earlier county was picked under it.
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  }
  await tree.getByRole('button', { name: county.name, exact: true }).click();
}

/** The overview's cards: measure code, then its name, value and unit as shown. */
async function cards(): Promise<Map<string, { name: string; value: string; unit: string }>> {
  const items = await panel('overview').locator('.hub-card').all();
  const read = async (item: Locator, part: string) =>
    (await item.locator(`.hub-card__${part}`).textContent()) ?? '';
  return new Map(
    await Promise.all(
      items.map(
        async (item) =>
          [
            (await item.getAttribute('data-measure')) ?? '',
            {
              name: await read(item, 'name'),
              value: await read(item, 'value'),
              unit: await read(item, 'unit'),
            },
          ] as const,
      ),
    ),
  );
}

/** A panel's data table, opened as a reader would: its columns' keys and its rows by key. */
async function dataTable(
  panel: Locator,
): Promise<{ columns: string[]; rows: Map<string, string[]> }> {
  await panel.locator('details.hub-data summary').click();
  const table = panel.locator('details.hub-data table');
  const columns = await Promise.all(
    (await table.locator('thead th[data-key]').all()).map(
      async (th) => (await th.getAttribute('data-key')) ?? '',
    ),
  );
  const rows = await Promise.all(
    (await table.locator('tbody tr').all()).map(async (tr): Promise<[string, string[]]> => [
      (await tr.getAttribute('data-key')) ?? '',
      await tr.locator('td').allTextContents(),
    ]),
  );
  return { columns, rows: new Map(rows) };
}

it('signs in, picks Ceheng County and 2023, and shows what the indicators query answers', async () => {
  const started = Date.now();
  await page.goto(new URL('/dashboard', hub.gatewayUrl).href);
  await expect(page.title()).resolves.toContain('数据看板');

  // Development sign-in: a national analyst of civil affairs, who sees small cells suppressed.
  await page.getByLabel('Department').selectOption('CIVIL_AFFAIRS');
  await page.getByLabel('Role').selectOption('ANALYST');
  await page.getByLabel('Region', { exact: true }).selectOption('100000');
  await page.getByRole('button', { name: 'Get development token' }).click();
  await page.getByRole('status').filter({ hasText: 'CIVIL_AFFAIRS · ANALYST · 100000' }).waitFor();

  // The tree opens at the country; each level is loaded when its parent is opened.
  await pick({ ...CEHENG, ...COUNTY });

  await page.getByLabel('粒度').selectOption('YEAR');
  await page.getByLabel('起始月份').fill(YEAR_2023.from);
  await page.getByLabel('截止月份').fill(YEAR_2023.to);

  const overview = await ready('overview', `${COUNTY.name} · 概览`);
  await expect(overview.locator('select[name="focus"]').inputValue()).resolves.toBe('2023');
  for (const id of ['monthly', 'by-method', 'by-service-area', 'funding', 'referrals']) {
    await ready(id);
  }
  await ready('children', `${COUNTY.name} · 下级区划`);

  await page.getByLabel('截止月份').blur();
  await browser.screenshot('dashboard.png', { fullPage: true });

  // The cards: each measure's cell for the county in 2023, under the API's name and unit.
  const shown = await cards();
  expect([...shown.keys()]).toEqual(
    expect.arrayContaining(['townships', 'stations', 'services', 'person_times']),
  );
  const headline = await indicators({ measures: [...shown.keys()], ...CEHENG_2023 });
  expect(headline.periods.map((period) => period.code)).toEqual(['2023']);
  for (const [code, card] of shown) {
    const measure = headline.measures.find((m) => m.code === code);
    expect([code, card.name, card.unit]).toEqual([code, measure?.name, measure?.unit]);
    const row = headline.rows.find((r) => r.measure === code && r.period === '2023');
    expectShown(card.value, row, headline.suppressionK);
  }
  // Independently: the county's eight townships and their stations as published (open since
  // March 2022), and its services of 2023 as the civil-affairs database holds them.
  expect(shown.get('townships')?.value).toBe(String(COUNTY.townships.length));
  expect(shown.get('stations')?.value).toBe(String(COUNTY.townships.length));
  const [counted] = await hub.sql<{ count: string }>(
    'civil-affairs',
    `SELECT count(*) FROM service_records
      WHERE region_code LIKE $1 AND served_on BETWEEN '2023-01-01' AND '2023-12-31'`,
    [`${COUNTY.code}%`],
  );
  expect(Number(counted?.count)).toBe(1006);
  expect(shown.get('services')?.value).toBe('1,006');

  // Services by method: the bars' figures, and the published counts behind them.
  const { rows: byMethod } = await dataTable(panel('by-method'));
  const methods = await indicators({ measures: ['services'], ...CEHENG_2023, by: ['METHOD'] });
  expect([...byMethod.keys()].sort()).toEqual(methods.rows.map((r) => r.method ?? 'NONE').sort());
  for (const row of methods.rows) {
    expectShown(byMethod.get(row.method ?? 'NONE')?.[0], row, methods.suppressionK);
  }
  for (const [method, published] of Object.entries(CEHENG.services)) {
    expect([method, byMethod.get(method)]).toEqual([method, [String(published.count)]]);
  }

  // Services by service area.
  const { rows: byArea } = await dataTable(panel('by-service-area'));
  const areas = await indicators({ measures: ['services'], ...CEHENG_2023, by: ['SERVICE_AREA'] });
  expect(byArea.size).toBe(areas.rows.length);
  for (const row of areas.rows) {
    expectShown(byArea.get(row.serviceArea ?? 'NONE')?.[0], row, areas.suppressionK);
  }

  // Month by month, whatever the grain: twelve months of services and person-times.
  const { columns: lines, rows: monthly } = await dataTable(panel('monthly'));
  expect(lines).toEqual(['services', 'person_times']);
  const months = await indicators({
    measures: lines,
    period: { ...YEAR_2023, grain: 'MONTH' },
    regions: CEHENG_2023.regions,
  });
  expect([...monthly.keys()]).toEqual(months.periods.map((period) => period.code));
  expect(monthly.size).toBe(12);
  for (const [month, cells] of monthly) {
    lines.forEach((code, index) => {
      const row = months.rows.find((r) => r.measure === code && r.period === month);
      expectShown(cells[index], row, months.suppressionK);
    });
  }

  // No other department put money into Ceheng's projects, and nobody there referred anyone in
  // 2023: the API has no row, and the panels say so rather than draw empty axes.
  for (const [id, measure] of [
    ['funding', 'contribution_amount'],
    ['referrals', 'referrals_sent'],
  ] as const) {
    const table = await indicators({ measures: [measure], ...CEHENG_2023, by: ['DEPARTMENT'] });
    expect([id, table.rows]).toEqual([id, []]);
    await expect(panel(id).getByText('此期间无记录').isVisible()).resolves.toBe(true);
  }

  // The townships of the county, a row each.
  const children = await Promise.all(
    (await page.locator('table[data-table="children"] tbody tr').all()).map(async (tr) => ({
      region: (await tr.getAttribute('data-region')) ?? '',
      cells: Object.fromEntries(
        await Promise.all(
          (await tr.locator('td').all()).map(async (td): Promise<[string, string]> => [
            (await td.getAttribute('data-measure')) ?? '',
            (await td.textContent()) ?? '',
          ]),
        ),
      ),
    })),
  );
  expect(children).toHaveLength(COUNTY.townships.length);
  const columns = Object.keys(children[0]!.cells);
  expect(columns).toEqual(expect.arrayContaining(['stations', 'services']));
  const below = await indicators({
    measures: columns,
    period: YEAR_2023,
    regions: { under: COUNTY.code },
  });
  expect(children.map((child) => child.region)).toEqual(below.regions.map((r) => r.code));
  for (const child of children) {
    for (const [code, cell] of Object.entries(child.cells)) {
      const row = below.rows.find(
        (r) => r.measure === code && r.period === '2023' && r.regionCode === child.region,
      );
      expectShown(cell, row, below.suppressionK);
    }
  }

  // Without civil affairs, its measures go, and the others count what the rest report.
  await page.getByRole('checkbox', { name: '民政' }).uncheck();
  await ready('overview', `${COUNTY.name} · 概览`);
  const others = await cards();
  expect(others.has('services')).toBe(false);
  expect(others.has('benefit_recipients')).toBe(true);
  const rest = await indicators({
    measures: [...others.keys()],
    ...CEHENG_2023,
    departments: [
      'TRADE_UNION',
      'YOUTH_LEAGUE',
      'WOMEN_FEDERATION',
      'DISABLED_PERSONS_FEDERATION',
      'CHARITY',
    ],
  });
  for (const [code, card] of others) {
    const row = rest.rows.find((r) => r.measure === code && r.period === '2023');
    expectShown(card.value, row, rest.suppressionK);
  }
  await page.getByRole('checkbox', { name: '民政' }).check();

  // Money put into Linze's projects by each department, stacked, and the referrals Mulan's
  // departments sent, each bar as the API has it.
  for (const [county, id, measure] of [
    [LINZE, 'funding', 'contribution_amount'],
    [MULAN, 'referrals', 'referrals_sent'],
  ] as const) {
    await pick(county);
    await ready('overview', `${county.name} · 概览`);
    await ready(id);
    const { columns, rows } = await dataTable(panel(id));
    const table = await indicators({
      measures: [measure],
      period: YEAR_2023,
      regions: { codes: [county.code] },
      by: ['DEPARTMENT'],
    });
    expect(table.rows.length).toBeGreaterThan(0);
    const shownDepartments = id === 'funding' ? columns : [...rows.keys()];
    expect(shownDepartments.sort()).toEqual(table.rows.map((r) => r.department).sort());
    for (const row of table.rows) {
      const cell =
        id === 'funding'
          ? rows.get('2023')?.[columns.indexOf(row.department!)]
          : rows.get(row.department!)?.[0];
      expectShown(cell, row, table.suppressionK);
    }
  }
  process.stdout.write(`dashboard browser run: ${Date.now() - started} ms\n`);

  expect(browser.pageErrors).toEqual([]);
  expect(browser.consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  expect(browser.foreign).toEqual([]);
}, 180_000);

it('says which argument is wrong when a query is refused', async () => {
  // A period that ends before it starts, as the month fields allow.
  await page.getByLabel('粒度').selectOption('MONTH');
  await page.getByLabel('起始月份').fill('2023-12');
  await page.getByLabel('截止月份').fill('2023-01');
  const { errors } = await hub.query(
    INDICATORS,
    {
      measures: ['services'],
      period: { from: '2023-12', to: '2023-01', grain: 'MONTH' },
      regions: CEHENG_2023.regions,
    },
    { principal: ANALYST },
  );
  const refusal = errors?.[0];
  expect(refusal?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(refusal?.extensions?.field).toMatch(/^period/);

  const alert = panel('overview').getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  await expect(alert.innerText()).resolves.toContain(refusal!.message);
  await expect(alert.getAttribute('data-code')).resolves.toBe('BAD_USER_INPUT');
  await expect(alert.innerText()).resolves.toContain(String(refusal!.extensions!.field));
  expect(browser.foreign).toEqual([]);
}, 60_000);
