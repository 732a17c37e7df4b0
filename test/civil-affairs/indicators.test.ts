import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { parseDatabaseUrl } from '../../shared/db/connection.js';
import { DEPARTMENT_SERVICES } from '../../shared/departments.js';
import {
  catchUpIndicators,
  databaseFacts,
  INDICATOR_BATCH,
  databaseFeed,
  rebuildIndicators,
  type DepartmentFacts,
  type IndicatorFeed,
} from '../../subgraphs/civil-affairs/indicators/consumer.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { principal, startTestHub, type TestHub, HUB_SETUP_TIMEOUT_MS } from '../support/hub.js';

// Indicators read from rollups equal the same figures counted by hand from the records, for
// several measures, grains, dimensions and divisions; rollups kept from the outboxes (the demo
// world replayed from each outbox’s first change, then a
// random mix of inserts, changes and deletes in several departments) equal rollups rebuilt from the
// records; analysts get small cells suppressed. The hub's own consumer sleeps; the test drives it.

const MULAN = '230127';
const CEHENG = '522327';
const as = {
  national: principal('CIVIL_AFFAIRS', ['ANALYST', 'SUPERVISOR'], '100000'),
  mulanCaseworker: principal('CIVIL_AFFAIRS', ['CASEWORKER'], MULAN),
  mulanAnalyst: principal('CIVIL_AFFAIRS', ['ANALYST'], MULAN),
  cehengViewer: principal('WOMEN_FEDERATION', ['VIEWER'], CEHENG),
};

let hub: TestHub;
let feeds: IndicatorFeed[];
let records: DepartmentFacts[];
const em = (): EntityManager => hub.subgraphs['civil-affairs']!.database.orm.em.fork();
const catchUp = () => catchUpIndicators(em, feeds);

beforeAll(async () => {
  hub = await startTestHub({ env: { LEDGER_POLL_MS: '600000' } });
  const server = parseDatabaseUrl(process.env.HUB_TEST_DATABASE_URL!);
  const database = (service: string): string =>
    String(hub.subgraphs[service]!.database.orm.config.get('dbName'));
  feeds = DEPARTMENT_SERVICES.map((service) => databaseFeed(server, service, database(service)));
  records = SUBGRAPHS.map((module) =>
    databaseFacts(server, database(module.name), module.indicators),
  );
  await catchUp();
}, HUB_SETUP_TIMEOUT_MS);
afterAll(async () => {
  await Promise.all([...feeds, ...records].map((source) => source.close()));
  await hub?.stop();
}, 60_000);

async function sql(service: string, text: string, params: unknown[] = []) {
  return hub.subgraphs[service]!.database.orm.em.fork()
    .getConnection()
    .execute<Array<Record<string, any>>>(text, params);
}

interface Row {
  measure: string;
  period: string;
  regionCode: string;
  department: string | null;
  method: string | null;
  serviceArea: string | null;
  targetGroup: string | null;
  stationLevel: string | null;
  programme: string | null;
  fundSource: string | null;
  value: number | null;
  suppressed: boolean;
}
const TABLE = `query Table($measures: [String!]!, $period: PeriodInput!, $regions: IndicatorRegionsInput, $by: [IndicatorDimension!], $departments: [Department!]) {
  indicators(measures: $measures, period: $period, regions: $regions, by: $by, departments: $departments) {
    measures { code name unit kind }
    periods { code start end }
    regions { code name level }
    rows { measure period regionCode regionName department method serviceArea targetGroup stationLevel programme fundSource value suppressed }
    suppressionK
  }
}`;
async function table(variables: Record<string, unknown>, who = as.national) {
  const response = await hub.query<{
    indicators: {
      rows: Row[];
      suppressionK: number | null;
      periods: unknown[];
      regions: unknown[];
    };
  }>(TABLE, variables, { principal: who });
  expect(response.errors).toBeUndefined();
  return response.data!.indicators;
}
/** Non-zero rows as `key → value`, the key made of the fields named. */
function figures(rows: Row[], ...keys: Array<keyof Row>): Record<string, number> {
  return Object.fromEntries(
    rows
      .filter((row) => row.value !== 0)
      .map((row) => [keys.map((key) => row[key] ?? '-').join('|'), row.value as number]),
  );
}
function counted(rows: Array<Record<string, any>>): Record<string, number> {
  return Object.fromEntries(
    rows.map((row) => [row.key as string, Math.round(Number(row.value) * 100) / 100]),
  );
}

describe('indicators equal the records counted by hand', () => {
  it('services by township and month in Mulan county', async () => {
    const result = await table({
      measures: ['services'],
      period: { from: '2023-01', to: '2024-12', grain: 'MONTH' },
      regions: { under: MULAN },
    });
    expect(result.periods).toHaveLength(24);
    const expected = counted(
      await sql(
        'civil-affairs',
        `select left(region_code, 9) || '|' || to_char(served_on, 'YYYY-MM') as key, count(*) as value
           from service_records where region_code like '${MULAN}%' and length(region_code) >= 9
            and served_on between '2023-01-01' and '2024-12-31' group by 1`,
      ),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(5);
    expect(figures(result.rows, 'regionCode', 'period')).toEqual(expected);
    // Dense: every township of the county in every month.
    expect(result.rows).toHaveLength(24 * result.regions.length);
  });

  it('person-times by county, quarter and method under Ceheng’s prefecture', async () => {
    const result = await table({
      measures: ['person_times'],
      period: { from: '2023-01', to: '2023-12', grain: 'QUARTER' },
      regions: { under: '522300', level: 'COUNTY' },
      by: ['METHOD'],
    });
    const expected = counted(
      await sql(
        'civil-affairs',
        `select left(region_code, 6) || '|' || to_char(served_on, 'YYYY') || '-Q' || extract(quarter from served_on) || '|' || method as key,
                sum(person_times) as value
           from service_records where region_code like '5223%' and served_on between '2023-01-01' and '2023-12-31'
          group by 1`,
      ),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(3);
    expect(figures(result.rows, 'regionCode', 'period', 'method')).toEqual(expected);
  });

  it('hours by year and group served (a service to two groups counts in each), and by area and method together', async () => {
    const result = await table({
      measures: ['service_hours'],
      period: { from: '2023-01', to: '2024-12', grain: 'YEAR' },
      regions: { codes: ['510000'] },
      by: ['TARGET_GROUP'],
    });
    const expected = counted(
      await sql(
        'civil-affairs',
        `select to_char(served_on, 'YYYY') || '|' || coalesce(g, '-') as key, sum(duration_minutes) / 60.0 as value
           from service_records cross join lateral unnest(case when cardinality(target_groups) = 0
                then array[null]::text[] else target_groups end) g
          where region_code like '51%' and served_on between '2023-01-01' and '2024-12-31' group by 1`,
      ),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(1);
    expect(figures(result.rows, 'period', 'targetGroup')).toEqual(expected);

    const both = await table({
      measures: ['services'],
      period: { from: '2023-01', to: '2023-12', grain: 'YEAR' },
      regions: { codes: ['510000'] },
      by: ['SERVICE_AREA', 'METHOD'],
    });
    const pairs = counted(
      await sql(
        'civil-affairs',
        `select coalesce(service_area, '-') || '|' || method as key, count(*) as value from service_records
          where region_code like '51%' and served_on between '2023-01-01' and '2023-12-31' group by 1`,
      ),
    );
    expect(figures(both.rows, 'serviceArea', 'method')).toEqual(pairs);
  });

  it('stations at month-end by level, and the country for a national principal', async () => {
    const result = await table({
      measures: ['stations'],
      period: { from: '2026-01', to: '2026-12', grain: 'YEAR' },
      regions: { under: '100000', level: 'PROVINCE' },
      by: ['STATION_LEVEL'],
    });
    const expected = counted(
      await sql(
        'civil-affairs',
        `select left(region_code, 2) || '0000|' || level as key, count(*) as value from stations
          where coalesce(opened_on, created_at::date) <= '2026-12-31' group by 1`,
      ),
    );
    expect(figures(result.rows, 'regionCode', 'stationLevel')).toEqual(expected);
    const country = await table({
      measures: ['stations', 'townships'],
      period: { from: '2026-12', to: '2026-12', grain: 'MONTH' },
      regions: { codes: ['100000'] },
    });
    const [counts] = await sql(
      'civil-affairs',
      `select (select count(*) from stations) as stations,
              (select count(*) from regions where level = 'TOWNSHIP') as townships`,
    );
    expect(figures(country.rows, 'measure')).toEqual({
      stations: Number(counts!.stations),
      townships: Number(counts!.townships),
    });
  });

  it('people helped by department and programme, each counted once; money in projects by fund source', async () => {
    const result = await table({
      measures: ['benefit_recipients'],
      period: { from: '2020-01', to: '2026-12', grain: 'YEAR' },
      regions: { codes: [MULAN] },
      by: ['DEPARTMENT'],
    });
    const expected = counted(
      await sql(
        'civil-affairs',
        `select to_char(given_on, 'YYYY') || '|' || department as key, count(distinct person_id) as value
           from benefits where region_code like '${MULAN}%' and person_id is not null
            and given_on between '2020-01-01' and '2026-12-31' group by 1`,
      ),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(1);
    expect(figures(result.rows, 'period', 'department')).toEqual(expected);

    const money = await table({
      measures: ['contribution_amount'],
      period: { from: '2020-01', to: '2026-12', grain: 'YEAR' },
      regions: { codes: ['100000'] },
      by: ['DEPARTMENT', 'FUND_SOURCE'],
    });
    const paid: Record<string, number> = {};
    for (const service of [
      'civil-affairs',
      'trade-union',
      'youth-league',
      'women-federation',
      'disabled-persons-federation',
    ]) {
      const rows = await sql(
        service,
        `select to_char(contributed_on, 'YYYY') as year, fund_source, sum(amount_fen) / 100.0 as value
           from project_contributions where kind = 'MONEY' and contributed_on between '2020-01-01' and '2026-12-31' group by 1, 2`,
      );
      const code = service.toUpperCase().replaceAll('-', '_');
      for (const row of rows) {
        paid[`${row.year}|${code}|${row.fund_source}`] = Math.round(Number(row.value) * 100) / 100;
      }
    }
    expect(Object.keys(paid).length).toBeGreaterThan(0);
    expect(figures(money.rows, 'period', 'department', 'fundSource')).toEqual(paid);
  });
});

describe('rollups', () => {
  /** Rows of the kept copy that the rollups lack, and rows of the rollups the copy lacks. */
  async function differences(table: 'indicator_rollups' | 'indicator_members') {
    const columns =
      table === 'indicator_rollups'
        ? 'measure, grouping, region_code, month, department, dims, trim_scale(value) as value, facts'
        : 'measure, grouping, region_code, month, department, dims, member, refs';
    return sql(
      'civil-affairs',
      `(select 'kept only' as side, * from (select ${columns} from kept_${table} except select ${columns} from ${table}) a)
       union all
       (select 'rebuilt only', * from (select ${columns} from ${table} except select ${columns} from kept_${table}) b)
       limit 20`,
    );
  }

  it('kept from the outboxes, the whole demo world replayed and then a random mix of writes, equal rollups rebuilt from the records', async () => {
    // Replayed from the first change of every outbox: the world as it was written, batch by batch.
    const [outboxes] = await sql(
      'civil-affairs',
      'select count(*)::int as n from indicator_outbox',
    );
    expect(outboxes!.n).toBeGreaterThan(INDICATOR_BATCH);
    await sql('civil-affairs', 'truncate indicator_rollups, indicator_members');
    await sql('civil-affairs', 'update indicator_checkpoints set seq = 0');
    expect(await catchUp()).toBeGreaterThan(10 * INDICATOR_BATCH);

    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(items: readonly T[]) => items[random(items.length)]!;
    const methods = ['CASE', 'GROUP', 'COMMUNITY_ACTIVITY', 'HOME_VISIT'];
    const areas = ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE', 'CHILD_WELFARE', null];
    const groups = ['{}', '{ELDERLY}', '{CHILDREN,ELDERLY}', '{PEOPLE_WITH_DISABILITIES}'];
    const [station] = await sql(
      'civil-affairs',
      `select id, region_code from stations where region_code like '${MULAN}%' and length(region_code) = 9 limit 1`,
    );
    const written: string[] = [];
    for (let step = 0; step < 60; step += 1) {
      const action = random(6);
      if (action <= 2 || written.length === 0) {
        const id = randomUUID();
        written.push(id);
        await sql(
          'civil-affairs',
          `insert into service_records (id, method, station_id, region_code, served_on, duration_minutes, person_times, households, service_area, target_groups)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[])`,
          [
            id,
            pick(methods),
            station!.id,
            station!.region_code,
            `2025-0${1 + random(9)}-1${random(9)}`,
            30 * (1 + random(4)),
            1 + random(20),
            random(2),
            pick(areas),
            pick(groups),
          ],
        );
      } else if (action === 3) {
        await sql(
          'civil-affairs',
          `update service_records set method = ?, served_on = served_on + ?, target_groups = ?::text[] where id = ?`,
          [pick(methods), random(60), pick(groups), pick(written)],
        );
      } else if (action === 4) {
        await sql('civil-affairs', 'delete from service_records where id = ?', [
          written.splice(random(written.length), 1)[0],
        ]);
      } else {
        await sql(
          'civil-affairs',
          `update stations set status = ?, opened_on = ? where id = (select id from stations where region_code like '${MULAN}%' order by id offset ? limit 1)`,
          [
            pick(['OPERATING', 'PLANNED', 'SUSPENDED']),
            `202${random(6)}-0${1 + random(9)}-01`,
            random(5),
          ],
        );
      }
    }
    // Other departments: a volunteer service, a contribution changed, a certificate removed.
    await sql(
      'youth-league',
      `update volunteer_services set served_on = served_on - 40, duration_minutes = duration_minutes + 30 where id in (select id from volunteer_services order by id limit 3)`,
    );
    await sql(
      'disabled-persons-federation',
      `delete from certificates where id in (select id from certificates c where not exists (select 1 from rehabilitation_services r where r.person_id = c.person_id) order by id limit 2)`,
    );
    await sql(
      'trade-union',
      `update union_assistance set granted_on = granted_on + 31 where id in (select id from union_assistance order by id limit 4)`,
    );
    expect(await catchUp()).toBeGreaterThan(40);
    for (const table of ['indicator_rollups', 'indicator_members']) {
      await sql('civil-affairs', `create table kept_${table} as select * from ${table}`);
    }
    expect(await hub.rowCount('civil-affairs', 'kept_indicator_rollups')).toBeGreaterThan(1000);

    const read = await rebuildIndicators(em, records);
    expect(read).toBeGreaterThan(100);
    expect(await differences('indicator_rollups')).toEqual([]);
    expect(await differences('indicator_members')).toEqual([]);
    // Nothing new after the rebuild: its checkpoints are where the outboxes end.
    expect(await catchUp()).toBe(0);
  }, 300_000);
});

describe('who sees what', () => {
  const stationsAndPeople = {
    measures: ['stations', 'benefit_recipients'],
    period: { from: '2020-01', to: '2026-12', grain: 'YEAR' },
    regions: { under: MULAN, level: 'TOWNSHIP' },
  };

  it('suppresses small cells about people for analysts, not counts of stations, not for caseworkers', async () => {
    const analyst = await table(stationsAndPeople, as.mulanAnalyst);
    const caseworker = await table(stationsAndPeople, as.mulanCaseworker);
    expect(analyst.suppressionK).toBe(5);
    expect(caseworker.suppressionK).toBeNull();
    const small = caseworker.rows.filter(
      (row) => row.measure === 'benefit_recipients' && row.value! > 0 && row.value! < 5,
    );
    expect(small.length).toBeGreaterThan(0);
    for (const row of small) {
      const seen = analyst.rows.find(
        (r) =>
          r.measure === row.measure && r.period === row.period && r.regionCode === row.regionCode,
      )!;
      expect(seen).toMatchObject({ value: null, suppressed: true });
    }
    const stations = (rows: Row[]) => rows.filter((row) => row.measure === 'stations');
    expect(stations(analyst.rows)).toEqual(stations(caseworker.rows));
    expect(stations(analyst.rows).some((row) => row.value! > 0 && row.value! < 5)).toBe(true);
  });

  it('refuses divisions outside the caller’s region and says what is wrong with the rest', async () => {
    const outside = await hub.query(
      TABLE,
      { ...stationsAndPeople, regions: { codes: [MULAN] } },
      { principal: as.cehengViewer },
    );
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'regions.codes',
    });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ period: { from: '2026-1', to: '2026-12', grain: 'MONTH' } }, 'period.from'],
      [{ period: { from: '2026-02', to: '2026-12', grain: 'QUARTER' } }, 'period.from'],
      [{ period: { from: '2026-01', to: '2025-12', grain: 'MONTH' } }, 'period.to'],
      [{ period: { from: '2000-01', to: '2026-12', grain: 'MONTH' } }, 'period'],
      [{ measures: ['no_such_measure'] }, 'measures'],
      [
        {
          regions: { under: CEHENG, level: 'TOWNSHIP' },
          by: ['METHOD', 'SERVICE_AREA'],
          measures: ['services'],
        },
        'by',
      ],
    ];
    for (const [change, field] of cases) {
      const response = await hub.query(
        TABLE,
        { ...stationsAndPeople, ...change },
        { principal: as.national },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
