import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { parseDatabaseUrl } from '../../shared/db/connection.js';
import { copyDatabaseStatement, TEMPLATE_DATABASE_PREFIX } from '../../shared/db/names.js';
import { csvFile, samplePath } from './import-support.js';

// `npm run import` as an operator runs it: the compiled command in its own process, on a copy of
// the prepared civil-affairs database, with its exit code, its summary and its error table.

const prefix = `hub_cli_${process.pid}_`;
const database = `${prefix}civil_affairs`;
const server = parseDatabaseUrl(process.env.HUB_TEST_DATABASE_URL!);

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ ...server, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin(copyDatabaseStatement(database, `${TEMPLATE_DATABASE_PREFIX}civil_affairs`));
});
afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

async function runImport(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    DATABASE_URL: process.env.HUB_TEST_DATABASE_URL,
    DATABASE_NAME_PREFIX: prefix,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'warn',
  };
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['dist/tools/cli/import.js', ...args],
      { env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

it('imports a good file, prints the counts and exits 0', async () => {
  const agencies = await runImport('agencies', samplePath('agencies'));
  expect(agencies).toMatchObject({
    code: 0,
    stdout: expect.stringContaining('4 agencies rows — 3 created, 1 updated, 0 unchanged'),
  });
  const stations = await runImport('stations', samplePath('stations'));
  expect(stations).toMatchObject({
    code: 0,
    stdout: expect.stringContaining('5 stations rows — 3 created, 2 updated, 0 unchanged'),
  });
  // Not a terminal: progress comes as plain lines on stderr.
  expect(stations.stderr).toContain('matching 5/5');
});

it('prints a table of every problem on stderr and exits 1', async () => {
  const path = await csvFile('cli-bad.csv', [
    '身份证号,姓名,居住地区划代码',
    '230127194702082011,赵德福,230127100201',
    '23012719520715202X,,230127100201',
  ]);
  const { code, stdout, stderr } = await runImport('people', path);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toContain('2 problem(s) on 2 line(s); nothing was written.');
  expect(stderr).toMatch(/line\s+field\s+value\s+problem/);
  expect(stderr).toMatch(/2\s+身份证号\s+2301\*{10}2011\s+invalid identity number/);
  expect(stderr).toMatch(/3\s+姓名\s+required, but empty/);
  expect(stderr).not.toContain('230127194702082011');
});

it('explains its usage and exits 2', async () => {
  const { code, stderr } = await runImport('villages', 'x.csv');
  expect(code).toBe(2);
  expect(stderr).toContain('unknown kind villages');
  expect(stderr).toContain(
    'usage: npm run import -- <stations|agencies|social-workers|people|projects>',
  );
});
