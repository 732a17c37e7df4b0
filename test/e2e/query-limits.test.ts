import { QUERY_LIMITS } from '../../gateway/plugins/query-limits.js';
import {
  NATIONAL_SUPERVISOR,
  startTestHub,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// The gateway's limits as a client meets them: the list bomb refused before any subgraph is
// asked, and every refusal of a malformed or oversized operation an HTTP 400, not a 500.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

/** Posts an operation and keeps the HTTP status, which `hub.query` hides. */
async function post(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await hub.token(NATIONAL_SUPERVISOR)}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  return { status: response.status, body, error: body.errors?.[0] };
}

const BOMB =
  '{ stations(first:500){ edges{ node{ projects{ stations{ projects{ stations{ projects{ name }}}}}}}}}';

describe('the list bomb', () => {
  it('is refused with 400 QUERY_TOO_COSTLY, its cost and the limit, and no SQL', async () => {
    const before = hub.sqlCount('civil-affairs');
    const { status, body, error } = await post(BOMB);
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(error?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      limit: QUERY_LIMITS.maxCost,
      cost: expect.any(Number),
    });
    expect(error?.extensions?.cost as number).toBeGreaterThan(1_000_000_000);
    expect(error?.message).toContain(`the limit is ${QUERY_LIMITS.maxCost}`);
    expect(hub.sqlCount('civil-affairs')).toBe(before);
  });

  it('is refused with first in a variable, behind a fragment, or split into aliases', async () => {
    for (const [query, variables] of [
      [
        'query($n: Int) { stations(first: $n) { edges { node { projects { stations { projects { name } } } } } } }',
        { n: 1 },
      ],
      [
        '{ stations(first: 500) { edges { node { ...deep } } } } fragment deep on Station { projects { stations { ... on Station { projects { name } } } } }',
        {},
      ],
      [
        '{ a: stations(first: 200) { edges { node { projects { stations { name } } } } } b: stations(first: 200) { edges { node { projects { stations { name } } } } } }',
        {},
      ],
    ] as const) {
      const { status, error } = await post(query, variables);
      expect({ status, code: error?.extensions?.code }).toEqual({
        status: 400,
        code: 'QUERY_TOO_COSTLY',
      });
    }
  });

  it('lets the same shape through with a small page', async () => {
    const { status, body } = await post(
      '{ stations(first: 2) { edges { node { projects { stations { projects { name } } } } } } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

describe('client mistakes are HTTP 400', () => {
  it('a syntax error', async () => {
    const { status, error } = await post('{ region(code: "230127") { name }');
    expect(status).toBe(400);
    expect(error?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('too many tokens', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'name').join(' ');
    const { status, error } = await post(`{ region(code: "230127") { ${fields} } }`);
    expect(status).toBe(400);
    expect(error?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error?.message).toMatch(/5000 tokens/);
  });

  it('too deep, too many aliases', async () => {
    const deep = `{ region(code: "230127") { ${'parent { '.repeat(10)}name${' }'.repeat(10)} } }`;
    const aliases = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: region(code: "230127") { name }`).join(' ')} }`;
    for (const [query, message] of [
      [deep, /depth/i],
      [aliases, /alias/i],
    ] as const) {
      const { status, error } = await post(query);
      expect(status).toBe(400);
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(message);
    }
  });
});
