import { EXAMPLES } from '../../gateway/explorer/examples.js';
import { readOnlyHub, type ReadOnlyHub } from '../support/hub.js';

// The explorer's examples return data on the demo world, as the page promises; the browser test
// runs only the dashboard, this runs them all through the gateway.

let hub: ReadOnlyHub;
beforeAll(async () => {
  hub = await readOnlyHub();
});

const example = (id: string) => EXAMPLES.find((candidate) => candidate.id === id)!;
const run = async (id: string) => {
  const { data, errors } = await hub.query(example(id).query, example(id).variables);
  expect(errors).toBeUndefined();
  return data!;
};

it('region dashboard: Ceheng County with every department’s figures', async () => {
  const { region } = await run('region-dashboard');
  expect(region).toMatchObject({
    name: '册亨县',
    workforce: { socialWorkers: 127, certified: 6, fullTime: 15 },
    assistance: { households: 743, amount: '1910500.00' },
    youthLeague: { volunteerServices: 45_000 },
  });
  for (const department of ['tradeUnion', 'womenFederation', 'disabilityFederation', 'charity']) {
    expect(region[department]).not.toBeNull();
  }
});

it('station view: Pingchuan station, its operator and its project', async () => {
  const { stations } = await run('station-view');
  expect(stations.edges).toHaveLength(1);
  expect(stations.edges[0].node).toMatchObject({
    name: '平川镇社工站',
    region: { name: '平川镇', parent: { name: '临泽县' } },
    operator: { name: '张掖市同心社会工作服务中心' },
    projects: [{ name: '平川镇社工站运营项目', contractAmount: '150000.00' }],
    tradeUnion: { servicePoints: [{ name: '平川镇职工之家' }] },
  });
});

it('person view: people of Pingchuan, 290 key service recipients', async () => {
  const { people } = await run('person-view');
  expect(people.totalCount).toBe(290);
  expect(people.edges).toHaveLength(5);
  // They live in the villages and communities of the township.
  for (const { node } of people.edges) expect(node.region.name).toMatch(/^平川/);
});

it('project funding: Linze County’s projects and who pays for them', async () => {
  const { serviceProjects } = await run('project-funding');
  expect(serviceProjects.totalCount).toBeGreaterThanOrEqual(3);
  const pingchuan = serviceProjects.edges.find(
    (edge: any) => edge.node.name === '平川镇社工站运营项目',
  );
  expect(pingchuan.node.contractAmount).toBe('150000.00');
  expect(pingchuan.node.funding.shares).toEqual(
    expect.arrayContaining([
      { department: 'YOUTH_LEAGUE', amount: '30000.00' },
      { department: 'DISABLED_PERSONS_FEDERATION', amount: '20000.00' },
    ]),
  );
});

it('referral inbox: what other departments sent civil affairs in Mulan, and the figures', async () => {
  const { referralsInbox, referralFigures } = await run('referral-inbox');
  expect(referralsInbox.totalCount).toBe(1);
  expect(referralsInbox.edges[0].node).toMatchObject({
    fromDepartment: 'TRADE_UNION',
    state: 'COMPLETED',
    person: { name: expect.any(String) },
  });
  expect(referralsInbox.edges[0].node.history.map((event: { kind: string }) => event.kind)).toEqual(
    ['SENT', 'RECEIVED', 'ACCEPTED', 'IN_SERVICE', 'COMPLETED'],
  );
  const sent = referralFigures.reduce((sum: number, flow: { sent: number }) => sum + flow.sent, 0);
  expect(sent).toBe(10);
});

it('person timeline: Pingchuan’s cases with consents and case work in order', async () => {
  const { cases } = await run('person-timeline');
  expect(cases.edges.map((edge: { node: { stage: string } }) => edge.node.stage)).toEqual([
    'INTAKE',
    'ASSESSMENT',
    'PLANNING',
  ]);
  const first = cases.edges[0].node.person;
  expect(first.consents[0]).toMatchObject({ inForce: false, givenBy: expect.any(String) });
  expect(first.timeline.map((entry: { kind: string }) => entry.kind)).toEqual(
    expect.arrayContaining(['CASE_OPENED', 'CONSENT_GIVEN', 'CONSENT_WITHDRAWN', 'RECORD_LINKED']),
  );
  const days = first.timeline.map((entry: { on: string }) => entry.on);
  expect(days).toEqual([...days].sort());
});

it('overlapping help: Mulan’s three people helped by three departments within five days', async () => {
  const { benefitOverlapFigures, benefitOverlaps } = await run('overlapping-help');
  expect(
    benefitOverlaps.filter((row: { departments: number }) => row.departments === 3),
  ).toHaveLength(3);
  for (const row of benefitOverlaps) {
    expect(row.benefits.map((help: { department: string }) => help.department)).toEqual([
      'TRADE_UNION',
      'CIVIL_AFFAIRS',
      'CHARITY',
    ]);
  }
  const pairs = Object.fromEntries(
    benefitOverlapFigures.pairs.map((pair: { departments: string[]; people: number }) => [
      pair.departments.join('+'),
      pair.people,
    ]),
  );
  for (const pair of ['CHARITY+CIVIL_AFFAIRS', 'CHARITY+TRADE_UNION', 'CIVIL_AFFAIRS+TRADE_UNION'])
    expect(pairs[pair]).toBeGreaterThanOrEqual(3);
  expect(benefitOverlapFigures.overlapping).toBeGreaterThanOrEqual(3);
});
