import { Region, SocialWorker, Station } from '../../subgraphs/civil-affairs/entities/index.js';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The number of SQL statements for a page of stations with their region, operator and workers
// must not depend on the page size.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  const em = hub.subgraphs['civil-affairs']!.database.orm.em.fork();
  const agencyRows = await em
    .getConnection()
    .execute<Array<{ id: string }>>('select id from agencies order by id limit 1');
  const township = '620723101';
  const regions = Array.from({ length: 250 }, (_, index) => ({
    code: `${township}${String(index < 150 ? index + 3 : index + 53).padStart(3, '0')}`,
    name: `新华第${index + 1}村`,
    level: 'VILLAGE',
    parentCode: township,
  }));
  await em.insertMany(Region, regions as never[]);
  const stations = regions.map((region) =>
    em.create(Station, {
      name: `${region.name}社工室`,
      level: 'VILLAGE_ROOM' as never,
      status: 'OPERATING' as never,
      regionCode: region.code,
      operatorId: agencyRows[0]!.id,
    }),
  );
  for (const station of stations) {
    em.create(SocialWorker, {
      name: '驻村社工',
      regionCode: station.regionCode,
      stationId: station.id,
      employment: 'PART_TIME' as never,
      certification: 'NONE' as never,
    });
  }
  await em.flush();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const query = `query($first: Int!) { stations(first: $first, filter: { regionCode: "620723101" }) {
  totalCount edges { node { name region { name parent { name } } operator { name } socialWorkers { name } projects { name } } }
} }`;

async function statementsFor(first: number): Promise<number> {
  const before = hub.sqlCount();
  const { data, errors } = await hub.query(query, { first });
  expect(errors).toBeUndefined();
  expect(data!.stations.edges).toHaveLength(first);
  expect(data!.stations.totalCount).toBe(250);
  expect(data!.stations.edges[first - 1].node.socialWorkers).toEqual([{ name: '驻村社工' }]);
  return hub.sqlCount() - before;
}

it('sends as many statements for 200 stations as for 10', async () => {
  const ten = await statementsFor(10);
  const twoHundred = await statementsFor(200);
  expect(twoHundred).toBe(ten);
  // page, count, regions, parent regions, agencies, workers, project links: a handful, not hundreds.
  expect(ten).toBeLessThanOrEqual(8);
});

/** Statements of one request that asks for `first` items of a list, and how many came back. */
async function statementsOf(
  document: string,
  first: number,
  list: (data: Record<string, any>) => unknown[],
): Promise<number> {
  const before = hub.sqlCount();
  const { data, errors } = await hub.query(document, { first });
  expect(errors).toBeUndefined();
  expect(list(data!)).toHaveLength(first);
  return hub.sqlCount() - before;
}

it('reads the divisions above a region with the region, not one statement per level', async () => {
  const stations = (
    region: string,
  ) => `query($first: Int!) { stations(first: $first, filter: { regionCode: "620723101" }) {
    edges { node { name region { ${region} } } } } }`;
  const list = (data: Record<string, any>) => data.stations.edges as unknown[];
  const withoutParents = await statementsOf(stations('name'), 10, list);
  const before = hub.sqlCount();
  const { data, errors } = await hub.query(
    stations('name parent { name parent { name parent { name parent { name } } } }'),
    { first: 10 },
  );
  expect(errors).toBeUndefined();
  expect(hub.sqlCount() - before).toBe(withoutParents);
  // Village, township, county, city, province: the province has no parent.
  let region = data!.stations.edges[0].node.region;
  const names: string[] = [];
  while (region) {
    names.push(region.name);
    region = region.parent;
  }
  expect(names).toHaveLength(5);
});

it('sends as many statements for a page of referrals with what they share as for a smaller one', async () => {
  const document = `query($first: Int!) { referralsSent(first: $first) { edges { node {
    state case { stage } person { name } needs { area } goals { area } toStation { name }
    history { kind note } linkedRecord { kind } referredFrom { id } onwardReferral { id } } } } }`;
  const list = (data: Record<string, any>) => data.referralsSent.edges as unknown[];
  // Both pages hold a referral passed on, so both follow every path; then only size differs.
  const five = await statementsOf(document, 5, list);
  expect(await statementsOf(document, 8, list)).toBe(five);
  expect(five).toBeLessThanOrEqual(10);
});

it("sends as many statements for twenty people's timelines as for five", async () => {
  const document = `query($first: Int!) { cases(first: $first) { edges { node { stage linkedRecords { kind }
    person { name consents { givenBy } referrals { state } timeline { kind } } } } } }`;
  const list = (data: Record<string, any>) => data.cases.edges as unknown[];
  // Both pages hold a case with a referral, so both follow every path; then only size differs.
  const five = await statementsOf(document, 5, list);
  expect(await statementsOf(document, 20, list)).toBe(five);
  expect(five).toBeLessThanOrEqual(12);
});
