import type { TestHub } from '../support/hub.js';
import { caller, inLinze, linzeFile, linzeWithoutFile, slice, startUnionHub } from './fixtures.js';
import { HUB_START_TIMEOUT_MS } from '../support/hub.js';

// Opening and closing worker files: one file per person, re-opening updates it, bad input and
// the wrong caller write nothing.

let hub: TestHub;
beforeAll(async () => {
  hub = await startUnionHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const files = () => hub.rowCount('trade-union', 'worker_files');
const worker = linzeWithoutFile[0]!;
const open = `mutation($input: OpenWorkerFileInput!) { openWorkerFile(input: $input) {
  level status openedOn closedOn employer reason householdIncomePerCapita person { id name } } }`;
const close = `mutation($id: ID!, $on: Date!) { closeWorkerFile(personId: $id, closedOn: $on) { status closedOn employer } }`;
const input = {
  personId: worker.id,
  personRegionCode: worker.regionCode,
  employer: '临泽县枣业合作社',
  reason: 'ILLNESS',
  level: 'DEEP',
  openedOn: '2024-01-10',
  householdIncomePerCapita: '620.50',
};
const linzeFigures = async (): Promise<Record<string, number>> => {
  const { data } = await hub.query(
    '{ region(code: "620723") { tradeUnion { workersInDifficulty deepDifficulty closedFiles } } }',
  );
  return data!.region.tradeUnion as Record<string, number>;
};
const linzeFiles = slice.files.filter((f) => inLinze(f.personRegionCode));
const openInLinze = linzeFiles.filter((f) => f.status === 'OPEN');

it('opens a file once per person: opening again updates it; closing and re-opening', async () => {
  const first = await hub.query(open, { input }, { principal: caller.unionCaseworker });
  expect(first.errors).toBeUndefined();
  expect(first.data!.openWorkerFile).toEqual({
    level: 'DEEP',
    status: 'OPEN',
    openedOn: '2024-01-10',
    closedOn: null,
    employer: '临泽县枣业合作社',
    reason: 'ILLNESS',
    householdIncomePerCapita: '620.50',
    person: { id: worker.id, name: worker.name },
  });
  const again = await hub.query(
    open,
    { input: { ...input, level: 'ORDINARY', employer: '  临泽县物流配送中心 ' } },
    { principal: caller.unionCaseworker },
  );
  expect(again.data!.openWorkerFile).toMatchObject({
    level: 'ORDINARY',
    employer: '临泽县物流配送中心',
  });
  expect(await files()).toBe(slice.files.length + 1);
  expect(await linzeFigures()).toMatchObject({
    workersInDifficulty: openInLinze.length + 1,
    deepDifficulty: openInLinze.filter((f) => f.level === 'DEEP').length,
  });

  const closed = await hub.query(
    close,
    { id: worker.id, on: '2024-06-01' },
    { principal: caller.unionSupervisor },
  );
  expect(closed.data!.closeWorkerFile).toEqual({
    status: 'CLOSED',
    closedOn: '2024-06-01',
    employer: '临泽县物流配送中心',
  });
  expect(await linzeFigures()).toMatchObject({
    workersInDifficulty: openInLinze.length,
    closedFiles: linzeFiles.length - openInLinze.length + 1,
  });

  const reopened = await hub.query(
    open,
    { input: { ...input, openedOn: '2024-09-01' } },
    { principal: caller.unionCaseworker },
  );
  expect(reopened.data!.openWorkerFile).toMatchObject({
    status: 'OPEN',
    openedOn: '2024-09-01',
    closedOn: null,
  });
  expect(await files()).toBe(slice.files.length + 1);
});

it('refuses bad input with the field at fault and writes nothing', async () => {
  const fresh = { ...input, personId: linzeWithoutFile[1]!.id };
  const before = await files();
  for (const [overrides, field] of [
    [{ householdIncomePerCapita: '-1.00' }, 'householdIncomePerCapita'],
    [{ employer: '' }, 'employer'],
    [{ employer: '   ' }, 'employer'],
    [{ employer: '厂'.repeat(201) }, 'employer'],
    [{ personRegionCode: '620723' }, 'personRegionCode'],
    [{ personId: 'not-a-uuid' }, 'personId'],
  ] as const) {
    const { errors } = await hub.query(
      open,
      { input: { ...fresh, ...overrides } },
      { principal: caller.unionCaseworker },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  const onFile = linzeFile;
  for (const [variables, code, field] of [
    [{ id: onFile.personId, on: onFile.openedOn }, 'BAD_USER_INPUT', 'closedOn'],
    [{ id: onFile.personId, on: '2018-01-01' }, 'BAD_USER_INPUT', 'closedOn'],
    [{ id: 'nobody', on: '2024-01-01' }, 'BAD_USER_INPUT', 'personId'],
    [{ id: linzeWithoutFile[1]!.id, on: '2024-01-01' }, 'NOT_FOUND', 'personId'],
  ] as const) {
    const { errors } = await hub.query(close, variables, { principal: caller.unionCaseworker });
    expect(errors?.[0]?.extensions).toMatchObject({ code, field });
  }
  expect(await files()).toBe(before);
  const unchanged = await hub.query(
    'query($id: ID!) { person(id: $id) { unionFile { status closedOn } } }',
    { id: onFile.personId },
    { principal: caller.unionCaseworker },
  );
  expect(unchanged.data!.person.unionFile).toEqual({ status: 'OPEN', closedOn: null });
});

it('refuses the wrong department, role or region, and writes nothing', async () => {
  const fresh = { ...input, personId: linzeWithoutFile[2]!.id };
  const before = await files();
  for (const principal of [
    caller.civilCaseworker,
    caller.civilSupervisor,
    caller.unionAdmin,
    caller.analyst,
    caller.mulanUnionCaseworker,
  ]) {
    // Another county's caseworker is told the person is not there, as if absent.
    const expected = principal === caller.mulanUnionCaseworker ? 'NOT_FOUND' : 'FORBIDDEN';
    const opened = await hub.query(open, { input: fresh }, { principal });
    expect(opened.errors?.[0]?.extensions?.code).toBe(expected);
    const closed = await hub.query(
      close,
      { id: linzeFile.personId, on: '2024-01-01' },
      { principal },
    );
    expect(closed.errors?.[0]?.extensions?.code).toBe(expected);
  }
  const missing = await hub.query(
    close,
    { id: linzeWithoutFile[2]!.id, on: '2024-01-01' },
    { principal: caller.mulanUnionCaseworker },
  );
  const elsewhere = await hub.query(
    close,
    { id: linzeFile.personId, on: '2024-01-01' },
    { principal: caller.mulanUnionCaseworker },
  );
  expect(elsewhere).toEqual(missing);
  expect(await files()).toBe(before);
});
