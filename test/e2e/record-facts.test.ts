import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Principal } from '../../shared/context.js';
import { RECORDS_PATH, answerRecords } from '../../shared/department/record-facts.js';
import { departmentRecordsLookup } from '../../shared/department/records-client.js';
import {
  RECORDS_AUDIENCE,
  RECORDS_GRANT_HEADER,
  REFERENCE_AUDIENCE,
} from '../../shared/department/reference-grant.js';
import type { DepartmentService } from '../../shared/departments.js';
import {
  LINKED_RECORD_KINDS,
  ownerOfKind,
  type LinkableSource,
} from '../../shared/linked-records.js';
import { serviceOf } from '../../shared/departments.js';
import { charityLinkable } from '../../subgraphs/charity/linkable.js';
import { civilAffairsLinkable } from '../../subgraphs/civil-affairs/linkable.js';
import { disabilityFederationLinkable } from '../../subgraphs/disabled-persons-federation/linkable.js';
import { tradeUnionLinkable } from '../../subgraphs/trade-union/linkable.js';
import { womenFederationLinkable } from '../../subgraphs/women-federation/linkable.js';
import { youthLeagueLinkable } from '../../subgraphs/youth-league/linkable.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The reverse seam: civil affairs links another department's record, and only that department
// says whether it is there — for its own staff, in their region. Every department serves the
// endpoint; civil affairs' lookup asks each one once per tick, and its own kinds at home.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

type Row = Record<string, string | null>;
const sql = (service: string, text: string) =>
  hub.subgraphs[service]!.database.orm.em.fork().getConnection().execute<Row[]>(text);
const first = async (service: string, text: string) => {
  const [row] = await sql(service, text);
  if (!row) throw new Error(`the demo world has no row for: ${text}`);
  return row as { id: string } & Record<string, string>;
};

const MULAN = '230127';
const LINZE = '620723';
const federationMulan = principal('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], MULAN);
const FACTS = `id::text, person_id::text AS "personId", person_region_code AS "regionCode"`;

async function post(
  service: DepartmentService,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(new URL(RECORDS_PATH, hub.subgraphs[service]!.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** A request to a department's endpoint as civil affairs makes it, for `caller`. */
async function ask(service: DepartmentService, caller: Principal, body: unknown) {
  const requestId = randomUUID();
  const grant = await hub.seamGrant(RECORDS_AUDIENCE, caller, requestId);
  return post(service, body, { [RECORDS_GRANT_HEADER]: grant, 'x-request-id': requestId });
}

describe("a department's record endpoint", () => {
  it('reads every kind where its department declared it, for that department', async () => {
    const declared: Record<string, LinkableSource> = {
      ...civilAffairsLinkable,
      ...tradeUnionLinkable,
      ...youthLeagueLinkable,
      ...womenFederationLinkable,
      ...disabilityFederationLinkable,
      ...charityLinkable,
    };
    expect(Object.keys(declared).sort()).toEqual([...LINKED_RECORD_KINDS].sort());
    for (const kind of LINKED_RECORD_KINDS) {
      const source = declared[kind]!;
      const service = serviceOf(ownerOfKind(kind));
      const row = await first(
        service,
        `SELECT r.id::text FROM ${source.table} r ${source.where ? `WHERE ${source.where}` : ''} LIMIT 1`,
      );
      const caller = principal(ownerOfKind(kind), ['CASEWORKER'], '100000');
      const { status, body } = await ask(service, caller, { [kind]: [row.id] });
      expect({ kind, status, facts: body[kind]?.[row.id] }).toEqual({
        kind,
        status: 200,
        facts: {
          id: row.id,
          kind,
          department: ownerOfKind(kind),
          personId: source.person === null ? null : expect.any(String),
          regionCode: expect.stringMatching(/^\d{6,12}$/),
          date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        },
      });
    }
  });

  it('vouches for its own record in the caller region: whose it is, where and when', async () => {
    const rehab = await first(
      'disabled-persons-federation',
      `SELECT ${FACTS}, served_on::text AS date FROM rehabilitation_services
        WHERE person_region_code LIKE '${MULAN}%' LIMIT 1`,
    );
    const { status, body } = await ask('disabled-persons-federation', federationMulan, {
      REHABILITATION_SERVICE: [rehab.id, randomUUID(), 'not-an-id'],
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      REHABILITATION_SERVICE: {
        [rehab.id]: {
          ...rehab,
          kind: 'REHABILITATION_SERVICE',
          department: 'DISABLED_PERSONS_FEDERATION',
        },
      },
    });
  });

  it('leaves out a record of another region, of another kind, or asked by another department', async () => {
    const rehab = await first(
      'disabled-persons-federation',
      `SELECT id::text FROM rehabilitation_services WHERE person_region_code LIKE '${MULAN}%' LIMIT 1`,
    );
    const ids = [rehab.id];
    for (const [caller, request] of [
      [
        principal('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], LINZE),
        { REHABILITATION_SERVICE: ids },
      ],
      [principal('TRADE_UNION', ['CASEWORKER'], MULAN), { REHABILITATION_SERVICE: ids }],
      [
        principal('CIVIL_AFFAIRS', ['ADMIN', 'SUPERVISOR'], '100000'),
        { REHABILITATION_SERVICE: ids },
      ],
      [federationMulan, { ASSISTIVE_DEVICE_GRANT: ids }],
    ] as const) {
      const { status, body } = await ask('disabled-persons-federation', caller, request);
      expect({
        caller: caller.subject,
        status,
        found: Object.values(body as Record<string, object>).flatMap((found) => Object.keys(found)),
      }).toEqual({ caller: caller.subject, status: 200, found: [] });
    }
    // Another department's endpoint does not answer for this one's kinds.
    const elsewhere = await ask('trade-union', federationMulan, { REHABILITATION_SERVICE: ids });
    expect(elsewhere.body).toEqual({});
  });

  it('answers charity grants to people only, and only while they stand', async () => {
    const charity = principal('CHARITY', ['CASEWORKER'], '100000');
    const grants = await sql(
      'charity',
      `SELECT g.id::text, g.recipient_kind AS kind, g.reverses_id IS NOT NULL
              OR EXISTS (SELECT 1 FROM charity_grants r WHERE r.reverses_id = g.id) AS reversed
         FROM charity_grants g`,
    );
    const { body } = await ask('charity', charity, { CHARITY_GRANT: grants.map((g) => g.id) });
    const standing = grants.filter((g) => g.kind === 'PERSON' && !g.reversed).map((g) => g.id);
    expect(standing.length).toBeGreaterThan(0);
    expect(Object.keys(body.CHARITY_GRANT).sort()).toEqual(standing.sort());
  });

  it('opens to nothing but a records grant the gateway signed, sent with its request id', async () => {
    const body = { REHABILITATION_SERVICE: [randomUUID()] };
    const requestId = randomUUID();
    const records = await hub.seamGrant(RECORDS_AUDIENCE, federationMulan, requestId);
    const reference = await hub.seamGrant(REFERENCE_AUDIENCE, federationMulan, requestId);
    const internal = (
      await hub.vouch('disabled-persons-federation', federationMulan, { query: '{ __typename }' })
    )['x-hub-principal']!;
    const service = 'disabled-persons-federation';
    const attempts: Array<Record<string, string>> = [
      {},
      { [RECORDS_GRANT_HEADER]: 'not.a.grant', 'x-request-id': requestId },
      { [RECORDS_GRANT_HEADER]: records.slice(0, -4) + 'AAAA', 'x-request-id': requestId },
      { [RECORDS_GRANT_HEADER]: records },
      { [RECORDS_GRANT_HEADER]: records, 'x-request-id': randomUUID() },
      { [RECORDS_GRANT_HEADER]: reference, 'x-request-id': requestId },
      { [RECORDS_GRANT_HEADER]: internal, 'x-request-id': requestId },
      { 'x-hub-principal': internal, 'x-request-id': requestId },
    ];
    for (const headers of attempts) {
      expect((await post(service, body, headers)).status).toBe(401);
    }
    expect(
      (await post(service, body, { [RECORDS_GRANT_HEADER]: records, 'x-request-id': requestId }))
        .status,
    ).toBe(200);
  });

  it('refuses with 400 what is not a records request', async () => {
    const many = Array.from({ length: 501 }, () => randomUUID());
    for (const body of [
      '{"REHABILITATION_SERVICE": [',
      [],
      { REHABILITATION_SERVICE: 'one' },
      { NO_SUCH_KIND: [randomUUID()] },
      { REHABILITATION_SERVICE: many },
      { REHABILITATION_SERVICE: many.slice(0, 300), ASSISTIVE_DEVICE_GRANT: many.slice(300) },
    ]) {
      expect((await ask('disabled-persons-federation', federationMulan, body)).status).toBe(400);
    }
  });
});

describe("civil affairs' lookup of the departments' records", () => {
  const urls = () =>
    Object.fromEntries(
      Object.entries(hub.subgraphs).map(([name, running]) => [name, running.url]),
    ) as Partial<Record<DepartmentService, string>>;

  /** `ctx.records` of a mutation sent to civil affairs, by `caller`, as the kit builds it. */
  async function lookupFor(
    caller: Principal,
    departmentUrls: () => Partial<Record<DepartmentService, string>> = urls,
  ) {
    const requestId = randomUUID();
    const em = hub.subgraphs['civil-affairs']!.database.orm.em.fork();
    return departmentRecordsLookup({
      department: 'CIVIL_AFFAIRS',
      local: (request) => answerRecords(em, caller, 'CIVIL_AFFAIRS', civilAffairsLinkable, request),
      departmentUrls,
      recordsGrant: await hub.seamGrant(RECORDS_AUDIENCE, caller, requestId),
      requestId,
    });
  }

  /** A server in front of `service` that counts the requests it passes on. */
  async function counting(
    service: DepartmentService,
  ): Promise<{ server: Server; url: string; seen: string[] }> {
    const seen: string[] = [];
    const target = hub.subgraphs[service]!.url;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        seen.push(body);
        void fetch(new URL(req.url!, target), {
          method: 'POST',
          headers: req.headers as Record<string, string>,
          body,
        }).then(async (answer) => {
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(await answer.text());
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      server,
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      seen,
    };
  }

  it('asks a department once for every record of one tick, of both its kinds', async () => {
    const rehab = await first(
      'disabled-persons-federation',
      `SELECT ${FACTS}, served_on::text AS date FROM rehabilitation_services
        WHERE person_region_code LIKE '${MULAN}%' LIMIT 1`,
    );
    const device = await first(
      'disabled-persons-federation',
      `SELECT ${FACTS}, granted_on::text AS date FROM assistive_device_grants
        WHERE person_region_code LIKE '${MULAN}%' LIMIT 1`,
    );
    const proxy = await counting('disabled-persons-federation');
    try {
      const records = await lookupFor(federationMulan, () => ({
        ...urls(),
        'disabled-persons-federation': proxy.url,
      }));
      const [foundRehab, foundDevice, missing] = await Promise.all([
        records.find('REHABILITATION_SERVICE', rehab.id),
        records.find('ASSISTIVE_DEVICE_GRANT', device.id),
        records.find('REHABILITATION_SERVICE', randomUUID()),
      ]);
      expect(proxy.seen).toHaveLength(1);
      expect(foundRehab).toEqual({
        ...rehab,
        kind: 'REHABILITATION_SERVICE',
        department: 'DISABLED_PERSONS_FEDERATION',
      });
      expect(foundDevice).toMatchObject({ ...device, kind: 'ASSISTIVE_DEVICE_GRANT' });
      expect(missing).toBeNull();
      // Remembered for the request: the same record again asks nobody.
      expect(await records.find('REHABILITATION_SERVICE', rehab.id)).toEqual(foundRehab);
      expect(proxy.seen).toHaveLength(1);
    } finally {
      proxy.server.close();
    }
  });

  it("answers civil affairs' own kinds from its own database, for its own staff", async () => {
    const assistance = await first(
      'civil-affairs',
      `SELECT id::text, person_id::text AS "personId", region_code AS "regionCode",
              granted_on::text AS date FROM temporary_assistance WHERE region_code LIKE '${MULAN}%' LIMIT 1`,
    );
    const service = await first(
      'civil-affairs',
      `SELECT id::text, region_code AS "regionCode", served_on::text AS date
         FROM service_records WHERE region_code LIKE '${MULAN}%' LIMIT 1`,
    );
    // No department has a URL: nothing of civil affairs' own goes over HTTP.
    const records = await lookupFor(principal('CIVIL_AFFAIRS', ['CASEWORKER'], MULAN), () => ({}));
    expect(await records.find('TEMPORARY_ASSISTANCE', assistance.id)).toEqual({
      ...assistance,
      kind: 'TEMPORARY_ASSISTANCE',
      department: 'CIVIL_AFFAIRS',
    });
    expect(await records.find('SERVICE_RECORD', service.id)).toEqual({
      ...service,
      personId: null,
      kind: 'SERVICE_RECORD',
      department: 'CIVIL_AFFAIRS',
    });
    const elsewhere = await lookupFor(
      principal('CIVIL_AFFAIRS', ['CASEWORKER'], LINZE),
      () => ({}),
    );
    expect(await elsewhere.find('SERVICE_RECORD', service.id)).toBeNull();
    const union = await lookupFor(principal('TRADE_UNION', ['CASEWORKER'], MULAN), () => ({}));
    expect(await union.find('TEMPORARY_ASSISTANCE', assistance.id)).toBeNull();
  });

  it('fails the lookups of a department that is down or unknown, naming it, and no other', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const grant = await first(
      'trade-union',
      `SELECT id::text FROM union_assistance WHERE person_region_code LIKE '${MULAN}%' LIMIT 1`,
    );
    const union = principal('TRADE_UNION', ['CASEWORKER'], MULAN);
    const records = await lookupFor(union, () => ({
      ...urls(),
      'trade-union': `http://127.0.0.1:${port}/graphql`,
      charity: undefined,
    }));
    const [down, unknown, fine] = await Promise.allSettled([
      records.find('UNION_ASSISTANCE_GRANT', grant.id),
      records.find('CHARITY_GRANT', randomUUID()),
      records.find('WOMEN_CHILD_CASE', randomUUID()),
    ]);
    for (const [settled, serviceName] of [
      [down, 'trade-union'],
      [unknown, 'charity'],
    ] as const) {
      expect(settled.status).toBe('rejected');
      const error = (settled as PromiseRejectedResult).reason as {
        message: string;
        extensions: unknown;
      };
      expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName });
      expect(error.message).toContain('nothing was written');
    }
    expect(fine).toEqual({ status: 'fulfilled', value: null });
    // Once the union answers again, the same caller finds its grant.
    expect(await (await lookupFor(union)).find('UNION_ASSISTANCE_GRANT', grant.id)).toMatchObject({
      id: grant.id,
      department: 'TRADE_UNION',
    });
  });
});
