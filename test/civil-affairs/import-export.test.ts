import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { exportCsv, type ExportSource } from '../../shared/export/csv.js';
import { flattenNode, planExport } from '../../shared/export/columns.js';
import {
  importFile,
  ImportRejected,
  KIND_EXPORTS,
} from '../../subgraphs/civil-affairs/import/index.js';
import {
  NATIONAL_SUPERVISOR,
  principal,
  startTestHub,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';
import { civilAffairsEm, csvFile, samplePath, SAMPLES, tableCounts } from './import-support.js';

// Export through the gateway, as any client: the five import kinds round-trip, masking applies,
// and any connection of a query can be written with dotted columns.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  for (const kind of SAMPLES) await importFile(civilAffairsEm(hub), kind, samplePath(kind));
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

/** The records of exported CSV text, header first. */
function csvRecords(text: string): string[][] {
  return parse(text, { bom: true });
}

async function exported(
  source: ExportSource,
  as = NATIONAL_SUPERVISOR,
  purpose: string | null = 'export test',
  pageSize = 3,
) {
  let text = '';
  const client = { url: hub.gatewayUrl, token: await hub.token(as), purpose };
  const rows = await exportCsv(client, source, (chunk) => void (text += chunk), { pageSize });
  return { text, rows };
}

const mulan = (kind: keyof typeof KIND_EXPORTS): ExportSource => ({
  ...KIND_EXPORTS[kind],
  variables: { filter: { regionCode: '230127' } },
});

it('writes stations in the import format, with a BOM and quoted fields, a page at a time', async () => {
  const { text, rows } = await exported(mulan('stations'));
  expect(
    text.startsWith(
      '\uFEFF站点名称,层级,区划代码,运行状态,上级站点,承接机构,启动运行日期,地址\r\n',
    ),
  ).toBe(true);
  const records = csvRecords(text);
  expect(records.length).toBe(rows + 1);
  // Mulan's 8 township stations from the demo world and the 3 the sample adds.
  expect(rows).toBe(11);
  expect(records).toContainEqual([
    '东兴1村社工室',
    '村（社区）社工室',
    '230127101201',
    '筹建中',
    '东兴镇社工站',
    '',
    '',
    '东兴1村村委会\n党群服务中心二楼',
  ]);
  expect(records).toContainEqual([
    '木兰镇社工站',
    '乡镇（街道）社工站',
    '230127100',
    '运行中',
    '木兰县社工总站',
    '52230127000000019L',
    '2022-03-01',
    '木兰县木兰镇新华街90号',
  ]);
  expect(text).toContain('"木兰县东兴镇兴隆路16号,一楼"');
});

it('round-trips every kind: importing the export changes nothing', async () => {
  for (const kind of SAMPLES) {
    const { text, rows } = await exported(mulan(kind));
    const path = await csvFile(`round-trip-${kind}.csv`, []);
    await writeFile(path, text);
    const before = await tableCounts(hub);
    const summary = await importFile(civilAffairsEm(hub), kind, path);
    expect(summary).toEqual({ kind, rows, created: 0, updated: 0, unchanged: rows });
    expect(rows).toBeGreaterThan(0);
    expect(await tableCounts(hub)).toEqual(before);
  }
});

it('masks personal data in exports as in queries, and the import refuses masked numbers', async () => {
  const caseworker = principal('CIVIL_AFFAIRS', ['CASEWORKER'], '230127');
  const { text } = await exported(mulan('people'), caseworker, null);
  const records = csvRecords(text);
  // Civil affairs' own case team sees the register's categories; the number stays masked.
  expect(records).toContainEqual(['2301**********202X', '李秀英', '230127100201', '低保;留守老人']);
  const path = await csvFile('masked-people.csv', []);
  await writeFile(path, text);
  const error = (await importFile(civilAffairsEm(hub), 'people', path).catch(
    (caught: unknown) => caught,
  )) as ImportRejected;
  expect(error).toBeInstanceOf(ImportRejected);
  expect(
    error.problems.every(
      (problem) => problem.field === '身份证号' && problem.value.includes('**********'),
    ),
  ).toBe(true);
});

it('writes any connection of a query file with nested fields as dotted columns', async () => {
  const query = `query Stations($first: Int, $after: String) {
    stations(first: $first, after: $after, filter: { regionCode: "230127101" }) {
      edges { node { name level region { code name } projects { name contractAmount } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  const plan = planExport(query, 'stations');
  expect(plan.shape).toBe('connection');
  const header = plan.columns.map((column) => column.name);
  expect(header).toEqual([
    'name',
    'level',
    'region.code',
    'region.name',
    'projects.name',
    'projects.contractAmount',
  ]);
  const { text } = await exported({
    query,
    path: 'stations',
    header,
    record: (node) => flattenNode(node, header),
  });
  const records = csvRecords(text);
  expect(records[0]).toEqual(header);
  const dongxing = records.find((record) => record[0] === '东兴镇社工站')!;
  expect(dongxing.slice(0, 4)).toEqual(['东兴镇社工站', 'TOWNSHIP_STATION', '230127101', '东兴镇']);
  expect(dongxing[4]!.split(';')).toEqual(
    expect.arrayContaining(['木兰县乡镇社工站运营项目（2024年度）', '木兰县留守儿童关爱服务项目']),
  );
  expect(dongxing[5]!.split(';')).toEqual(expect.arrayContaining(['360000.00', '85000.00']));
});

it('runs as a command: the file it writes, and a clear error without a token', async () => {
  const out = await csvFile('cli-agencies.csv', []);
  const token = await hub.token(NATIONAL_SUPERVISOR);
  const run = (args: string[], env: Record<string, string> = {}) =>
    promisify(execFile)(process.execPath, ['dist/tools/cli/export.js', ...args], {
      env: { ...process.env, ...env },
    }).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
  const done = await run(['agencies', out, '--region', '230127', '--url', hub.gatewayUrl], {
    HUB_TOKEN: token,
  });
  expect(done).toEqual({ code: 0, stderr: `3 rows written to ${out}\n` });
  expect(await readFile(out, 'utf8')).toBe((await exported(mulan('agencies'))).text);
  const refused = await run(['agencies', out, '--url', hub.gatewayUrl], {
    HUB_TOKEN: 'not-a-token',
  });
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(
    /export failed: the gateway answered with errors:\n {2}UNAUTHENTICATED/,
  );
});
