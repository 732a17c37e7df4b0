import { buildDemoWorld } from '../../demo-world/world.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const allUp = Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.name, 'up']));

it('is ready when each subgraph is, and says so in /health/ready', async () => {
  const response = await fetch(new URL('/health/ready', hub.gatewayUrl));
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', service: 'gateway', checks: allUp });
});

it('refuses a body over the size limit', async () => {
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ __typename }`,
      variables: { padding: 'x'.repeat(2 * 1024 * 1024) },
    }),
  });
  expect(response.status).toBe(413);
});

it('answers without a stopped department, naming it, and reports it down', async () => {
  const station = buildDemoWorld().stations.find((candidate) => candidate.name === '平川镇社工站')!;
  await hub.subgraphs['disabled-persons-federation']!.stop();
  const response = await fetch(new URL('/health/ready', hub.gatewayUrl));
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({
    status: 'down',
    service: 'gateway',
    checks: { ...allUp, 'disabled-persons-federation': 'down' },
  });
  // Still alive: an orchestrator must not restart the gateway for a department's outage.
  expect((await fetch(new URL('/health/live', hub.gatewayUrl))).status).toBe(200);
  const { data, errors } = await hub.query(
    `query($id: ID!) { station(id: $id) { name operator { name } disabilityFederation { rehabilitationServices } } }`,
    { id: station.id },
  );
  expect(data!.station).toEqual({
    name: '平川镇社工站',
    operator: { name: '张掖市同心社会工作服务中心' },
    disabilityFederation: null,
  });
  expect(errors?.[0]?.extensions?.serviceName).toBe('disabled-persons-federation');
});
