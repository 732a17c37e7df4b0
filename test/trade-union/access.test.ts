import { formatYuan } from '../../shared/money.js';
import type { Principal } from '../../shared/context.js';
import type { TestHub } from '../support/hub.js';
import { caller, inLinze, linzeFile, slice, startUnionHub, world } from './fixtures.js';
import { HUB_START_TIMEOUT_MS } from '../support/hub.js';

const shahe = world.stations.find((station) => station.name === '沙河镇社工站')!;

// Who sees what of a worker file: the union's own case team in full, analysts de-identified,
// another department's supervisor who states a purpose in full and logged, others nothing; and
// nobody outside the region.

let hub: TestHub;
beforeAll(async () => {
  hub = await startUnionHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const fileQuery = `query($id: ID!) { person(id: $id) { name
  unionFile { level status openedOn closedOn employer reason householdIncomePerCapita }
  unionAssistance { reference } } }`;
const full = {
  level: linzeFile.level,
  status: 'OPEN',
  openedOn: linzeFile.openedOn,
  closedOn: null,
  employer: linzeFile.employer,
  reason: linzeFile.reason,
  householdIncomePerCapita: formatYuan(linzeFile.householdIncomePerCapitaFen),
};
const references = slice.assistance
  .filter((grant) => grant.personId === linzeFile.personId)
  .sort((a, b) => b.grantedOn.localeCompare(a.grantedOn))
  .map((grant) => ({ reference: grant.reference }));
const accessLogRows = () => hub.rowCount('trade-union', 'access_log');

async function person(as: Parameters<TestHub['query']>[2]) {
  const { data, errors } = await hub.query(fileQuery, { id: linzeFile.personId }, as);
  expect(errors).toBeUndefined();
  return data!.person as { unionFile: unknown; unionAssistance: unknown };
}

it("shows the file and assistance in full to the union's caseworkers and supervisors, unlogged", async () => {
  const before = await accessLogRows();
  for (const principal of [caller.unionCaseworker, caller.unionSupervisor]) {
    expect(await person({ principal })).toMatchObject({
      unionFile: full,
      unionAssistance: references,
    });
  }
  expect(await accessLogRows()).toBe(before);
});

/** Asks the trade-union subgraph for entities as the gateway would, for the given caller. */
async function entities(principal: Principal, reps: Array<Record<string, string>>) {
  const body = {
    query: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Person { unionFile { level } unionAssistance { reference } }
        ... on Station { tradeUnion { servicePoints { name } } } } }`,
    variables: { reps },
  };
  const response = await fetch(hub.subgraphs['trade-union']!.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(await hub.vouch('trade-union', principal, body)),
    },
    body: JSON.stringify(body),
  });
  return ((await response.json()) as { data: { _entities: unknown[] } }).data._entities;
}

it("hides the file from another department's caseworker, the union's admin and viewers", async () => {
  expect(await person({ principal: caller.civilCaseworker })).toMatchObject({
    unionFile: null,
    unionAssistance: null,
  });
  // Civil affairs shows viewers and administrators no person at all; the union shows them
  // nothing either.
  for (const principal of [caller.youthViewer, caller.unionAdmin]) {
    expect(await entities(principal, [{ __typename: 'Person', id: linzeFile.personId }])).toEqual([
      { unionFile: null, unionAssistance: null },
    ]);
  }
});

it('de-identifies the file for analysts, in the person view and in the list', async () => {
  // The masking rules: no workplace, income or record dates for analysts; the hardship reason
  // is a sensitive category, kept because the person is not identified.
  expect(await person({ principal: caller.analyst })).toMatchObject({
    unionFile: { ...full, openedOn: null, employer: null, householdIncomePerCapita: null },
    unionAssistance: null,
  });
  const { data } = await hub.query(
    '{ workerFiles(filter: { status: CLOSED }) { totalCount edges { node { level status closedOn employer reason householdIncomePerCapita } } } }',
    {},
    { principal: caller.analyst },
  );
  const closed = slice.files.filter((f) => inLinze(f.personRegionCode) && f.status === 'CLOSED');
  expect(data!.workerFiles).toEqual({
    totalCount: closed.length,
    edges: closed.map((file) => ({
      node: {
        level: file.level,
        status: 'CLOSED',
        closedOn: null,
        employer: null,
        reason: file.reason,
        householdIncomePerCapita: null,
      },
    })),
  });
});

it("reveals the file to another department's supervisor with a purpose, logged once and readable by the union's auditor", async () => {
  const withoutPurpose = await person({ principal: caller.civilSupervisor });
  expect(withoutPurpose).toMatchObject({ unionFile: null, unionAssistance: null });

  const before = await accessLogRows();
  const revealed = await person({ principal: caller.civilSupervisor, purpose: '困难职工救助核查' });
  // The household's income is a figure of the union's assistance: revealed only within it.
  expect(revealed).toMatchObject({
    unionFile: { ...full, householdIncomePerCapita: null },
    unionAssistance: null,
  });
  expect(await accessLogRows()).toBe(before + 1);

  const log = await hub.query(
    `query($id: ID!) { tradeUnionAccessLog(filter: { personId: $id }) { totalCount
      edges { node { subject department roles personId fields purpose } } } }`,
    { id: linzeFile.personId },
    { principal: caller.unionAuditor },
  );
  expect(log.errors).toBeUndefined();
  expect(log.data!.tradeUnionAccessLog).toEqual({
    totalCount: 1,
    edges: [
      {
        node: {
          subject: caller.civilSupervisor.subject,
          department: 'CIVIL_AFFAIRS',
          roles: ['SUPERVISOR'],
          personId: linzeFile.personId,
          fields: ['unionFile'],
          purpose: '困难职工救助核查',
        },
      },
    ],
  });
  const notAuditor = await hub.query(
    '{ tradeUnionAccessLog { totalCount } }',
    {},
    {
      principal: caller.unionSupervisor,
    },
  );
  expect(notAuditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('refuses the file list to callers who may not see files', async () => {
  for (const principal of [caller.civilCaseworker, caller.youthViewer]) {
    const { errors } = await hub.query('{ workerFiles { totalCount } }', {}, { principal });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});

it('shows a caller of the other county nothing of Linze', async () => {
  const mulan = { principal: caller.mulanUnionCaseworker };
  // Civil affairs already refuses the person; the subgraph itself, asked as the gateway would
  // ask it, answers nothing either.
  const gateway = await hub.query(fileQuery, { id: linzeFile.personId }, mulan);
  expect(gateway.data?.person ?? null).toBeNull();
  const direct = await entities(caller.mulanUnionCaseworker, [
    { __typename: 'Person', id: linzeFile.personId },
    { __typename: 'Station', id: shahe.id },
  ]);
  expect(direct).toEqual([
    { unionFile: null, unionAssistance: [] },
    { tradeUnion: { servicePoints: [] } },
  ]);

  const region = await hub.query(
    '{ region(code: "620723") { name tradeUnion { workersInDifficulty } } }',
    {},
    mulan,
  );
  // Linze is not found for a Mulan caller, as a code that does not exist.
  expect(region).toEqual({ data: { region: null } });

  const lists = await hub.query(
    `{ workerFiles(filter: { regionCode: "620723" }) { totalCount }
       unionServicePoints(filter: { regionCode: "620723" }) { totalCount } }`,
    {},
    mulan,
  );
  expect(lists.data).toEqual({
    workerFiles: { totalCount: 0 },
    unionServicePoints: { totalCount: 0 },
  });
});
