import { readOnlyHub, type ReadOnlyHub } from '../support/hub.js';

// Development sign-in through the whole hub: the token `POST /dev/token` hands out is one the
// gateway accepts, for exactly the principal asked for; a bad choice is refused by name.

let hub: ReadOnlyHub;
let origin: string;
beforeAll(async () => {
  hub = await readOnlyHub();
  origin = new URL(hub.gatewayUrl).origin;
});

async function requestToken(body: unknown, contentType = 'application/json') {
  const response = await fetch(`${origin}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

it('hands out a token that works against /graphql, scoped to the chosen region', async () => {
  const { status, body } = await requestToken({
    department: 'CIVIL_AFFAIRS',
    role: 'ANALYST',
    region: '230127',
  });
  expect(status).toBe(200);
  expect(body.principal).toEqual({
    subject: 'dev-civil_affairs-analyst-230127',
    department: 'CIVIL_AFFAIRS',
    roles: ['ANALYST'],
    regionCode: '230127',
  });
  const own = await hub.query(
    '{ region(code: "230127") { name coverage { townships townshipsWithStation } } }',
    {},
    { token: body.token },
  );
  expect(own.errors).toBeUndefined();
  expect(own.data!.region).toEqual({
    name: '木兰县',
    coverage: { townships: 8, townshipsWithStation: 5 },
  });
  // A Mulan County user sees Mulan's stations only, not Linze's.
  const other = await hub.query(
    '{ stations(filter: { regionCode: "620723" }) { totalCount } }',
    {},
    { token: body.token },
  );
  expect(other).toEqual({ data: { stations: { totalCount: 0 } } });
});

it.each([
  ['department', 'not one of the hub', { department: 'POLICE', role: 'ANALYST', region: '230127' }],
  ['role', 'not one of the hub', { department: 'CHARITY', role: 'ROOT', region: '230127' }],
  ['region', 'not a division code', { department: 'CHARITY', role: 'ANALYST', region: '990127' }],
  ['region', 'missing', { department: 'CHARITY', role: 'ANALYST' }],
])('refuses a %s that is %s with 400 and names the field', async (field, _why, request) => {
  const { status, body } = await requestToken(request);
  expect(status).toBe(400);
  expect(body.error).toBe('BAD_REQUEST');
  expect(Object.keys(body.fields)).toEqual([field]);
  expect(body.message).toMatch(new RegExp(`^${field}: `));
});

it('refuses a body that is not JSON', async () => {
  const { status, body } = await requestToken('{"department":', 'application/json');
  expect(status).toBe(400);
  expect(body.fields).toEqual({ body: 'not valid JSON' });
});
