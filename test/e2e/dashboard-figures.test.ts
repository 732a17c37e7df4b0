import { buildDemoWorld } from '../../demo-world/world.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The first figures for dashboards: service records by area and group served, the country as
// the root above the provinces, and the divisions of a level under a code. Every figure is
// checked against hand-written SQL on the test databases, and every refusal as the callers
// who get it.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

const world = buildDemoWorld();
const MULAN = '230127';
const mulanCaseworker = principal('CIVIL_AFFAIRS', ['CASEWORKER'], MULAN);
const mulanAnalyst = principal('CIVIL_AFFAIRS', ['ANALYST'], MULAN);
const sichuanViewer = principal('CIVIL_AFFAIRS', ['VIEWER'], '510000');
const nationalViewer = principal('CIVIL_AFFAIRS', ['VIEWER'], '100000');
const nationalUnionViewer = principal('TRADE_UNION', ['VIEWER'], '100000');

type Row = Record<string, string | number | null>;
async function sql(text: string, params: unknown[] = [], service = 'civil-affairs') {
  const em = hub.subgraphs[service]!.database.orm.em.fork();
  return em.getConnection().execute<Row[]>(text, params);
}

interface Bucket {
  services: number;
  personTimes: number;
  hours: number;
}
type AreaBucket = Bucket & { serviceArea: string | null };
type GroupBucket = Bucket & { targetGroup: string | null };

const BREAKDOWN = `query($code: ID!, $from: Date, $to: Date) { region(code: $code) { serviceStats(from: $from, to: $to) {
  services personTimes
  byServiceArea { serviceArea services personTimes hours }
  byTargetGroup { targetGroup services personTimes hours }
} } }`;

async function breakdown(code: string, as = {}, range: { from?: string; to?: string } = {}) {
  return hub.query<{
    region: {
      serviceStats: {
        services: number;
        personTimes: number;
        byServiceArea: AreaBucket[];
        byTargetGroup: GroupBucket[];
      } | null;
    } | null;
  }>(BREAKDOWN, { code, ...range }, as);
}

/** What the SQL says of a bucket, in the graph's shape. */
const bucket = (row: Row | undefined): Bucket => ({
  services: Number(row?.services ?? 0),
  personTimes: Number(row?.person_times ?? 0),
  hours: Number(row?.minutes ?? 0) / 60,
});

describe('service records by area and group served', () => {
  const mulanStation = world.stations.find((station) => station.name === '木兰镇社工站')!;
  const record = (input: string) =>
    hub.query(
      `mutation($station: ID!) { recordService(input: { method: GROUP, stationId: $station, servedOn: "2024-03-05", hours: 2, personTimes: 12, ${input} }) { id serviceArea targetGroups } }`,
      { station: mulanStation.id },
      { principal: mulanCaseworker },
    );

  it('records the area and the groups of a service and shows them on the record', async () => {
    const written = await record(
      'serviceArea: ELDERLY_CARE, targetGroups: [ELDERLY, PEOPLE_WITH_DISABILITIES]',
    );
    expect(written.errors).toBeUndefined();
    expect(written.data!.recordService).toMatchObject({
      serviceArea: 'ELDERLY_CARE',
      targetGroups: ['ELDERLY', 'PEOPLE_WITH_DISABILITIES'],
    });
    const [row] = await sql(
      "select service_area, array_to_string(target_groups, ',') as groups from service_records where id = ?",
      [written.data!.recordService.id],
    );
    expect(row).toEqual({
      service_area: 'ELDERLY_CARE',
      groups: 'ELDERLY,PEOPLE_WITH_DISABILITIES',
    });
  });

  it('leaves a service recorded without them unclassified: no area, no groups', async () => {
    const written = await record('idempotencyKey: "no-area-1"');
    expect(written.errors).toBeUndefined();
    expect(written.data!.recordService).toMatchObject({ serviceArea: null, targetGroups: [] });
  });

  it('refuses a group named twice or one that does not exist, writing nothing', async () => {
    const before = await hub.rowCount('civil-affairs', 'service_records');
    const twice = await record('serviceArea: ELDERLY_CARE, targetGroups: [ELDERLY, ELDERLY]');
    expect(twice.data ?? null).toBeNull();
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'targetGroups',
    });
    const unknown = await record('serviceArea: PET_CARE');
    expect(unknown.data ?? null).toBeNull();
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.errors?.[0]?.message).toContain('PET_CARE');
    expect(await hub.rowCount('civil-affairs', 'service_records')).toBe(before);
  });

  it("lists a region's services by area as SQL counts them, every area and the unclassified", async () => {
    const { data, errors } = await breakdown(MULAN, { principal: mulanCaseworker });
    expect(errors).toBeUndefined();
    const stats = data!.region!.serviceStats!;
    const rows = await sql(
      `select service_area, count(*) as services, sum(person_times) as person_times, sum(duration_minutes) as minutes
         from service_records where region_code like '${MULAN}%' group by service_area`,
    );
    const expected = stats.byServiceArea.map((entry) => ({
      serviceArea: entry.serviceArea,
      ...bucket(rows.find((row) => row.service_area === entry.serviceArea)),
    }));
    expect(stats.byServiceArea).toEqual(expected);
    expect(stats.byServiceArea.map((entry) => entry.serviceArea)).toEqual([
      'SOCIAL_ASSISTANCE',
      'ELDERLY_CARE',
      'CHILD_WELFARE',
      'COMMUNITY_GOVERNANCE',
      'SOCIAL_AFFAIRS',
      'NEEDS_ASSESSMENT',
      'RESOURCE_LINKAGE',
      'INDUSTRY_DEVELOPMENT',
      null,
    ]);
    // The demo's services all have an area; the two written above are one elderly, one not.
    expect(stats.byServiceArea.at(-1)).toMatchObject({ services: 1, personTimes: 12 });
    expect(
      stats.byServiceArea.find((entry) => entry.serviceArea === 'CHILD_WELFARE')!.services,
    ).toBeGreaterThan(0);
    const sum = (key: 'services' | 'personTimes') =>
      stats.byServiceArea.reduce((total, entry) => total + entry[key], 0);
    expect(sum('services')).toBe(stats.services);
    expect(sum('personTimes')).toBe(stats.personTimes);
  });

  it('lists them by group served, a service to several groups in each, as SQL counts them', async () => {
    const { data } = await breakdown(MULAN, { principal: mulanAnalyst });
    const rows = await sql(
      `select g.target_group, count(*) as services, sum(sr.person_times) as person_times, sum(sr.duration_minutes) as minutes
         from service_records sr
         left join lateral unnest(sr.target_groups) as g(target_group) on true
        where sr.region_code like '${MULAN}%' group by g.target_group`,
    );
    const groups = data!.region!.serviceStats!.byTargetGroup;
    expect(groups).toEqual(
      groups.map((entry) => ({
        targetGroup: entry.targetGroup,
        ...bucket(rows.find((row) => row.target_group === entry.targetGroup)),
      })),
    );
    expect(groups.find((entry) => entry.targetGroup === 'PEOPLE_WITH_DISABILITIES')).toMatchObject({
      services: 1,
      personTimes: 12,
    });
    expect(groups.find((entry) => entry.targetGroup === 'ELDERLY')!.services).toBeGreaterThan(1);
  });

  it('keeps to the period asked for', async () => {
    const { data } = await breakdown(MULAN, { principal: mulanCaseworker }, { from: '2024-01-01' });
    const areas = data!.region!.serviceStats!.byServiceArea.filter((entry) => entry.services > 0);
    expect(areas).toEqual([
      { serviceArea: 'ELDERLY_CARE', services: 1, personTimes: 12, hours: 2 },
      { serviceArea: null, services: 1, personTimes: 12, hours: 2 },
    ]);
  });

  it("is FORBIDDEN above the caller's region, as the other figures are", async () => {
    // Harbin is on the path from Mulan to the root: its name is shown, its figures are not.
    const { data, errors } = await breakdown('230100', { principal: mulanCaseworker });
    expect(data!.region!.serviceStats).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('filters the records by area and by group', async () => {
    const { data, errors } = await hub.query<{
      a: { totalCount: number };
      g: { totalCount: number };
    }>(
      `{ a: serviceRecords(filter: { serviceArea: CHILD_WELFARE }) { totalCount }
         g: serviceRecords(filter: { targetGroup: ELDERLY }) { totalCount } }`,
      {},
      { principal: mulanCaseworker },
    );
    expect(errors).toBeUndefined();
    const [row] = await sql(
      `select count(*) filter (where service_area = 'CHILD_WELFARE') as a,
              count(*) filter (where 'ELDERLY' = any(target_groups)) as g
         from service_records where region_code like '${MULAN}%'`,
    );
    expect(data).toEqual({ a: { totalCount: Number(row!.a) }, g: { totalCount: Number(row!.g) } });
  });
});

describe('the country, the root above the provinces', () => {
  const NATIONAL = `{ region(code: "100000") {
    code name level parent { code } children { code }
    coverage { townships townshipsWithStation stationsByLevel { level count } }
    serviceStats { services personTimes byServiceArea { serviceArea personTimes } }
    workforce { socialWorkers certified fullTime }
    assistance { households grants amount }
  } }`;

  it('answers a national caller with the figures of every province of the register', async () => {
    const { data, errors } = await hub.query<{ region: Record<string, any> }>(
      NATIONAL,
      {},
      {
        principal: nationalViewer,
      },
    );
    expect(errors).toBeUndefined();
    const country = data!.region;
    expect(country).toMatchObject({
      code: '100000',
      name: '全国',
      level: 'NATIONAL',
      parent: null,
    });
    const provinces = await sql("select code from regions where level = 'PROVINCE' order by code");
    expect(country.children.map((child: { code: string }) => child.code)).toEqual(
      provinces.map((row) => row.code),
    );
    const [services] = await sql(
      'select count(*) as services, sum(person_times) as person_times from service_records',
    );
    expect(country.serviceStats).toMatchObject({
      services: Number(services!.services),
      personTimes: Number(services!.person_times),
    });
    const [people] = await sql(
      `select count(*) as workers, count(*) filter (where certification <> 'NONE') as certified,
              count(*) filter (where employment = 'FULL_TIME') as full_time from social_workers`,
    );
    expect(country.workforce).toEqual({
      socialWorkers: Number(people!.workers),
      certified: Number(people!.certified),
      fullTime: Number(people!.full_time),
    });
    const [assistance] = await sql(
      'select count(distinct person_id) as households, count(*) as grants, sum(amount_fen) as fen from temporary_assistance',
    );
    expect(country.assistance).toEqual({
      households: Number(assistance!.households),
      grants: Number(assistance!.grants),
      amount: (Number(assistance!.fen) / 100).toFixed(2),
    });
    const [townships] = await sql("select count(*) as n from regions where level = 'TOWNSHIP'");
    expect(country.coverage.townships).toBe(Number(townships!.n));

    // And the same as the provinces' own figures added up.
    type Province = {
      serviceStats: { personTimes: number };
      workforce: { socialWorkers: number };
      coverage: { townshipsWithStation: number };
    };
    const each = await hub.query<{ region: { children: Province[] } }>(
      `{ region(code: "100000") { children { serviceStats { personTimes } workforce { socialWorkers } coverage { townshipsWithStation } } } }`,
      {},
      { principal: nationalViewer },
    );
    const total = (pick: (province: Province) => number): number =>
      each.data!.region.children.reduce((sum, province) => sum + pick(province), 0);
    expect(total((p) => p.serviceStats.personTimes)).toBe(country.serviceStats.personTimes);
    expect(total((p) => p.workforce.socialWorkers)).toBe(country.workforce.socialWorkers);
    expect(total((p) => p.coverage.townshipsWithStation)).toBe(
      country.coverage.townshipsWithStation,
    );
  });

  it("gives another department's national caller its figures over the country", async () => {
    const { data, errors } = await hub.query<{
      region: { tradeUnion: { workersInDifficulty: number } };
    }>(
      '{ region(code: "100000") { tradeUnion { workersInDifficulty } } }',
      {},
      { principal: nationalUnionViewer },
    );
    expect(errors).toBeUndefined();
    const [files] = await sql(
      "select count(*) as n from worker_files where status = 'OPEN'",
      [],
      'trade-union',
    );
    expect(data!.region.tradeUnion.workersInDifficulty).toBe(Number(files!.n));
    expect(Number(files!.n)).toBeGreaterThan(0);
  });

  it('is null for everyone else, as a code outside their region is', async () => {
    for (const caller of [sichuanViewer, mulanCaseworker, mulanAnalyst]) {
      const country = await hub.query(
        '{ region(code: "100000") { name } }',
        {},
        { principal: caller },
      );
      const elsewhere = await hub.query(
        '{ region(code: "620723") { name } }',
        {},
        {
          principal: caller,
        },
      );
      expect(country).toEqual({ data: { region: null } });
      expect(elsewhere).toEqual({ data: { region: null } });
    }
  });
});

describe('divisions of a level under a code', () => {
  const LIST = `query($under: String!, $level: RegionLevel, $first: Int, $after: String) {
    regions(under: $under, level: $level, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { code name level } }
    } }`;
  type Page = {
    regions: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: { code: string; name: string; level: string } }>;
    };
  };

  async function all(under: string, level: string | null, as = {}) {
    const codes: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const answer: Awaited<ReturnType<typeof hub.query<Page>>> = await hub.query<Page>(
        LIST,
        { under, level, first: 40, after },
        as,
      );
      expect(answer.errors).toBeUndefined();
      const page = answer.data!.regions;
      codes.push(...page.edges.map((edge) => edge.node.code));
      pages += 1;
      if (!page.pageInfo.hasNextPage) return { codes, pages, totalCount: page.totalCount };
      after = page.pageInfo.endCursor;
    }
  }

  it('pages through the counties of a province in code order, as SQL lists them', async () => {
    const { codes, pages, totalCount } = await all('510000', 'COUNTY', {
      principal: sichuanViewer,
    });
    const rows = await sql(
      "select code from regions where code like '51%' and level = 'COUNTY' order by code",
    );
    expect(codes).toEqual(rows.map((row) => row.code));
    expect(totalCount).toBe(rows.length);
    expect(pages).toBe(Math.ceil(rows.length / 40));
    expect(rows.length).toBeGreaterThan(90);
  });

  it('lists every level below a county when none is given, the county itself left out', async () => {
    const { codes } = await all(MULAN, null, { principal: mulanCaseworker });
    const rows = await sql(
      `select code from regions where code like '${MULAN}%' and code <> '${MULAN}' order by code`,
    );
    expect(codes).toEqual(rows.map((row) => row.code));
    expect(
      codes.some((code) => code.length === 9) && codes.some((code) => code.length === 12),
    ).toBe(true);
  });

  it('lists the provinces under the country for a national caller', async () => {
    const { codes } = await all('100000', 'PROVINCE', { principal: nationalViewer });
    const rows = await sql("select code from regions where level = 'PROVINCE' order by code");
    expect(codes).toEqual(rows.map((row) => row.code));
  });

  it('refuses a code outside the region alike whether it exists or not, and bad input by field', async () => {
    const refusal = async (under: string, as = { principal: sichuanViewer }) => {
      const answer = await hub.query<Page>(LIST, { under, level: 'COUNTY' }, as);
      return { data: answer.data, error: answer.errors?.[0] };
    };
    const elsewhere = await refusal('620700');
    const unregistered = await refusal('650100');
    const country = await refusal('100000');
    expect(elsewhere.data).toBeNull();
    expect(elsewhere.error?.extensions?.code).toBe('FORBIDDEN');
    for (const other of [unregistered, country]) {
      expect(other.data).toBeNull();
      expect(other.error?.message).toBe(elsewhere.error?.message);
      expect(other.error?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await refusal('12345')).error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'under',
    });
    const badCursor = await hub.query<Page>(
      LIST,
      { under: '510000', after: 'bm90LWEtY3Vyc29y' },
      {
        principal: sichuanViewer,
      },
    );
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});
