import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  Person,
  ProjectStation,
  ServiceProject,
  Station,
} from '../../subgraphs/civil-affairs/entities/index.js';
import { importFile, ImportRejected } from '../../subgraphs/civil-affairs/import/index.js';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';
import { civilAffairsEm, csvFile, samplePath, tableCounts } from './import-support.js';

// Workbooks as Excel writes them (real dates, numbers), and rows that change between imports.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  // The projects below name the sample agencies and stations.
  for (const kind of ['agencies', 'stations'] as const) {
    await importFile(civilAffairsEm(hub), kind, samplePath(kind));
  }
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

async function workbook(name: string, rows: unknown[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('第一页');
  for (const row of rows) sheet.addRow(row);
  book.addWorksheet('说明').addRow(['only the first sheet is read']);
  const path = join(await mkdtemp(join(tmpdir(), 'hub-xlsx-')), name);
  await book.xlsx.writeFile(path);
  return path;
}

it('imports the first sheet of a workbook, with Excel dates, text dates and numbers', async () => {
  const path = await workbook('projects.xlsx', [
    [
      'name',
      'leadDepartment',
      'regionCode',
      'agency',
      'stations',
      'serviceAreas',
      'targetGroups',
      'startsOn',
      'endsOn',
      'contractAmount',
      'status',
    ],
    [
      '木兰县困难老人探访项目',
      'CIVIL_AFFAIRS',
      '230127',
      '522301270000900262',
      '木兰镇社工站、东兴镇社工站',
      'ELDERLY_CARE',
      'ELDERLY',
      new Date(Date.UTC(2024, 4, 1)),
      '2025年4月30日',
      120000.5,
      'PLANNED',
    ],
    [
      '木兰县残疾人康复服务项目',
      '残联',
      '230127',
      null,
      null,
      '社会事务',
      '残疾人',
      45413,
      '2024/12/31',
      '98,000.00',
      null,
    ],
  ]);
  expect(await importFile(civilAffairsEm(hub), 'projects', path)).toEqual({
    kind: 'projects',
    rows: 2,
    created: 2,
    updated: 0,
    unchanged: 0,
  });
  const em = civilAffairsEm(hub);
  const visits = await em.findOneOrFail(ServiceProject, { name: '木兰县困难老人探访项目' });
  expect(visits).toMatchObject({
    startsOn: '2024-05-01',
    endsOn: '2025-04-30',
    status: 'PLANNED',
    serviceAreas: ['ELDERLY_CARE'],
  });
  expect(BigInt(visits.contractAmountFen)).toBe(12_000_050n);
  expect(await em.count(ProjectStation, { projectId: visits.id })).toBe(2);
  const rehab = await em.findOneOrFail(ServiceProject, { name: '木兰县残疾人康复服务项目' });
  // 45413 is the Excel serial of 2024-05-01; an empty status takes the mutation's default.
  expect(rehab).toMatchObject({
    leadDepartment: 'DISABLED_PERSONS_FEDERATION',
    startsOn: '2024-05-01',
    endsOn: '2024-12-31',
    status: 'ACTIVE',
    agencyId: null,
  });
  expect(BigInt(rehab.contractAmountFen)).toBe(9_800_000n);
});

it('refuses identity numbers that Excel stored as numbers', async () => {
  const path = await workbook('people.xlsx', [
    ['身份证号', '姓名', '居住地区划代码'],
    [230127194702082000, '赵德福', '230127100201'],
  ]);
  const error = (await importFile(civilAffairsEm(hub), 'people', path).catch(
    (caught: unknown) => caught,
  )) as ImportRejected;
  expect(error).toBeInstanceOf(ImportRejected);
  expect(error.problems).toEqual([
    expect.objectContaining({
      line: 2,
      field: '身份证号',
      message: expect.stringMatching(/stored as a number/),
    }),
  ]);
});

it('updates the rows that changed and leaves the others alone', async () => {
  const header = '身份证号,姓名,居住地区划代码,类别';
  const first = await csvFile('people-v1.csv', [
    header,
    '23012719470208201X,赵德福,230127100201,空巢老人',
    '23012719520715202X,李秀英,230127100201,低保',
  ]);
  expect(await importFile(civilAffairsEm(hub), 'people', first)).toMatchObject({ created: 2 });
  const before = await civilAffairsEm(hub).findOneOrFail(Person, {
    identityNumber: '23012719470208201X',
  });
  const second = await csvFile('people-v2.csv', [
    header,
    '23012719470208201X,赵德福,230127100202,空巢老人;留守老人',
    '23012719520715202X,李秀英,230127100201,低保',
  ]);
  const counts = await tableCounts(hub);
  expect(await importFile(civilAffairsEm(hub), 'people', second)).toEqual({
    kind: 'people',
    rows: 2,
    created: 0,
    updated: 1,
    unchanged: 1,
  });
  expect(await tableCounts(hub)).toEqual(counts);
  const after = await civilAffairsEm(hub).findOneOrFail(Person, {
    identityNumber: '23012719470208201X',
  });
  expect(after).toMatchObject({
    regionCode: '230127100202',
    categories: ['EMPTY_NEST_ELDERLY', 'LEFT_BEHIND_ELDERLY'],
    createdAt: before.createdAt,
  });
  expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
});

it('leaves fields of columns the file does not have, and clears those given empty', async () => {
  const path = await csvFile('stations-partial.csv', [
    '站点名称,层级,区划代码,地址',
    '东兴镇社工站,乡镇（街道）社工站,230127101,',
  ]);
  expect(await importFile(civilAffairsEm(hub), 'stations', path)).toMatchObject({ updated: 1 });
  const station = await civilAffairsEm(hub).findOneOrFail(Station, { name: '东兴镇社工站' });
  // The address was given empty; the operator (承接机构) and the status were not in the file.
  expect(station).toMatchObject({ address: null, status: 'OPERATING' });
  expect(station.operatorId).not.toBeNull();
});
