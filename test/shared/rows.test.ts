import { jest } from '@jest/globals';
import { openDepartmentDatabase, type DepartmentDatabase } from '../../shared/db/orm.js';
import { countRows, findRows, rowsQuery, type RowsOptions } from '../../shared/db/rows.js';
import { createLogger } from '../../shared/logger.js';
import {
  Person,
  ServiceRecord,
  Station,
  civilAffairsEntities,
} from '../../subgraphs/civil-affairs/entities/index.js';
import { readOnlyHub } from '../support/hub.js';

// A read asked again in the same shape runs the statement kept from the first time: it must
// answer exactly what the query builder answers, whatever the values, and a shape whose values the
// builder does not pass through as they are must never be kept.

let database: DepartmentDatabase;
beforeAll(async () => {
  const hub = await readOnlyHub();
  const { server, name } = hub.database('civil-affairs');
  database = await openDepartmentDatabase({
    server,
    database: name,
    entities: civilAffairsEntities,
    migrations: [],
    logger: createLogger('rows-test'),
    poolMax: 2,
  });
});
afterAll(() => database?.close());

/** What the query builder itself answers. */
async function built<T extends object>(
  entity: new () => T,
  where: object,
  options: RowsOptions<T> = {},
): Promise<T[]> {
  const rows = await rowsQuery(database.orm.em.fork(), entity, where, options).execute<T[]>('all');
  return plain(rows);
}

/** Rows as their values: dates as text, amounts with a mark, so that two answers compare. */
function plain<T>(rows: T[]): T[] {
  return JSON.parse(
    JSON.stringify(rows, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)),
  ) as T[];
}

/** findRows' answer, and whether it had the query builder build the statement. */
async function asked<T extends object>(
  entity: new () => T,
  where: object,
  options: RowsOptions<T> = {},
): Promise<{ rows: T[]; builtAgain: boolean }> {
  const em = database.orm.em.fork();
  const builds = jest.spyOn(em, 'createQueryBuilder');
  const rows = plain(await findRows(em, entity, where, options));
  return { rows, builtAgain: builds.mock.calls.length > 0 };
}

const ask = async <T extends object>(
  entity: new () => T,
  where: object,
  options: RowsOptions<T> = {},
) => (await asked(entity, where, options)).rows;

it('answers a shape asked again with other values exactly as the query builder does', async () => {
  const stations = await ask(
    Station,
    { regionCode: { $like: '230127%' } },
    { orderBy: { id: 'asc' } },
  );
  expect(stations.length).toBeGreaterThan(3);
  const ids = stations.map((station) => station.id);
  const shapes: Array<[new () => object, (n: number) => object, RowsOptions<object>]> = [
    [Station, (n) => ({ $and: [{ id: { $in: ids.slice(n, n + 3) } }, {}] }), {}],
    [
      Station,
      (n) => ({ regionCode: { $like: n ? '5223%' : '2301%' }, status: 'OPERATING' }),
      { orderBy: { id: 'desc' }, limit: 5 },
    ],
    [
      ServiceRecord,
      (n) => ({ $and: [{ stationId: { $in: [ids[n]!] } }, { regionCode: { $like: '23%' } }] }),
      { orderBy: { servedOn: 'desc' } },
    ],
    [
      ServiceRecord,
      (n) => ({ stationId: ids[n], personTimes: { $gte: n + 1 } }),
      { orderBy: { id: 'asc' }, limit: 7 },
    ],
    [
      Person,
      (n) => ({ $or: [{ regionCode: { $like: n ? '5223%' : '2301%' } }, { name: null }] }),
      { orderBy: { id: 'asc' }, limit: 4 },
    ],
  ];
  for (const [entity, where, options] of shapes) {
    for (const n of [0, 1, 2]) {
      const { rows, builtAgain } = await asked(entity, where(n), options);
      expect(rows).toEqual(await built(entity, where(n), options));
      // The first question of a shape is built; the others run the statement kept from it.
      expect(builtAgain).toBe(n === 0);
    }
  }
});

it('keeps asking the query builder where it converts the values it is given', async () => {
  // An array is sent as the column's literal ('{ELDERLY}'), not as the list it was given.
  const where = (groups: string[]) => ({ targetGroups: { $overlap: groups } });
  const options = { orderBy: { id: 'asc' }, limit: 3 } as RowsOptions<ServiceRecord>;
  for (const groups of [['ELDERLY'], ['CHILDREN']]) {
    const { rows, builtAgain } = await asked(ServiceRecord, where(groups), options);
    expect(rows).toEqual(await built(ServiceRecord, where(groups), options));
    expect(rows).not.toEqual([]);
    expect(builtAgain).toBe(true);
  }
});

it('counts a shape asked again with other values exactly as the entity manager counts', async () => {
  const stations = await ask(
    Station,
    { regionCode: { $like: '230127%' } },
    { orderBy: { id: 'asc' } },
  );
  const shapes: Array<[new () => object, (n: number) => object]> = [
    [
      ServiceRecord,
      (n) => ({
        regionCode: { $like: '23%' },
        stationId: stations[0]!.id,
        personTimes: { $gte: 4 * n },
      }),
    ],
    [Station, (n) => ({ regionCode: { $like: n ? '5223%' : '2301%' }, status: 'OPERATING' })],
    [Person, (n) => ({ $or: [{ regionCode: { $like: n ? '5223%' : '2301%' } }, { name: null }] })],
  ];
  for (const [entity, where] of shapes) {
    const counts: number[] = [];
    for (const n of [0, 1, 2]) {
      const em = database.orm.em.fork();
      const builds = jest.spyOn(em, 'createQueryBuilder');
      const counted = await countRows(em, entity, where(n));
      expect(counted).toBe(await database.orm.em.fork().count(entity, where(n) as never));
      expect(builds.mock.calls.length > 0).toBe(n === 0);
      counts.push(counted);
    }
    // The values matter: not every question of a shape has the same answer.
    expect(new Set(counts).size).toBeGreaterThan(1);
  }
});
