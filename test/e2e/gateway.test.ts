import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

it('reports each subgraph in /health', async () => {
  const response = await fetch(new URL('/health', hub.gatewayUrl));
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', subgraphs: { 'civil-affairs': 'up' } });
});

it('reports a stopped subgraph as down, and its fields fail with an error', async () => {
  await hub.subgraphs['civil-affairs']!.stop();
  const response = await fetch(new URL('/health', hub.gatewayUrl));
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({
    status: 'degraded',
    subgraphs: { 'civil-affairs': 'down' },
  });
  const { data, errors } = await hub.query('{ region(code: "230127") { name } }');
  expect(data?.region ?? null).toBeNull();
  expect(errors?.length).toBeGreaterThan(0);
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
