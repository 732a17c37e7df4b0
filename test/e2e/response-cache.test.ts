import type { Principal } from '../../shared/context.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import {
  HUB_START_TIMEOUT_MS,
  NATIONAL_SUPERVISOR,
  principal,
  startTestHub,
  type TestHub,
} from '../support/hub.js';

// The gateway's response cache on the demo world: an aggregate answer is kept for its caller as
// long as its cache hints say (5 s here), and never given to a caller of another scope,
// department, role or stated purpose; answers that read a station or a person, answers with
// errors and the answers of writes are never kept. Subgraph fetches on `/metrics` show which
// answers came from the cache.

const MAX_AGE = 5;
const MULAN = '230127';
const PROVINCE_CODE = '230000';
const PROVINCE = principal('CIVIL_AFFAIRS', ['ANALYST'], PROVINCE_CODE);
const world = buildDemoWorld();
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ env: { AGGREGATE_CACHE_SECONDS: String(MAX_AGE) } });
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

/** An aggregate question, under a name of its own so that each test starts with an empty entry. */
const coverage = (name: string) =>
  `query ${name}($code: ID!) { region(code: $code) { name coverage { townships townshipsWithStation rate } } }`;

interface Answer {
  body: {
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  headers: Headers;
}

async function ask(
  query: string,
  variables: Record<string, unknown>,
  who: Principal,
  purpose?: string,
): Promise<Answer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${await hub.token(who)}`,
  };
  if (purpose) headers['x-access-purpose'] = encodeURIComponent(purpose);
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as Answer['body'], headers: response.headers };
}

/** The gateway's counters that tell a kept answer from a fetched one. */
async function counters() {
  const text = await (await fetch(new URL('/metrics', hub.gatewayUrl))).text();
  // A series appears with its first sample: absent is 0.
  const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  return {
    fetches: value(
      /^hub_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="civil-affairs"[^}]*\} (\d+)$/m,
    ),
    hits: value(/^hub_response_cache_lookups_total\{result="hit"[^}]*\} (\d+)$/m),
    misses: value(/^hub_response_cache_lookups_total\{result="miss"[^}]*\} (\d+)$/m),
    writes: value(/^hub_response_cache_writes_total\{[^}]*\} (\d+)$/m),
  };
}

/** How the counters moved while `run` ran. */
async function moved(run: () => Promise<unknown>) {
  const before = await counters();
  await run();
  const after = await counters();
  return {
    fetches: after.fetches - before.fetches,
    hits: after.hits - before.hits,
    misses: after.misses - before.misses,
    writes: after.writes - before.writes,
  };
}

it('answers the same caller again from the cache, asking no subgraph', async () => {
  let first!: Answer;
  let again!: Answer;
  expect(
    await moved(async () => {
      first = await ask(coverage('Same'), { code: MULAN }, PROVINCE);
    }),
  ).toEqual({ fetches: 1, hits: 0, misses: 1, writes: 1 });
  expect(first.body).toEqual({
    data: {
      region: {
        name: '木兰县',
        coverage: { townships: 8, townshipsWithStation: 5, rate: 0.625 },
      },
    },
  });
  expect(first.headers.get('cache-control')).toBe(`max-age=${MAX_AGE}, private`);

  const statements = hub.sqlCount('civil-affairs');
  expect(
    await moved(async () => {
      again = await ask(coverage('Same'), { code: MULAN }, PROVINCE);
    }),
  ).toEqual({ fetches: 0, hits: 1, misses: 0, writes: 0 });
  expect(again.body).toEqual(first.body);
  expect(hub.sqlCount('civil-affairs')).toBe(statements);
  expect(again.headers.get('cache-control')).toBe(`max-age=${MAX_AGE}, private`);
  expect(Number(again.headers.get('age'))).toBeLessThanOrEqual(MAX_AGE);

  // Other variables are another question.
  expect(await moved(() => ask(coverage('Same'), { code: PROVINCE_CODE }, PROVINCE))).toMatchObject(
    { fetches: 1, hits: 0, misses: 1 },
  );
});

it('never gives one caller’s answer to a caller of another scope, department or role', async () => {
  const query = coverage('Scoped');
  const variables = { code: PROVINCE_CODE };
  const province = await ask(query, variables, PROVINCE);
  expect(province.body.errors).toBeUndefined();
  expect(province.body.data!.region.name).toBe('黑龙江省');

  // The county's analyst may not see the province's figures: refused, not served the province's.
  const county = principal('CIVIL_AFFAIRS', ['ANALYST'], MULAN);
  let refused!: Answer;
  expect(
    await moved(async () => {
      refused = await ask(query, variables, county);
    }),
  ).toEqual({ fetches: 1, hits: 0, misses: 1, writes: 0 });
  expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // An answer with errors is never kept: the county is refused afresh.
  expect(await moved(() => ask(query, variables, county))).toMatchObject({
    fetches: 1,
    hits: 0,
  });

  for (const other of [
    principal('TRADE_UNION', ['ANALYST'], PROVINCE_CODE),
    principal('CIVIL_AFFAIRS', ['SUPERVISOR'], PROVINCE_CODE),
    principal('CIVIL_AFFAIRS', ['ANALYST', 'AUDITOR'], PROVINCE_CODE),
  ]) {
    let answer!: Answer;
    expect({
      who: other.subject,
      ...(await moved(async () => {
        answer = await ask(query, variables, other);
      })),
    }).toEqual({ who: other.subject, fetches: 1, hits: 0, misses: 1, writes: 1 });
    expect(answer.body).toEqual(province.body);
  }

  // A colleague with the same department, roles and scope sees the same figures: they share them.
  const colleague = { ...PROVINCE, subject: 'another-provincial-analyst' };
  let shared!: Answer;
  expect(
    await moved(async () => {
      shared = await ask(query, variables, colleague);
    }),
  ).toEqual({ fetches: 0, hits: 1, misses: 0, writes: 0 });
  expect(shared.body).toEqual(province.body);
});

it('keys answers by the purpose the caller states', async () => {
  const query = coverage('Purposes');
  expect(await moved(() => ask(query, { code: MULAN }, PROVINCE, '季度督导'))).toMatchObject({
    fetches: 1,
    misses: 1,
  });
  expect(await moved(() => ask(query, { code: MULAN }, PROVINCE, '年度考核'))).toMatchObject({
    fetches: 1,
    misses: 1,
  });
  expect(await moved(() => ask(query, { code: MULAN }, PROVINCE))).toMatchObject({
    fetches: 1,
    misses: 1,
  });
  expect(await moved(() => ask(query, { code: MULAN }, PROVINCE, '季度督导'))).toMatchObject({
    fetches: 0,
    hits: 1,
  });
});

it('forgets an answer once its max-age has passed', async () => {
  const query = coverage('Expiring');
  await ask(query, { code: MULAN }, PROVINCE);
  expect(await moved(() => ask(query, { code: MULAN }, PROVINCE))).toMatchObject({ hits: 1 });
  await new Promise((resolve) => setTimeout(resolve, MAX_AGE * 1000 + 500));
  expect(await moved(() => ask(query, { code: MULAN }, PROVINCE))).toEqual({
    fetches: 1,
    hits: 0,
    misses: 1,
    writes: 1,
  });
});

it('never keeps an answer that also reads a station or a person', async () => {
  const station = world.stations.find((s) => s.name === '平川镇社工站')!;
  const person = world.people[0]!;
  for (const [query, variables] of [
    [
      `query RegionAndStation($code: ID!, $id: ID!) { region(code: $code) { name coverage { townships } } station(id: $id) { name } }`,
      { code: MULAN, id: station.id },
    ],
    [
      `query RegionAndPerson($code: ID!, $id: ID!) { region(code: $code) { name coverage { townships } } person(id: $id) { name } }`,
      { code: MULAN, id: person.id },
    ],
  ] as const) {
    for (let i = 0; i < 2; i++) {
      let answer!: Answer;
      expect(
        await moved(async () => {
          answer = await ask(query, variables, PROVINCE, '个案跟进');
        }),
      ).toMatchObject({ fetches: 1, hits: 0, writes: 0 });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  }
});

it('never keeps the answer of a write, even one that returns region figures', async () => {
  const register = `mutation Register($code: String!) { registerRegion(input: { code: $code, name: "木兰第四村" }) { code name parent { name } } }`;
  const admin = principal('CIVIL_AFFAIRS', ['ADMIN'], MULAN);
  const first = await ask(register, { code: '230127100204' }, admin);
  expect(first.body.data).toEqual({
    registerRegion: { code: '230127100204', name: '木兰第四村', parent: { name: '木兰镇' } },
  });
  let second!: Answer;
  expect(
    await moved(async () => {
      second = await ask(register, { code: '230127100204' }, admin);
    }),
  ).toEqual({ fetches: 1, hits: 0, misses: 0, writes: 0 });
  // The write reached civil affairs again (registering a village is idempotent) although its
  // answer is made of region fields whose hints would let a query's answer be kept.
  expect(second.body).toEqual(first.body);
  expect(first.headers.get('cache-control')).toBe(`max-age=${MAX_AGE}, private`);
});

it('shows every caller a write at once', async () => {
  const assistance = `query Assistance($code: ID!) { region(code: $code) { assistance { households grants amount } } }`;
  const linze = { code: '620723' };
  const writer = NATIONAL_SUPERVISOR;
  // Another department's county caller, whose answers are kept apart from the writer's.
  const bystander = principal('TRADE_UNION', ['ANALYST'], '620723');
  const before = await ask(assistance, linze, writer);
  expect(before.body.data!.region.assistance).toEqual({ households: 0, grants: 0, amount: '0.00' });
  expect(await moved(() => ask(assistance, linze, writer))).toMatchObject({ hits: 1 });
  const seenBefore = await ask(assistance, linze, bystander);
  expect(await moved(() => ask(assistance, linze, bystander))).toMatchObject({ hits: 1 });

  const person = world.people.find((candidate) => candidate.regionCode.startsWith('620723103'))!;
  const granted = await ask(
    `mutation Grant($person: ID!) { grantTemporaryAssistance(input: { personId: $person, amount: "2570.35", grantedOn: "2024-01-20", reason: "火灾临时救助" }) { amount } }`,
    { person: person.id },
    writer,
  );
  expect(granted.body).toEqual({ data: { grantTemporaryAssistance: { amount: '2570.35' } } });

  let after!: Answer;
  expect(
    await moved(async () => {
      after = await ask(assistance, linze, writer);
    }),
  ).toMatchObject({ fetches: 1, hits: 0, misses: 1 });
  expect(after.body.data!.region.assistance).toEqual({
    households: 1,
    grants: 1,
    amount: '2570.35',
  });
  // …and so do those who share the writer's answers (same department, roles and scope)…
  const colleague = await ask(assistance, linze, { ...writer, subject: 'another-supervisor' });
  expect(colleague.body).toEqual(after.body);
  // …and every other caller, whatever was kept for them before the write.
  const seenAfter = await ask(assistance, linze, bystander);
  expect(seenAfter.body).not.toEqual(seenBefore.body);
  expect(seenAfter.body.data).toEqual(after.body.data);
});
