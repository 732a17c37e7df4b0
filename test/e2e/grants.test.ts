import { buildDemoWorld } from '../../demo-world/world.js';
import {
  NATIONAL_SUPERVISOR,
  startTestHub,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// A subgraph request carries the caller's grant and a binding of that one request to it: whoever
// captures them on the way between gateway and subgraph can neither replay the request nor use the
// grant for another operation, another caller or another time.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

const [first, second] = buildDemoWorld().people;
const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { name } } }`;
const bodyFor = (id: string) => ({
  query: entities,
  variables: { reps: [{ __typename: 'Person', id }] },
});

async function send(headers: Record<string, string>, body: unknown) {
  const response = await fetch(hub.subgraphs['civil-affairs']!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: any;
      errors?: Array<{ message: string; extensions?: any }>;
    },
  };
}

function expectRefused({ status, body }: Awaited<ReturnType<typeof send>>) {
  expect(status).toBe(401);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0]).toMatchObject({
    message: 'Requests must come through the gateway',
    extensions: { code: 'UNAUTHENTICATED' },
  });
}

it('works for the body it was made for, byte for byte, and not for the same JSON written otherwise', async () => {
  const body = bodyFor(first!.id);
  const same = await send(await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, body), body);
  expect(same.status).toBe(200);
  expect(same.body.data._entities).toEqual([{ name: first!.name }]);
  // The same request with its keys in another order: other bytes than the gateway vouched for.
  const reordered = {
    variables: { reps: [{ id: first!.id, __typename: 'Person' }] },
    query: entities,
  };
  const headers = await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, body);
  expectRefused(await send(headers, reordered));
  // The refusal used nothing up: the body vouched for is still good once.
  expect((await send(headers, body)).body.data._entities).toEqual([{ name: first!.name }]);
});

it('refuses it with 401 for another person, another operation or another operation name', async () => {
  for (const other of [
    bodyFor(second!.id),
    { query: '{ people(first: 500) { edges { node { name identityNumber } } } }' },
    { ...bodyFor(first!.id), operationName: 'Other' },
  ]) {
    const headers = await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, bodyFor(first!.id));
    expectRefused(await send(headers, other));
  }
});

it('accepts a request once: the same request sent again is refused', async () => {
  const body = bodyFor(first!.id);
  const headers = await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, body);
  expect((await send(headers, body)).status).toBe(200);
  expectRefused(await send(headers, body));
});

it('refuses a grant without its binding, a binding of another grant, and a stale or forged binding', async () => {
  const body = bodyFor(first!.id);
  const good = await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, body);
  const other = await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, body);
  expectRefused(await send({ 'x-hub-principal': good['x-hub-principal']! }, body));
  expectRefused(
    await send(
      { 'x-hub-principal': good['x-hub-principal']!, 'x-hub-binding': other['x-hub-binding']! },
      body,
    ),
  );
  const stale = await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, body, Date.now() - 61_000);
  expectRefused(await send(stale, body));
  const ahead = await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, body, Date.now() + 61_000);
  expectRefused(await send(ahead, body));
  const binding = good['x-hub-binding']!;
  const forged = `${binding.slice(0, -2)}${binding.endsWith('AA') ? 'BB' : 'AA'}`;
  expectRefused(await send({ ...good, 'x-hub-binding': forged }, body));
  // The untouched pair still works: the refusals above did not use it up.
  expect((await send(good, body)).status).toBe(200);
});

it('still lets the gateway reach every department it signs for', async () => {
  const { data, errors } = await hub.query(
    `query($id: ID!) { person(id: $id) { name unionFile { level } disabilityCertificate { grade } } }`,
    { id: first!.id },
  );
  expect(errors).toBeUndefined();
  expect(data?.person?.name).toBe(first!.name);
});
