import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// One reveal of one person in one client request is one access-log row, even when the gateway
// fetches that person from civil affairs twice: once as the person asked for, once more through
// the disability certificate that points back at them.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

const supervisor = principal('DISABLED_PERSONS_FEDERATION', ['SUPERVISOR'], '230127');
const purpose = '残疾人证核对';

async function logRows(personId: string) {
  const em = hub.subgraphs['civil-affairs']!.database.orm.em.fork();
  return em
    .getConnection()
    .execute<Array<{ fields: string[]; request_id: string }>>(
      'select fields, request_id from access_log where person_id = ? order by at',
      [personId],
    );
}

/** A Mulan person who holds a disability certificate. */
async function certificateHolder(): Promise<string> {
  const { data, errors } = await hub.query(
    `{ people(filter: { regionCode: "230127" }, first: 500) { edges { node { id disabilityCertificate { grade } } } } }`,
    {},
    { principal: supervisor },
  );
  expect(errors).toBeUndefined();
  const holder = data!.people.edges.find(
    (edge: { node: { disabilityCertificate: unknown } }) => edge.node.disabilityCertificate,
  );
  return holder.node.id as string;
}

it('writes one row when the same person is revealed by two fetches of one request', async () => {
  const id = await certificateHolder();
  expect(await logRows(id)).toEqual([]);
  const sqlBefore = hub.sqlCount('civil-affairs');
  const { data, errors } = await hub.query(
    `query($id: ID!) { person(id: $id) {
      identityNumber disabilityCertificate { person { id identityNumber } }
    } }`,
    { id },
    { principal: supervisor, purpose },
  );
  expect(errors).toBeUndefined();
  // Both paths show the number: civil affairs was asked twice, in two fetches.
  expect(data!.person.identityNumber).toMatch(/^\d{17}[\dX]$/);
  expect(data!.person.disabilityCertificate.person).toEqual({
    id,
    identityNumber: data!.person.identityNumber,
  });
  expect(hub.sqlCount('civil-affairs')).toBeGreaterThan(sqlBefore);
  const rows = await logRows(id);
  expect(rows).toEqual([{ fields: ['identityNumber'], request_id: expect.any(String) }]);

  // A second request is a second reveal, with a row of its own.
  await hub.query(
    `query($id: ID!) { person(id: $id) { identityNumber } }`,
    { id },
    {
      principal: supervisor,
      purpose,
    },
  );
  const after = await logRows(id);
  expect(after).toHaveLength(2);
  expect(after[1]!.request_id).not.toBe(rows[0]!.request_id);
});
