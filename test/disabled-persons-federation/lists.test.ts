import { buildDisabilitySlice } from '../../subgraphs/disabled-persons-federation/demo.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { formatYuan } from '../../shared/money.js';
import { principal, readOnlyHub, type ReadOnlyHub } from '../support/hub.js';

// The federation's lists of rehabilitation services and assistive devices given: the caller's
// region narrowed by the holder's division and the date, shown to whoever sees these records on
// the person.

let hub: ReadOnlyHub;
beforeAll(async () => {
  hub = await readOnlyHub();
});

const slice = buildDisabilitySlice(buildDemoWorld());
const as = principal;
const mulanCaseworker = as('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], '230127');
const nationalCaseworker = as('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], '100000');
const linzeCaseworker = as('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], '620723');
const ownSupervisor = as('DISABLED_PERSONS_FEDERATION', ['SUPERVISOR'], '230127');
const auditor = as('DISABLED_PERSONS_FEDERATION', ['AUDITOR'], '100000');

const inMulan = (row: { personRegionCode: string }) => row.personRegionCode.startsWith('230127');
const rehabilitation = slice.rehabilitation.filter(inMulan);
const devices = slice.devices.filter(inMulan);
const serviceNode = (row: (typeof slice.rehabilitation)[number]) => ({
  kind: row.kind,
  servedOn: row.servedOn,
  hours: row.durationMinutes / 60,
  station: { id: row.stationId },
  person: { id: row.personId },
});
const deviceNode = (row: (typeof slice.devices)[number]) => ({
  device: row.device,
  value: formatYuan(row.valueFen),
  grantedOn: row.grantedOn,
  person: { id: row.personId },
});

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: Array<{ node: unknown }>;
};
const services = `query($filter: RehabilitationServiceFilter, $first: Int, $after: String) {
  list: rehabilitationServices(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind servedOn hours station { id } person { id } } } } }`;
const grants = `query($filter: AssistiveDeviceFilter, $first: Int, $after: String) {
  list: assistiveDeviceGrants(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { device value grantedOn person { id } } } } }`;

async function list(
  query: string,
  variables: Record<string, unknown>,
  options: Parameters<ReadOnlyHub['query']>[2],
) {
  const { data, errors } = await hub.query(query, variables, options);
  expect(errors).toBeUndefined();
  return data!.list as Page;
}
const nodes = (...pages: Page[]) => pages.flatMap((page) => page.edges.map((edge) => edge.node));

describe('rehabilitationServices', () => {
  it("lists the region's services in order, two pages joined by the cursor", async () => {
    const options = { principal: mulanCaseworker };
    const first = await list(services, { first: 20 }, options);
    expect(first.totalCount).toBe(30);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(services, { first: 20, after: first.pageInfo.endCursor }, options);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(nodes(first, second)).toEqual(rehabilitation.map(serviceNode));
  });

  it('narrows by division, kind, station and the date served, bounds included', async () => {
    const national = { principal: nationalCaseworker };
    expect((await list(services, {}, national)).totalCount).toBe(406);
    for (const [code, count] of [
      ['230127', 30],
      ['620723', 190],
      ['522327', 186],
    ] as const) {
      const page = await list(services, { filter: { regionCode: code } }, national);
      expect(page.totalCount).toBe(count);
    }
    const assessments = await list(services, { filter: { kind: 'ASSESSMENT' } }, national);
    expect(assessments.totalCount).toBe(203);

    const stationId = rehabilitation[0]!.stationId!;
    const atStation = rehabilitation.filter((row) => row.stationId === stationId);
    const byStation = await list(services, { filter: { stationId }, first: 50 }, national);
    expect(nodes(byStation)).toEqual(atStation.map(serviceNode));
    expect(atStation.length).toBeLessThan(rehabilitation.length);

    const period = { from: '2023-09-17', to: '2023-10-01' };
    const inPeriod = rehabilitation.filter(
      (row) => row.servedOn >= period.from && row.servedOn <= period.to,
    );
    expect(inPeriod.map((row) => row.servedOn).sort()).toEqual([
      '2023-09-17',
      '2023-09-17',
      '2023-09-29',
      '2023-09-29',
      '2023-10-01',
    ]);
    const served = await list(services, { filter: period }, { principal: mulanCaseworker });
    expect(nodes(served)).toEqual(inPeriod.map(serviceNode));
    const homeVisits = await list(
      services,
      { filter: { ...period, kind: 'HOME_REHABILITATION' } },
      { principal: mulanCaseworker },
    );
    expect(homeVisits.totalCount).toBe(
      inPeriod.filter((row) => row.kind === 'HOME_REHABILITATION').length,
    );
  });

  it('refuses a period ending before it starts, naming to', async () => {
    const { errors } = await hub.query(
      services,
      { filter: { from: '2023-10-01', to: '2023-09-30' } },
      { principal: mulanCaseworker },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('assistiveDeviceGrants', () => {
  it("lists the region's devices in order, two pages joined by the cursor", async () => {
    const options = { principal: mulanCaseworker };
    const first = await list(grants, { first: 4 }, options);
    expect(first.totalCount).toBe(7);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(grants, { first: 4, after: first.pageInfo.endCursor }, options);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(nodes(first, second)).toEqual(devices.map(deviceNode));
  });

  it('narrows by division and the date given, bounds included', async () => {
    const national = { principal: nationalCaseworker };
    expect((await list(grants, {}, national)).totalCount).toBe(87);
    const linze = await list(grants, { filter: { regionCode: '620723' } }, national);
    expect(linze.totalCount).toBe(40);

    const period = { from: '2023-06-14', to: '2023-08-15' };
    const inPeriod = devices.filter(
      (row) => row.grantedOn >= period.from && row.grantedOn <= period.to,
    );
    expect(inPeriod.map((row) => row.grantedOn).sort()).toEqual([
      '2023-06-14',
      '2023-06-24',
      '2023-08-15',
    ]);
    const given = await list(grants, { filter: period }, { principal: mulanCaseworker });
    expect(nodes(given)).toEqual(inPeriod.map(deviceNode));

    const { errors } = await hub.query(
      grants,
      { filter: { from: '2023-08-15', to: '2023-06-14' } },
      { principal: mulanCaseworker },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('who sees the lists', () => {
  const both = '{ rehabilitationServices { totalCount } assistiveDeviceGrants { totalCount } }';

  it('shows a caller of another county none of Mulan', async () => {
    const linze = await hub.query(
      `{ rehabilitationServices(filter: { regionCode: "230127" }) { totalCount }
         assistiveDeviceGrants(filter: { regionCode: "230127" }) { totalCount } }`,
      {},
      { principal: linzeCaseworker },
    );
    expect(linze).toEqual({
      data: { rehabilitationServices: { totalCount: 0 }, assistiveDeviceGrants: { totalCount: 0 } },
    });
  });

  it('refuses whoever sees none of these records on the person, analysts included', async () => {
    // Services and devices received are assistance, withheld from analysts and from other
    // departments' supervisors on the person view; the lists refuse them too.
    for (const options of [
      { principal: as('CIVIL_AFFAIRS', ['CASEWORKER'], '230127') },
      { principal: as('YOUTH_LEAGUE', ['VIEWER'], '230127') },
      { principal: as('CIVIL_AFFAIRS', ['ANALYST'], '230127') },
      { principal: as('CIVIL_AFFAIRS', ['SUPERVISOR'], '230127'), purpose: '低保复核' },
    ]) {
      for (const query of [
        '{ rehabilitationServices { totalCount } }',
        '{ assistiveDeviceGrants { totalCount } }',
      ]) {
        const { data, errors } = await hub.query(query, {}, options);
        expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(data ?? null).toBeNull();
      }
    }
  });

  it("reveals them to the federation's supervisor with a purpose, each holder logged", async () => {
    const logRows = () => hub.rowCount('disabled-persons-federation', 'access_log');
    const before = await logRows();
    const unlogged = await hub.query(both, {}, { principal: ownSupervisor });
    expect(unlogged.errors).toBeUndefined();
    expect(await logRows()).toBe(before);

    const purpose = '康复补贴核查';
    const revealed = await list(
      grants,
      { first: 50 },
      {
        principal: ownSupervisor,
        purpose,
      },
    );
    expect(nodes(revealed)).toEqual(devices.map(deviceNode));
    expect(await logRows()).toBe(before + new Set(devices.map((row) => row.personId)).size);

    const holder = devices[0]!.personId;
    const log = await hub.query(
      `query($id: ID!) { disabilityFederationAccessLog(filter: { personId: $id }) {
        edges { node { subject personId fields purpose } } } }`,
      { id: holder },
      { principal: auditor },
    );
    expect(log.errors).toBeUndefined();
    // The hub is shared with other files, whose reveals of this person are logged too.
    const ours = log.data!.disabilityFederationAccessLog.edges.filter(
      (edge: { node: { purpose: string } }) => edge.node.purpose === purpose,
    );
    expect(ours).toEqual([
      {
        node: {
          subject: ownSupervisor.subject,
          personId: holder,
          fields: ['assistiveDevices'],
          purpose,
        },
      },
    ]);

    const services = await hub.query(
      `{ rehabilitationServices(first: 50) { edges { node { person { id } } } } }`,
      {},
      { principal: ownSupervisor, purpose },
    );
    expect(services.errors).toBeUndefined();
    const after = await hub.query(
      `query($id: ID!) { disabilityFederationAccessLog(filter: { personId: $id }) {
        edges { node { fields } } } }`,
      { id: rehabilitation[0]!.personId },
      { principal: auditor },
    );
    expect(after.data!.disabilityFederationAccessLog.edges).toContainEqual({
      node: { fields: ['rehabilitationServices'] },
    });
  });
});
