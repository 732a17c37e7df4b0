import { buildDemoWorld } from '../../demo-world/world.js';
import {
  NATIONAL_SUPERVISOR,
  startTestHub,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// A gateway grant is bound to the one subgraph request it was minted for: whoever captures it on
// the way between gateway and subgraph cannot use it for another operation.

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

async function send(grant: string, body: unknown) {
  const response = await fetch(hub.subgraphs['civil-affairs']!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-principal': grant },
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

it('works for the body it was made for, also with its keys in another order', async () => {
  const body = bodyFor(first!.id);
  const grant = await hub.grant('civil-affairs', NATIONAL_SUPERVISOR, body);
  const same = await send(grant, body);
  expect(same.status).toBe(200);
  expect(same.body.data._entities).toEqual([{ name: first!.name }]);
  const reordered = {
    variables: { reps: [{ id: first!.id, __typename: 'Person' }] },
    query: entities,
  };
  expect((await send(grant, reordered)).body.data._entities).toEqual([{ name: first!.name }]);
});

it('refuses it with 401 for another person, another operation or another operation name', async () => {
  const grant = await hub.grant('civil-affairs', NATIONAL_SUPERVISOR, bodyFor(first!.id));
  for (const other of [
    bodyFor(second!.id),
    { query: '{ people(first: 500) { edges { node { name identityNumber } } } }' },
    { ...bodyFor(first!.id), operationName: 'Other' },
  ]) {
    const { status, body } = await send(grant, other);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({
      message: 'The grant was issued for another request',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
});

it('still lets the gateway reach every department it signs for', async () => {
  const { data, errors } = await hub.query(
    `query($id: ID!) { person(id: $id) { name unionFile { level } disabilityCertificate { grade } } }`,
    { id: first!.id },
  );
  expect(errors).toBeUndefined();
  expect(data?.person?.name).toBe(first!.name);
});
