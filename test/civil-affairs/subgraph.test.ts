import { buildDemoWorld } from '../../demo-world/world.js';
import {
  NATIONAL_SUPERVISOR,
  startTestHub,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// The civil-affairs subgraph on its own: its federation SDL, and entity references resolved
// through loaders, as the gateway asks for them.

let hub: TestHub;
let url: string;
beforeAll(async () => {
  hub = await startTestHub();
  url = hub.subgraphs['civil-affairs']!.url;
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

async function subgraphQuery(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, { query, variables })),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

const world = buildDemoWorld();

it('publishes its SDL with the entity keys of the types it owns', async () => {
  const { data } = await subgraphQuery('{ _service { sdl } }');
  const sdl: string = data._service.sdl;
  expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
  for (const [type, key] of [
    ['Region', 'code'],
    ['Station', 'id'],
    ['Agency', 'id'],
    ['SocialWorker', 'id'],
    ['Person', 'id'],
    ['ServiceProject', 'id'],
  ]) {
    expect(sdl).toMatch(new RegExp(`type ${type} @key\\(fields: "${key}"\\)`));
  }
  expect(sdl).toContain('type PageInfo @shareable');
});

it('resolves entity references in one batch, with null for an unknown key', async () => {
  const [first, second] = world.stations;
  const before = hub.sqlCount();
  const { data, errors } = await subgraphQuery(
    `query($reps: [_Any!]!) { _entities(representations: $reps) { __typename ... on Station { name } ... on Region { name } } }`,
    {
      reps: [
        { __typename: 'Station', id: first!.id },
        { __typename: 'Station', id: second!.id },
        { __typename: 'Station', id: '01890000-0000-7000-8000-000000000000' },
        { __typename: 'Region', code: '620723' },
      ],
    },
  );
  expect(errors).toBeUndefined();
  expect(data._entities).toEqual([
    { __typename: 'Station', name: first!.name },
    { __typename: 'Station', name: second!.name },
    null,
    { __typename: 'Region', name: '临泽县' },
  ]);
  // One statement for the three stations, one for the region.
  expect(hub.sqlCount() - before).toBe(2);
});

it('reports its database in /health/ready, and /health/live', async () => {
  const ready = await fetch(new URL('/health/ready', url));
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({
    status: 'ok',
    service: 'civil-affairs',
    checks: { database: 'up' },
  });
  const live = await fetch(new URL('/health/live', url));
  expect(await live.json()).toEqual({ status: 'ok', service: 'civil-affairs' });
});
