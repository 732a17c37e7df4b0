import {
  formatProblems,
  importFile,
  ImportRejected,
  type Problem,
} from '../../subgraphs/civil-affairs/import/index.js';
import { makeCreditCode } from '../../shared/validators/credit-code.js';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';
import { civilAffairsEm, csvFile, tableCounts } from './import-support.js';

// Files with bad rows: every problem is reported with its line and column, and nothing is written.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

async function rejection(kind: Parameters<typeof importFile>[1], path: string): Promise<Problem[]> {
  const error: unknown = await importFile(civilAffairsEm(hub), kind, path).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportRejected);
  return (error as ImportRejected).problems;
}

const STATION_HEADER = '站点名称,层级,区划代码,运行状态,上级站点,承接机构,启动运行日期,地址';

it('reports every bad station row by line and column, and writes none of the good ones', async () => {
  const path = await csvFile('bad-stations.csv', [
    STATION_HEADER,
    '柳河镇第二社工站,乡镇（街道）社工站,230127104,运行中,木兰县不存在总站,,2023-02-30,',
    ',村（社区）社工室,230127100002,筹建中,,,,',
    '新民2村社工室,村（社区）社工室,230127105202,开张,,52230127000000019X,,',
    '大贵1村社工室,乡镇（街道）社工站,230127102201,筹建中,,,,',
    '吉兴1村社工室,村（社区）社工室,230127200201,筹建中,吉兴乡中心站,,,',
    '吉兴乡中心站,乡镇（街道）社工站,230127200,筹建中,,,,',
    '利东1村社工室,村（社区）社工室,230127103201,筹建中,利东镇社工站,,,',
    '利东1村社工室,村（社区）社工室,230127103201,运行中,利东镇社工站,,,',
    '东兴2村社工室,村（社区）社工室,230127101202,筹建中,东兴镇社工站,,,"东兴2村,',
    '村委会"',
    '柳河1村社工室,村（社区）社工室,23012710420,筹建中,,,,',
  ]);
  const before = await tableCounts(hub);
  const problems = await rejection('stations', path);
  expect(problems.map(({ line, field }) => [line, field])).toEqual([
    [2, '启动运行日期'],
    [2, '上级站点'],
    [3, '站点名称'],
    [4, '运行状态'],
    [4, '承接机构'],
    [5, '区划代码'],
    [6, '上级站点'],
    [9, '站点名称'],
    [12, '区划代码'],
  ]);
  const message = (line: number, field: string) =>
    problems.find((problem) => problem.line === line && problem.field === field)?.message;
  expect(message(2, '启动运行日期')).toMatch(/not a calendar date/);
  expect(message(2, '上级站点')).toBe(
    'no station is named 木兰县不存在总站, in the database or on an earlier line',
  );
  expect(message(3, '站点名称')).toBe('required, but empty');
  expect(message(4, '运行状态')).toMatch(/^not one of: 筹建中 \(PLANNED\), 运行中 \(OPERATING\)/);
  expect(message(4, '承接机构')).toBe(
    "invalid unified social credit code: check character should be 'L', got 'X'",
  );
  expect(message(5, '区划代码')).toBe(
    'a TOWNSHIP_STATION serves a township, but 230127102201 is a village',
  );
  // A reference to a later line is refused: the file is read top down.
  expect(message(6, '上级站点')).toMatch(/no station is named 吉兴乡中心站/);
  expect(message(9, '站点名称')).toBe('the same station name in the same division as line 8');
  expect(message(12, '区划代码')).toBe(
    'invalid division code: a division code has 6, 9 or 12 digits, not 11',
  );
  expect(await tableCounts(hub)).toEqual(before);
});

it('masks identity numbers in the report', async () => {
  const path = await csvFile('bad-people.csv', [
    '身份证号,姓名,居住地区划代码,类别',
    '230127194702082011,赵德福,230127100201,空巢老人',
    '23012719520715202X,李秀英,230127100201,低保;孤寡',
    '23012719520715202x,李秀英,230127100201,低保',
    '230127201403302046,张欣怡,230127,留守儿童',
  ]);
  const problems = await rejection('people', path);
  expect(problems).toEqual([
    {
      line: 2,
      field: '身份证号',
      value: '2301**********2011',
      message: "invalid identity number: check character should be 'X', got '1'",
    },
    expect.objectContaining({
      line: 3,
      field: '类别',
      message: expect.stringMatching(/^孤寡: not one of/),
    }),
    {
      line: 4,
      field: '身份证号',
      value: '2301**********202x',
      message: 'the same identity number as line 3',
    },
    expect.objectContaining({
      line: 5,
      field: '居住地区划代码',
      message: 'division code 230127 is a county, expected township or village',
    }),
  ]);
  const report = formatProblems(problems);
  expect(report).toContain('line  field');
  expect(report).not.toMatch(/\d{17}[\dXx]/);
});

it('reports a NUL byte in a cell as a bad cell, by line and column, and writes nothing', async () => {
  const path = await csvFile('nul-people.csv', [
    '身份证号,姓名,居住地区划代码,类别',
    '23012719470208201X,赵\u0000德福,230127100201,空巢老人',
    '23012719520715202X,李秀英,2301271002\u000001,低保',
  ]);
  const before = await tableCounts(hub);
  const problems = await rejection('people', path);
  expect(problems).toEqual([
    { line: 2, field: '姓名', value: '赵\\u0000德福', message: 'contains a NUL byte' },
    {
      line: 3,
      field: '居住地区划代码',
      value: '2301271002\\u000001',
      message: 'contains a NUL byte',
    },
  ]);
  expect(formatProblems(problems)).not.toContain('\u0000');
  expect(await tableCounts(hub)).toEqual(before);
});

it('reports a NUL byte in a station name that later rows refer to, without a database error', async () => {
  const path = await csvFile('nul-stations.csv', [
    STATION_HEADER,
    '柳河镇\u0000社工站,乡镇（街道）社工站,230127104,运行中,,,2023-02-01,',
    '柳河1村社工室,村（社区）社工室,230127104201,筹建中,柳河镇\u0000社工站,,,',
  ]);
  const before = await tableCounts(hub);
  const problems = await rejection('stations', path);
  expect(problems.map(({ line, field, message }) => [line, field, message])).toEqual([
    [2, '站点名称', 'contains a NUL byte'],
    [3, '上级站点', 'contains a NUL byte'],
  ]);
  expect(await tableCounts(hub)).toEqual(before);
});

it('names missing and unknown columns before reading any row', async () => {
  const path = await csvFile('bad-header.csv', ['机构名称,信用代码号,地址', '某机构,x,y']);
  const problems = await rejection('agencies', path);
  expect(problems.map((problem) => [problem.line, problem.field, problem.value])).toEqual([
    [1, '(header)', '信用代码号'],
    [1, '(header)', '统一社会信用代码 / creditCode / 信用代码'],
    [1, '(header)', '登记地区划代码 / regionCode / 区划代码'],
  ]);
});

it('refuses the whole file, naming no personal data, when a key is taken while it runs', async () => {
  const creditCode = makeCreditCode('230127', 77_001);
  const path = await csvFile('agencies-clash.csv', [
    '机构名称,统一社会信用代码,登记地区划代码,地址',
    `木兰县新启社会工作服务中心,${creditCode},230127,木兰县木兰镇新华街90号`,
  ]);
  const before = await tableCounts(hub);
  const clash = civilAffairsEm(hub);
  const error: unknown = await importFile(civilAffairsEm(hub), 'agencies', path, {
    // Another writer takes the same credit code just before the import saves.
    onProgress: async ({ phase, done }) => {
      if (phase === 'saving' && done === 0) {
        await clash
          .getConnection()
          .execute(
            `insert into agencies (id, name, credit_code, region_code) values (gen_random_uuid(), '另一家机构', '${creditCode}', '230127')`,
          );
      }
    },
  }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportRejected);
  expect((error as ImportRejected).problems).toEqual([
    {
      line: 0,
      field: '(file)',
      value: '',
      message:
        'a record with the same key (agencies_credit_code_unique) was written while the import ran; run the import again',
    },
  ]);
  // Only the other writer's record is there.
  expect((await tableCounts(hub)).agencies).toBe(before.agencies! + 1);
});
