import { createServer } from 'node:net';
import { buildDemoWorld } from '../../demo-world/world.js';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// A department whose database goes down: its part of an answer is null with an error that says
// which department is unavailable, and the other departments still answer.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

/** A local port on which nothing listens: connecting to it is refused, as to a stopped server. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const person = buildDemoWorld().people.find((candidate) =>
  candidate.regionCode.startsWith('230127'),
)!;

it('names the department whose database is down, with SUBGRAPH_UNAVAILABLE', async () => {
  const query = `query($id: ID!) { person(id: $id) { name womenFederationCases { kind } } }`;
  const healthy = await hub.query(query, { id: person.id });
  expect(healthy.errors).toBeUndefined();

  const { orm } = hub.subgraphs['women-federation']!.database;
  const port = orm.config.get('port');
  await orm.reconnect({ port: await deadPort() });
  try {
    const { data, errors } = await hub.query(query, { id: person.id });
    // Civil affairs still answers; only the women's federation's part is missing.
    expect(data?.person?.name).toBe(person.name);
    expect(data?.person?.womenFederationCases ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({
      message: expect.stringContaining('women-federation department is unavailable'),
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'women-federation' },
    });
    const rootField = await hub.query('{ childrenHomes(first: 1) { totalCount } }');
    expect(rootField.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'women-federation',
    });
  } finally {
    await orm.reconnect({ port });
  }
  expect((await hub.query(query, { id: person.id })).errors).toBeUndefined();
});
