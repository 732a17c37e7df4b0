import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { parseDatabaseUrl } from '../../shared/db/connection.js';
import { openDepartmentDatabase, type DepartmentDatabase } from '../../shared/db/orm.js';
import { numberPlaceholders, preparedRows } from '../../shared/db/prepared.js';
import { createLogger } from '../../shared/logger.js';
import { civilAffairsEntities } from '../../subgraphs/civil-affairs/entities/index.js';

// The loaders' reads go to PostgreSQL as named statements: the same rows as the ORM's own path,
// counted as its statements are, never inside a transaction, and still answered after a migration
// changed the table under statements already prepared.

describe('numberPlaceholders', () => {
  it('numbers the placeholders outside quoted names and strings', () => {
    expect(
      numberPlaceholders(`select "a?".* from "t" where "x" in (?, ?) and y like ? and z = 'why?'`),
    ).toBe(`select "a?".* from "t" where "x" in ($1, $2) and y like $3 and z = 'why?'`);
  });

  it('leaves to the ORM what it reads otherwise, and statements without placeholders', () => {
    expect(numberPlaceholders('select * from ?? where id = ?')).toBeNull();
    expect(numberPlaceholders(String.raw`select data \? 'key' from t where id = ?`)).toBeNull();
    expect(numberPlaceholders('select 1')).toBeNull();
    expect(numberPlaceholders(`select * from t where name = 'open`)).toBeNull();
  });
});

describe('preparedRows', () => {
  const server = parseDatabaseUrl(process.env.HUB_TEST_DATABASE_URL!);
  const name = `hub_prepared_${randomBytes(4).toString('hex')}`;
  let database: DepartmentDatabase;
  const probe = `select "p0".* from "probe" as "p0" where "p0"."id" in (?) and "p0"."name" like ?`;

  // One connection, so that every read meets the statements it prepared before.
  const open = (namedStatements = true) =>
    openDepartmentDatabase({
      server,
      database: name,
      entities: civilAffairsEntities,
      migrations: [],
      logger: createLogger('prepared-test'),
      poolMax: 1,
      namedStatements,
    });

  beforeAll(async () => {
    database = await open();
    const em = database.orm.em.fork();
    await em.getConnection().execute(`create table probe (id int primary key, name text not null)`);
    await em
      .getConnection()
      .execute(`insert into probe select n, 'row ' || n from generate_series(1, 50) n`);
  });
  afterAll(async () => {
    await database?.close();
    const admin = new pg.Client({ ...server, database: 'postgres' });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  });

  it('answers what the ORM answers, and is counted as its statements are', async () => {
    for (let id = 1; id <= 8; id += 1) {
      const em = database.orm.em.fork();
      const before = database.queries.count;
      const rows = await preparedRows(em, probe, [id, 'row%']);
      expect(database.queries.count).toBe(before + 1);
      expect(rows).toEqual(await em.getConnection().execute(probe, [id, 'row%']));
      expect(rows).toEqual([{ id, name: `row ${id}` }]);
    }
    expect(await preparedRows(database.orm.em.fork(), probe, [3, 'none%'])).toEqual([]);
  });

  it('goes the ORM way inside a transaction and for values other than text, numbers and flags', async () => {
    await database.orm.em.fork().transactional(async (tx) => {
      expect(await preparedRows(tx, probe, [1, 'row%'])).toBeNull();
    });
    const em = database.orm.em.fork();
    expect(await preparedRows(em, probe, [new Date(), 'row%'])).toBeNull();
    expect(await preparedRows(em, probe, [[1, 2], 'row%'])).toBeNull();
    expect(await preparedRows(em, probe, [null, 'row%'])).toBeNull();
  });

  it('sends nothing as a named statement for a database opened without them', async () => {
    const plainOnly = await open(false);
    try {
      expect(await preparedRows(plainOnly.orm.em.fork(), probe, [1, 'row%'])).toBeNull();
      // The other database's driver is not affected.
      expect(await preparedRows(database.orm.em.fork(), probe, [1, 'row%'])).toHaveLength(1);
    } finally {
      await plainOnly.close();
    }
  });

  it('answers after a migration changed the table under a prepared statement', async () => {
    const em = database.orm.em.fork();
    expect(await preparedRows(em, probe, [2, 'row%'])).toEqual([{ id: 2, name: 'row 2' }]);
    await em.getConnection().execute(`alter table probe add column grade int not null default 7`);
    expect(await preparedRows(em, probe, [2, 'row%'])).toEqual([
      { id: 2, name: 'row 2', grade: 7 },
    ]);
    expect(await preparedRows(em, probe, [4, 'row%'])).toEqual([
      { id: 4, name: 'row 4', grade: 7 },
    ]);
  });
});
