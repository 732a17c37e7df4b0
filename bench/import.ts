import 'reflect-metadata';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import pg from 'pg';
import { loadConfig } from '../shared/config.js';
import { operatorServer } from '../tools/operator.js';
import { openDepartmentDatabase } from '../shared/db/orm.js';
import { departmentDatabaseName } from '../shared/db/names.js';
import { buildDemoWorld } from '../demo-world/world.js';
import { createLogger } from '../shared/logger.js';
import { makeIdentityNumber } from '../shared/validators/identity-number.js';
import { loadDemo as loadCivilAffairsDemo } from '../subgraphs/civil-affairs/demo.js';
import { civilAffairsEntities } from '../subgraphs/civil-affairs/entities/index.js';
import { importFile, type ImportKindName } from '../subgraphs/civil-affairs/import/index.js';
import { civilAffairsMigrations } from '../subgraphs/civil-affairs/migrations/index.js';

// `npm run bench:import [-- ROWS]`: imports a synthetic register of ROWS people (10,000 by
// default) into a throwaway copy of the demo world, then the same file again, then with a tenth
// of the rows changed, and prints rows per second for each. Its own cluster under .data/.

const rows = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(rows) || rows < 1 || rows > 1_000_000) {
  process.stderr.write('usage: npm run bench:import -- [ROWS, 1–1000000]\n');
  process.exit(2);
}
const logger = createLogger('bench-import');
const config = loadConfig({
  ...process.env,
  DATA_DIR: '.data/bench-import',
  DATABASE_NAME_PREFIX: 'hub_bench_import_',
});
const { server, release } = await operatorServer(
  { ...config, EMBEDDED_POSTGRES_PORT: config.EMBEDDED_POSTGRES_PORT + 2 },
  logger,
);
const name = departmentDatabaseName(config.DATABASE_NAME_PREFIX, 'civil-affairs');
const admin = new pg.Client({ ...server, database: 'postgres' });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);

const database = await openDepartmentDatabase({
  server,
  database: name,
  entities: civilAffairsEntities,
  migrations: civilAffairsMigrations,
  logger,
});
await database.migrate();
await loadCivilAffairsDemo(database.orm.em.fork(), logger);

/** People spread over the demo world's villages, with valid synthetic identity numbers. */
function peopleSheet(changed: (index: number) => boolean): string {
  const villages = buildDemoWorld().regions.filter((region) => region.level === 'VILLAGE');
  const records = [['身份证号', '姓名', '居住地区划代码', '类别']];
  for (let index = 0; index < rows; index += 1) {
    const village = villages[index % villages.length]!;
    const day = new Date(Date.UTC(1940, 0, 1) + Math.floor(index / 1000) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const number = makeIdentityNumber(village.code.slice(0, 6), day, index % 1000);
    const category = index % 3 === 0 ? '低保' : index % 3 === 1 ? '空巢老人' : '留守老人;低收入';
    records.push([
      number,
      changed(index) ? `测试改${index}` : `测试${index}`,
      village.code,
      category,
    ]);
  }
  return `\uFEFF${stringify(records)}`;
}

const directory = await mkdtemp(join(tmpdir(), 'hub-bench-import-'));
async function timed(label: string, kind: ImportKindName, text: string): Promise<string> {
  const path = join(directory, `${label}.csv`);
  await writeFile(path, text);
  const started = performance.now();
  const summary = await importFile(database.orm.em.fork(), kind, path);
  const seconds = (performance.now() - started) / 1000;
  const counts = `${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged`;
  return `| ${label.padEnd(27)} | ${String(summary.rows).padStart(7)} | ${seconds.toFixed(2).padStart(6)} s | ${String(Math.round(summary.rows / seconds)).padStart(7)} | ${counts} |`;
}

try {
  const lines = [
    '| import of people            |    rows |     time |  rows/s | outcome |',
    '| --------------------------- | ------: | -------: | ------: | ------- |',
    await timed(
      'new file',
      'people',
      peopleSheet(() => false),
    ),
    await timed(
      'same file again',
      'people',
      peopleSheet(() => false),
    ),
    await timed(
      'a tenth of the rows changed',
      'people',
      peopleSheet((index) => index % 10 === 0),
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await database.close();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  await rm(directory, { recursive: true, force: true });
  await release();
}
process.exit(0);
