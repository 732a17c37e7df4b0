import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger } from '../../shared/logger.js';
import { startWebhookDelivery } from '../../shared/webhooks/delivery.js';
import { enqueueOutboxEvent, type OutboxEvent } from '../../shared/webhooks/outbox.js';
import { verifyWebhook } from '../../shared/webhooks/signature.js';
import {
  principal,
  startTestHub,
  type TestHub,
  HUB_START_TIMEOUT_MS,
  POLL_TIMEOUT_MS,
} from '../support/hub.js';

// Webhooks end to end: an endpoint registered through the gateway, events written to the outbox
// in transactions, and a receiver that refuses its first request; the worker runs with the
// subgraph, paced fast.

const RETRY_BASE_MS = 400;
const unionAdmin = principal('TRADE_UNION', ['ADMIN'], '100000');
const womenAdmin = principal('WOMEN_FEDERATION', ['ADMIN'], '100000');

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
  status: number;
}

let hub: TestHub;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
/** Statuses the receiver answers with, in turn; 204 once they run out. */
const answers: number[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const status = answers.shift() ?? 204;
      received.push({ headers: request.headers, body, at: Date.now(), status });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  hub = await startTestHub({
    demo: false,
    env: {
      WEBHOOK_POLL_MS: '50',
      WEBHOOK_RETRY_BASE_MS: String(RETRY_BASE_MS),
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_TIMEOUT_MS: '2000',
    },
  });
}, HUB_START_TIMEOUT_MS);

afterAll(async () => {
  await hub?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

const em = (): EntityManager => hub.subgraphs['civil-affairs']!.database.orm.em.fork();

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = POLL_TIMEOUT_MS) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const REGISTER = `mutation($input: RegisterWebhookEndpointInput!) {
  registerWebhookEndpoint(input: $input) { secret endpoint { id department url topics active } } }`;
const DELIVERIES = `query($filter: WebhookDeliveryFilter, $first: Int, $after: String) {
  webhookDeliveries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id eventId topic aggregateId status attemptCount deliveredAt url
      attempts { attempt at httpStatus error durationMs } } } } }`;

let secret: string;
let endpointId: string;

function event(aggregateId: string, topic: string, recipient = 'TRADE_UNION'): OutboxEvent {
  return {
    topic,
    recipient: recipient as OutboxEvent['recipient'],
    aggregateId,
    payload: { referralId: aggregateId, topic },
  };
}

async function eventsOf(aggregateId: string): Promise<number> {
  const rows = await em()
    .getConnection()
    .execute<Array<{ n: string }>>(
      'select count(*) as n from "outbox_events" where "aggregate_id" = ?',
      [aggregateId],
    );
  return Number(rows[0]!.n);
}

type DeliveryNode = {
  id: string;
  eventId: string;
  topic: string;
  status: string;
  attemptCount: number;
  attempts: Array<{ attempt: number; httpStatus: number | null }>;
};

async function deliveries(as = unionAdmin, filter?: object): Promise<DeliveryNode[]> {
  const { data, errors } = await hub.query<{
    webhookDeliveries: { edges: Array<{ node: DeliveryNode }> };
  }>(DELIVERIES, { filter, first: 100 }, { principal: as });
  expect(errors).toBeUndefined();
  return data!.webhookDeliveries.edges.map((edge) => edge.node);
}

it("registers an endpoint for the admin's own department, its secret shown once", async () => {
  const { data, errors } = await hub.query(
    REGISTER,
    { input: { url: receiverUrl, topics: ['REFERRAL_RECEIVED', 'REFERRAL_ANSWERED'] } },
    { principal: unionAdmin },
  );
  expect(errors).toBeUndefined();
  const registered = data!.registerWebhookEndpoint;
  expect(registered.secret).toMatch(/^whsec_/);
  expect(registered.endpoint).toMatchObject({
    department: 'TRADE_UNION',
    url: receiverUrl,
    topics: ['REFERRAL_RECEIVED', 'REFERRAL_ANSWERED'],
    active: true,
  });
  secret = registered.secret;
  endpointId = registered.endpoint.id;
  const listed = await hub.query('{ webhookEndpoints { id url } }', {}, { principal: unionAdmin });
  expect(listed.data!.webhookEndpoints).toEqual([{ id: endpointId, url: receiverUrl }]);
  const asking = await hub.query('{ webhookEndpoints { secret } }', {}, { principal: unionAdmin });
  expect(asking.errors?.[0]?.message).toMatch(/secret/);
});

it.each([['ftp://example.org/hooks'], ['not a url'], ['http://user:pw@example.org/']])(
  'refuses %s as the url',
  async (url) => {
    const { errors } = await hub.query(
      REGISTER,
      { input: { url, topics: ['REFERRAL_RECEIVED'] } },
      { principal: unionAdmin },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
  },
);

it('leaves endpoints to administrators', async () => {
  const { errors } = await hub.query(
    '{ webhookEndpoints { id } }',
    {},
    { principal: principal('TRADE_UNION', ['CASEWORKER'], '100000') },
  );
  expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('writes an event only when its transaction commits', async () => {
  const rolledBack = randomUUID();
  await expect(
    em().transactional(async (tx) => {
      await enqueueOutboxEvent(tx, event(rolledBack, 'referral.received'));
      throw new Error('the write failed');
    }),
  ).rejects.toThrow('the write failed');
  expect(await eventsOf(rolledBack)).toBe(0);

  const committed = randomUUID();
  const id = await em().transactional((tx) =>
    enqueueOutboxEvent(tx, event(committed, 'referral.received')),
  );
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(await eventsOf(committed)).toBe(1);
  await until('the committed event', async () =>
    received.some((request) => request.headers['webhook-id'] === id) ? true : undefined,
  );
});

describe('an aggregate whose first event meets a failing receiver', () => {
  const aggregate = randomUUID();
  let first: string;
  let second: string;
  let startedAt: number;

  beforeAll(async () => {
    received.splice(0);
    answers.push(500);
    startedAt = Date.now();
    [first, second] = await em()
      .transactional(async (tx) => [
        await enqueueOutboxEvent(tx, event(aggregate, 'referral.received')),
        await enqueueOutboxEvent(tx, event(aggregate, 'referral.overdue')),
        await enqueueOutboxEvent(tx, event(aggregate, 'referral.received', 'WOMEN_FEDERATION')),
        await enqueueOutboxEvent(tx, event(aggregate, 'referral.answered')),
      ])
      .then((ids) => [ids[0]!, ids[3]!]);
    await until('both deliveries', async () => {
      const nodes = await deliveries(unionAdmin, {});
      const ours = nodes.filter((node) => [first, second].includes(node.eventId));
      return ours.length === 2 && ours.every((node) => node.status === 'DELIVERED')
        ? true
        : undefined;
    });
  });

  it('retries after the back-off, and sends the later event only after the earlier', () => {
    const sequence = received.map((request) => [request.headers['webhook-id'], request.status]);
    expect(sequence).toEqual([
      [first, 500],
      [first, 204],
      [second, 204],
    ]);
    expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(RETRY_BASE_MS);
    expect(received[0]!.at - startedAt).toBeLessThan(RETRY_BASE_MS * 5);
  });

  it('signs every request and sends the event as the body', () => {
    for (const request of received) {
      expect(verifyWebhook(secret, request.headers, request.body)).toBe(true);
      expect(verifyWebhook(secret, request.headers, `${request.body} `)).toBe(false);
      expect(request.headers['content-type']).toBe('application/json');
    }
    const body = JSON.parse(received[0]!.body) as Record<string, unknown>;
    expect(body).toEqual({
      id: first,
      type: 'referral.received',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: { referralId: aggregate, topic: 'referral.received' },
    });
  });

  it('delivers each event once to what the receiver accepted, nothing unsubscribed', () => {
    const accepted = received
      .filter((request) => request.status < 300)
      .map((request) => request.headers['webhook-id']);
    expect(accepted).toEqual([first, second]);
  });

  it('logs every attempt in the delivery', async () => {
    const nodes = await deliveries(unionAdmin, { topic: 'REFERRAL_RECEIVED' });
    const node = nodes.find((candidate) => candidate.eventId === first)!;
    expect(node).toMatchObject({ status: 'DELIVERED', attemptCount: 2 });
    expect(node.attempts.map((a) => [a.attempt, a.httpStatus])).toEqual([
      [1, 500],
      [2, 204],
    ]);
    const answered = await deliveries(unionAdmin, { topic: 'REFERRAL_ANSWERED' });
    expect(answered.map((candidate) => candidate.eventId)).toEqual([second]);
    const failed = await deliveries(unionAdmin, { status: 'FAILED' });
    expect(failed).toEqual([]);
  });

  it('keeps the attempt log append-only', async () => {
    await expect(
      em().getConnection().execute('update "webhook_attempts" set "http_status" = 200'),
    ).rejects.toThrow(/append-only/);
    await expect(em().getConnection().execute('delete from "webhook_attempts"')).rejects.toThrow(
      /append-only/,
    );
  });

  it('replays a delivery: sent again, its attempts numbered on', async () => {
    const node = (await deliveries()).find((candidate) => candidate.eventId === first)!;
    const before = received.length;
    const { data, errors } = await hub.query(
      'mutation($id: ID!) { replayWebhookDelivery(id: $id) { id status } }',
      { id: node.id },
      { principal: unionAdmin },
    );
    expect(errors).toBeUndefined();
    expect(data!.replayWebhookDelivery).toEqual({ id: node.id, status: 'PENDING' });
    await until('the replay', async () => (received.length > before ? true : undefined));
    expect(received.at(-1)!.headers['webhook-id']).toBe(first);
    const replayed = await until('the replay recorded', async () => {
      const again = (await deliveries()).find((candidate) => candidate.id === node.id)!;
      return again.status === 'DELIVERED' ? again : undefined;
    });
    expect(replayed.attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
  });

  it("shows another department's admin none of it", async () => {
    const node = (await deliveries()).find((candidate) => candidate.eventId === first)!;
    expect(await deliveries(womenAdmin)).toEqual([]);
    const endpoints = await hub.query('{ webhookEndpoints { id } }', {}, { principal: womenAdmin });
    expect(endpoints.data!.webhookEndpoints).toEqual([]);
    for (const [mutation, id] of [
      ['replayWebhookDelivery', node.id],
      ['disableWebhookEndpoint', endpointId],
      ['replayWebhookDelivery', randomUUID()],
    ] as const) {
      const { errors } = await hub.query(
        `mutation($id: ID!) { ${mutation}(id: $id) { id } }`,
        { id },
        { principal: womenAdmin },
      );
      expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});

it('sends each attempt once when two workers share the outbox', async () => {
  const second = startWebhookDelivery({
    forkEntityManager: em,
    logger: createLogger('second-worker'),
    settings: {
      pollMs: 20,
      retryBaseMs: RETRY_BASE_MS,
      maxAttempts: 3,
      timeoutMs: 2000,
      overdueSweepMs: 60_000,
      ledgerPollMs: 60_000,
      registerPollMs: 60_000,
    },
  });
  try {
    received.splice(0);
    const ids = await em().transactional(async (tx) => {
      const written: string[] = [];
      for (let i = 0; i < 12; i += 1) {
        written.push(await enqueueOutboxEvent(tx, event(randomUUID(), 'referral.received')));
      }
      return written;
    });
    await until('every event', async () =>
      ids.every((id) => received.some((request) => request.headers['webhook-id'] === id))
        ? true
        : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = received.map((request) => request.headers['webhook-id']);
    expect([...sent].sort()).toEqual([...ids].sort());
  } finally {
    await second.stop();
  }
});

it("leaves the worker's statements out of the requests' count", async () => {
  const before = hub.sqlCount('civil-affairs');
  const aggregate = randomUUID();
  const id = await em().transactional((tx) =>
    enqueueOutboxEvent(tx, event(aggregate, 'referral.received')),
  );
  const written = hub.sqlCount('civil-affairs');
  expect(written - before).toBeGreaterThan(0);
  await until('the event delivered', async () =>
    received.some((request) => request.headers['webhook-id'] === id) ? true : undefined,
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(hub.sqlCount('civil-affairs')).toBe(written);
});

it('sends nothing new to a disabled endpoint', async () => {
  const { data, errors } = await hub.query(
    'mutation($id: ID!) { disableWebhookEndpoint(id: $id) { id active disabledAt } }',
    { id: endpointId },
    { principal: unionAdmin },
  );
  expect(errors).toBeUndefined();
  expect(data!.disableWebhookEndpoint).toMatchObject({ id: endpointId, active: false });
  received.splice(0);
  const aggregate = randomUUID();
  await em().transactional((tx) => enqueueOutboxEvent(tx, event(aggregate, 'referral.received')));
  await until('the event fanned out', async () => {
    const rows = await em()
      .getConnection()
      .execute<Array<{ fanned: boolean }>>(
        'select "fanned_out_at" is not null as fanned from "outbox_events" where "aggregate_id" = ?',
        [aggregate],
      );
    return rows[0]?.fanned ? true : undefined;
  });
  expect(received).toEqual([]);
});
