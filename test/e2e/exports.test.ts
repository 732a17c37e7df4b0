import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Principal } from '../../shared/context.js';
import { flattenNode, planExport, typedCells } from '../../shared/export/columns.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// Exports through the gateway's own API: the rows are those the query returns, page after page,
// with the caller's masks, in CSV and XLSX; who sees a job; what is refused and how.

const METRICS_TOKEN = 'metrics-scraper-token-0123456789';
const MULAN = '230127';
const LINZE = '620723';
const caseworker = principal('CIVIL_AFFAIRS', ['CASEWORKER'], MULAN);
const supervisor = principal('CIVIL_AFFAIRS', ['SUPERVISOR'], MULAN);
const viewer = principal('TRADE_UNION', ['VIEWER'], MULAN);

const PEOPLE = `query People($first: Int, $after: String, $region: String) {
  people(first: $first, after: $after, filter: { regionCode: $region }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { name identityNumber sex birthDate age categories region { code name } } }
  }
}`;

const PROJECTS = `query Projects($first: Int, $after: String, $region: String) {
  serviceProjects(first: $first, after: $after, filter: { regionCode: $region }) {
    pageInfo { hasNextPage endCursor }
    edges { node { name leadDepartment contractAmount startsOn endsOn stations { name } } }
  }
}`;

const COVERAGE = `query Coverage($code: ID!) {
  region(code: $code) { coverage { stationsByLevel { level count } } }
}`;

const INDICATORS = `query Table($measures: [String!]!, $period: PeriodInput!, $regions: IndicatorRegionsInput) {
  indicators(measures: $measures, period: $period, regions: $regions) {
    suppressionK
    rows { measure period regionCode regionName value suppressed }
  }
}`;
const STATIONS_AND_PEOPLE = {
  measures: ['stations', 'benefit_recipients'],
  period: { from: '2020-01', to: '2026-12', grain: 'YEAR' },
  regions: { under: MULAN, level: 'TOWNSHIP' },
};

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ env: { METRICS_TOKEN } });
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const gateway = (path: string) => new URL(path, hub.gatewayUrl).toString();

async function headers(as: Principal | null, purpose?: string): Promise<Record<string, string>> {
  return {
    'content-type': 'application/json',
    ...(as ? { authorization: `Bearer ${await hub.token(as)}` } : {}),
    ...(purpose ? { 'x-access-purpose': encodeURIComponent(purpose) } : {}),
  };
}

async function startExport(
  body: Record<string, unknown>,
  as: Principal | null,
  purpose?: string,
): Promise<Response> {
  return fetch(gateway('/exports'), {
    method: 'POST',
    headers: await headers(as, purpose),
    body: JSON.stringify(body),
  });
}

async function statusOf(id: string, as: Principal): Promise<Response> {
  return fetch(gateway(`/exports/${id}`), { headers: await headers(as) });
}

/** Starts an export, waits for it to end, and gives its last status and its file. */
async function exported(
  body: Record<string, unknown>,
  as: Principal,
  purpose?: string,
): Promise<{ status: Record<string, any>; file: Response }> {
  const started = await startExport(body, as, purpose);
  expect(started.status).toBe(202);
  const { id, fileUrl } = (await started.json()) as { id: string; fileUrl: string };
  let status: Record<string, any>;
  for (;;) {
    status = (await (await statusOf(id, as)).json()) as Record<string, any>;
    if (status.status !== 'RUNNING') break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const file = await fetch(gateway(fileUrl), { headers: await headers(as) });
  return { status, file };
}

/** What the query itself answers, in one page, and the export's columns for it. */
async function queried(
  query: string,
  path: string,
  variables: Record<string, unknown>,
  as: Principal,
  purpose: string | null = null,
): Promise<{ header: string[]; nodes: Array<Record<string, unknown>> }> {
  const { shape, columns } = planExport(query, path);
  const asked = shape === 'connection' ? { ...variables, first: 500 } : variables;
  const answer = await hub.query(query, asked, { principal: as, purpose });
  expect(answer.errors).toBeUndefined();
  type Row = Record<string, unknown>;
  type Page = { nodes?: Row[]; edges?: Array<{ node: Row }> };
  const at = path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], answer.data);
  const nodes = Array.isArray(at)
    ? (at as Row[])
    : ((at as Page).nodes ?? (at as Page).edges!.map((edge) => edge.node));
  return { header: columns.map((column) => column.name), nodes };
}

async function csvOf(file: Response): Promise<string[][]> {
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = Buffer.from(await file.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true });
}

async function sheetOf(file: Response): Promise<ExcelJS.Worksheet> {
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  return workbook.worksheets[0]!;
}

/** A worksheet's values, row by row, an empty cell as null. */
function sheetValues(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: width }, (_, index) => row.getCell(index + 1).value ?? null));
  });
  return rows;
}

const MASKED = /^\d{4}\*{10}\d{3}[\dX]$/;
const people = (format: string, pageSize = 7) => ({
  query: PEOPLE,
  variables: { region: MULAN },
  path: 'people',
  format,
  pageSize,
});

describe('an export of a connection', () => {
  it('pages through it and writes CSV equal to what the query returns, masked as for its caller', async () => {
    const expected = await queried(PEOPLE, 'people', { region: MULAN }, caseworker);
    const { status, file } = await exported(people('csv'), caseworker);
    const total = expected.nodes.length;
    expect(total).toBeGreaterThan(14);
    expect(status).toMatchObject({
      status: 'DONE',
      rows: total,
      pages: Math.ceil(total / 7),
      totalCount: total,
      progress: 1,
      error: null,
      filename: 'people.csv',
    });
    expect(file.headers.get('content-disposition')).toBe('attachment; filename=people.csv');
    const records = await csvOf(file);
    expect(records[0]).toEqual([
      'name',
      'identityNumber',
      'sex',
      'birthDate',
      'age',
      'categories',
      'region.code',
      'region.name',
    ]);
    expect(records.slice(1)).toEqual(
      expected.nodes.map((node) => flattenNode(node, expected.header)),
    );
    // The caseworker's numbers come masked from the graph and stay so.
    expect(records.slice(1).every((record) => MASKED.test(record[1]!))).toBe(true);
    expect(records.slice(1).some((record) => record[5]!.includes(';'))).toBe(true);
  });

  it('writes the same rows as XLSX, numbers as numbers and dates as text', async () => {
    const expected = await queried(PEOPLE, 'people', { region: MULAN }, caseworker);
    const { status, file } = await exported(
      { ...people('xlsx', 9), filename: '木兰县困难群众' },
      caseworker,
    );
    expect(status).toMatchObject({ status: 'DONE', rows: expected.nodes.length });
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="???????.xlsx"; filename*=UTF-8''${encodeURIComponent('木兰县困难群众')}.xlsx`,
    );
    const sheet = await sheetOf(file);
    const values = sheetValues(sheet, expected.header.length);
    expect(values[0]).toEqual(expected.header);
    const columns = expected.header.map((name) => ({ name, type: null }));
    expect(values.slice(1)).toEqual(expected.nodes.map((node) => typedCells(node, columns)));
    const first = values[1]!;
    expect(typeof first[4]).toBe('number'); // age
    expect(first[3]).toMatch(/^\d{4}-\d{2}-\d{2}$/); // birthDate, text
    expect(first[1]).toMatch(MASKED);
  });

  it('reads money as numbers in XLSX from the schema, with two decimals shown', async () => {
    const linze = principal('CIVIL_AFFAIRS', ['SUPERVISOR'], LINZE);
    const variables = { region: LINZE };
    const expected = await queried(PROJECTS, 'serviceProjects', variables, linze);
    const { status, file } = await exported(
      { query: PROJECTS, variables, path: 'serviceProjects', format: 'xlsx', pageSize: 1 },
      linze,
    );
    expect(expected.nodes.length).toBeGreaterThan(1);
    // No totalCount selected: the rows and pages are known, the progress only at the end.
    expect(status).toMatchObject({
      status: 'DONE',
      rows: expected.nodes.length,
      pages: expected.nodes.length,
      totalCount: null,
      progress: 1,
    });
    const sheet = await sheetOf(file);
    const values = sheetValues(sheet, expected.header.length);
    expect(values[0]).toEqual([
      'name',
      'leadDepartment',
      'contractAmount',
      'startsOn',
      'endsOn',
      'stations.name',
    ]);
    expect(values.slice(1).map((row) => row[2])).toEqual(
      expected.nodes.map((node) => Number(node.contractAmount)),
    );
    expect(values.slice(1).map((row) => row[2])).toEqual(expect.arrayContaining([120000, 150000]));
    expect(values.slice(1).map((row) => row[3])).toEqual(
      expected.nodes.map((node) => node.startsOn),
    );
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('#,##0.00');
  });

  it('shows personal data in full only to a supervisor who states a purpose, as the query does', async () => {
    const expected = await queried(
      PEOPLE,
      'people',
      { region: MULAN },
      supervisor,
      '困难群众名册核对',
    );
    const { file } = await exported(people('csv', 50), supervisor, '困难群众名册核对');
    const records = await csvOf(file);
    expect(records.slice(1)).toEqual(
      expected.nodes.map((node) => flattenNode(node, expected.header)),
    );
    expect(records.slice(1).every((record) => /^\d{17}[\dX]$/.test(record[1]!))).toBe(true);
    const { file: unstated } = await exported(people('csv', 50), supervisor);
    expect((await csvOf(unstated)).slice(1).every((record) => MASKED.test(record[1]!))).toBe(true);
  });
});

describe('an export of a list', () => {
  it('asks it once and writes its items', async () => {
    const body = {
      query: COVERAGE,
      variables: { code: MULAN },
      path: 'region.coverage.stationsByLevel',
    };
    const csv = await exported({ ...body, format: 'csv' }, viewer);
    expect(csv.status).toMatchObject({ status: 'DONE', rows: 4, pages: 1, progress: 1 });
    expect(csv.status.filename).toBe('region-coverage-stationsByLevel.csv');
    expect(await csvOf(csv.file)).toEqual([
      ['level', 'count'],
      ['CITY_CENTRE', '0'],
      ['COUNTY_STATION', '0'],
      ['TOWNSHIP_STATION', '8'],
      ['VILLAGE_ROOM', '0'],
    ]);
    const xlsx = await exported({ ...body, format: 'xlsx' }, viewer);
    expect(sheetValues(await sheetOf(xlsx.file), 2)).toEqual([
      ['level', 'count'],
      ['CITY_CENTRE', 0],
      ['COUNTY_STATION', 0],
      ['TOWNSHIP_STATION', 8],
      ['VILLAGE_ROOM', 0],
    ]);
  });
});

describe('an export of the indicator table', () => {
  const analyst = principal('CIVIL_AFFAIRS', ['ANALYST'], MULAN);
  const body = { query: INDICATORS, variables: STATIONS_AND_PEOPLE, path: 'indicators.rows' };

  it('writes its rows as the query returns them, small cells suppressed for an analyst', async () => {
    const expected = await queried(INDICATORS, 'indicators.rows', STATIONS_AND_PEOPLE, analyst);
    expect(expected.header).toEqual([
      'measure',
      'period',
      'regionCode',
      'regionName',
      'value',
      'suppressed',
    ]);
    const suppressed = expected.nodes.filter((node) => node.suppressed === true);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((node) => node.value === null)).toBe(true);

    const csv = await exported({ ...body, format: 'csv' }, analyst);
    expect(csv.status).toMatchObject({
      status: 'DONE',
      rows: expected.nodes.length,
      pages: 1,
      progress: 1,
      filename: 'indicators-rows.csv',
    });
    const records = await csvOf(csv.file);
    expect(records).toEqual([
      expected.header,
      ...expected.nodes.map((node) => flattenNode(node, expected.header)),
    ]);
    // A suppressed cell stays empty in the file, as it comes from the graph.
    expect(
      records.filter((record) => record[5] === 'true').every((record) => record[4] === ''),
    ).toBe(true);

    const xlsx = await exported({ ...body, format: 'xlsx' }, analyst);
    const values = sheetValues(await sheetOf(xlsx.file), expected.header.length);
    expect(values).toEqual([
      expected.header,
      ...expected.nodes.map((node) => [
        node.measure,
        node.period,
        node.regionCode,
        node.regionName,
        node.value,
        node.suppressed,
      ]),
    ]);
    expect(values.slice(1).some((row) => typeof row[4] === 'number' && row[4] > 0)).toBe(true);
  });

  it('returns the graph’s refusal of a measure at once', async () => {
    const response = await startExport(
      {
        ...body,
        format: 'csv',
        variables: { ...STATIONS_AND_PEOPLE, measures: ['no_such_measure'] },
      },
      analyst,
    );
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as {
      errors: Array<{ extensions: Record<string, unknown> }>;
    };
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'measures' });
  });
});

describe('what an export may not do', () => {
  it('shows a job to no one but the principal that made it', async () => {
    const started = await startExport(people('csv', 50), caseworker);
    const { id, statusUrl, fileUrl } = (await started.json()) as Record<string, string>;
    const colleague = { ...caseworker, subject: 'another-caseworker' };
    const namesake = { ...caseworker, department: 'TRADE_UNION' as const };
    for (const other of [colleague, namesake, supervisor]) {
      for (const url of [statusUrl!, fileUrl!]) {
        const response = await fetch(gateway(url), { headers: await headers(other) });
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({
          error: { code: 'NOT_FOUND', message: 'no such export' },
        });
      }
    }
    // Another token of the same principal sees it.
    expect((await statusOf(id!, { ...caseworker, roles: ['CASEWORKER'] })).status).toBe(200);
    const anonymous = await fetch(gateway(statusUrl!));
    expect(anonymous.status).toBe(401);
  });

  it('refuses an unauthenticated request with 401, like /graphql', async () => {
    const response = await startExport(people('csv'), null);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...people('csv'), format: 'ods' }, 'format'],
      [{ ...people('csv'), path: 'people.totalCount' }, 'path'],
      [{ ...people('csv'), pageSize: 1000 }, 'pageSize'],
      [{ ...people('csv'), variables: { region: MULAN, after: 'x' } }, 'variables.after'],
      [{ ...people('csv'), query: PEOPLE.replace('query People', 'mutation People') }, 'query'],
      [
        { query: COVERAGE, variables: { code: MULAN }, path: 'region.coverage', format: 'csv' },
        'path',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await startExport(body, caseworker);
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      const { error } = (await response.json()) as { error: Record<string, string> };
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('returns the graph’s errors at once instead of a job', async () => {
    const forbidden = await startExport(people('csv'), viewer);
    expect(forbidden.status).toBe(403);
    const refused = (await forbidden.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(refused.errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect(refused).not.toHaveProperty('id');

    const invalid = await startExport({ ...people('csv'), variables: { region: 12 } }, caseworker);
    expect(invalid.status).toBe(400);
    const { errors } = (await invalid.json()) as {
      errors: Array<{ extensions: { code: string } }>;
    };
    expect(errors[0]!.extensions.code).toBe('BAD_USER_INPUT');

    const unknownField = await startExport(
      { ...people('csv'), query: PEOPLE.replace(' age ', ' agee ') },
      caseworker,
    );
    expect(unknownField.status).toBe(400);
    expect(
      ((await unknownField.json()) as { errors: Array<{ extensions: { code: string } }> })
        .errors[0]!.extensions.code,
    ).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

it('counts exports by format and outcome on the gateway’s /metrics', async () => {
  const scrape = async () => {
    const text = await (
      await fetch(gateway('/metrics'), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    const count = (format: string, outcome: string) =>
      Number(
        new RegExp(
          `^hub_exports_total\\{[^}]*format="${format}",outcome="${outcome}"[^}]*\\} (\\d+)$`,
          'm',
        ).exec(text)?.[1],
      );
    return { done: count('xlsx', 'done'), refused: count('csv', 'refused') };
  };
  const before = await scrape();
  await exported(
    {
      query: COVERAGE,
      variables: { code: MULAN },
      path: 'region.coverage.stationsByLevel',
      format: 'xlsx',
    },
    viewer,
  );
  expect((await startExport(people('csv'), viewer)).status).toBe(403);
  expect(await scrape()).toEqual({ done: before.done + 1, refused: before.refused + 1 });
});
