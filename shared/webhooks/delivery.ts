import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { fanOutEvents } from './fan-out.js';
import { sendWebhook, type AttemptOutcome, type DueDelivery } from './send.js';
import type { WebhookSettings } from './settings.js';
import { inTransaction, rowsOf, run } from '../db/statements.js';
import { dateOf, jsonList } from './sql.js';

export interface WebhookDeliveryOptions {
  forkEntityManager: () => EntityManager;
  logger: Logger;
  settings: WebhookSettings & {
    /** Longest wait between two attempts, jitter aside; an hour by default. */
    maxBackoffMs?: number;
    /** Events fanned out, and deliveries attempted, per round; 20 by default. */
    batchSize?: number;
  };
}

export interface RunningWebhookDelivery {
  /** Stops polling and waits for the attempts in flight to be recorded. */
  stop(): Promise<void>;
  /** One round: fans out new events, then attempts the due deliveries; returns the attempts made. */
  runOnce(): Promise<number>;
}

/** The wait after the n-th failed attempt of a round: base × 2^(n−1), capped, plus up to 20 %. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const delay = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (1 + Math.random() * 0.2));
}

interface ClaimedRow {
  id: string;
  event_id: string;
  attempts: number;
  attempts_at_replay: number;
  url: string;
  secret: string;
  topic: string;
  payload: Record<string, unknown>;
  created_at: Date | string;
}

/**
 * Claims the due deliveries: pending, due, of an active endpoint, and the earliest pending one of
 * their aggregate for that endpoint. Rows another process holds are skipped; the claimed ones
 * are leased (due again only after the lease) and their attempt counted before anything is sent,
 * so that no two processes send the same attempt.
 */
async function claimDue(em: EntityManager, limit: number, leaseMs: number): Promise<DueDelivery[]> {
  return inTransaction(em, async (tx) => {
    const rows = await rowsOf<ClaimedRow>(
      tx,
      `select d."id", d."event_id", d."attempts", d."attempts_at_replay", e."url", e."secret",
              o."topic", o."payload", o."created_at"
       from "webhook_deliveries" d
       join "webhook_endpoints" e on e."id" = d."endpoint_id"
       join "outbox_events" o on o."id" = d."event_id"
       where d."status" = 'PENDING' and d."next_attempt_at" <= now() and e."active"
         and not exists (select 1 from "webhook_deliveries" p
           where p."endpoint_id" = d."endpoint_id" and p."aggregate_id" = d."aggregate_id"
             and p."status" = 'PENDING' and p."event_seq" < d."event_seq")
       order by d."next_attempt_at", d."event_seq"
       limit ?
       for update of d skip locked`,
      [limit],
    );
    if (!rows.length) return [];
    await run(
      tx,
      `update "webhook_deliveries"
       set "attempts" = "attempts" + 1, "last_attempt_at" = now(),
           "next_attempt_at" = now() + ? * interval '1 millisecond'
       where "id" in (select (jsonb_array_elements_text(?::jsonb))::uuid)`,
      [leaseMs, jsonList(rows.map((row) => row.id))],
    );
    return rows.map((row) => ({
      id: row.id,
      eventId: row.event_id,
      attempt: row.attempts + 1,
      attemptInRound: row.attempts + 1 - row.attempts_at_replay,
      url: row.url,
      secret: row.secret,
      topic: row.topic,
      payload: row.payload,
      createdAt: dateOf(row.created_at)!,
    }));
  });
}

/** Appends the attempt to the log and moves the delivery on: DELIVERED, retried later or FAILED. */
async function record(
  em: EntityManager,
  delivery: DueDelivery,
  outcome: AttemptOutcome,
  settings: WebhookDeliveryOptions['settings'],
): Promise<'DELIVERED' | 'PENDING' | 'FAILED'> {
  const status = outcome.ok
    ? 'DELIVERED'
    : delivery.attemptInRound >= settings.maxAttempts
      ? 'FAILED'
      : 'PENDING';
  const wait = backoffMs(
    delivery.attemptInRound,
    settings.retryBaseMs,
    settings.maxBackoffMs ?? 3_600_000,
  );
  await inTransaction(em, async (tx) => {
    await run(
      tx,
      `insert into "webhook_attempts" ("id", "delivery_id", "attempt", "http_status", "error", "duration_ms")
       values (?, ?, ?, ?, ?, ?)`,
      [
        outcome.id,
        delivery.id,
        delivery.attempt,
        outcome.httpStatus,
        outcome.error,
        outcome.durationMs,
      ],
    );
    await run(
      tx,
      `update "webhook_deliveries" set "status" = ?,
         "delivered_at" = case when ? = 'DELIVERED' then now() else "delivered_at" end,
         "next_attempt_at" = now() + ? * interval '1 millisecond'
       where "id" = ?`,
      [status, status, status === 'PENDING' ? wait : 0, delivery.id],
    );
  });
  return status;
}

/**
 * Starts the delivery worker: every `pollMs` (at once again after a busy round) it fans new
 * outbox events out to the subscribed endpoints and sends the due deliveries, signed, recording
 * every attempt.
 */
export function startWebhookDelivery(options: WebhookDeliveryOptions): RunningWebhookDelivery {
  const { logger, settings } = options;
  const batchSize = settings.batchSize ?? 20;
  const leaseMs = settings.timeoutMs * 2 + 5000;

  const runOnce = async (): Promise<number> => {
    const em = options.forkEntityManager();
    await fanOutEvents(em, batchSize);
    const due = await claimDue(em, batchSize, leaseMs);
    await Promise.all(
      due.map(async (delivery) => {
        const outcome = await sendWebhook(delivery, settings.timeoutMs);
        const status = await record(options.forkEntityManager(), delivery, outcome, settings);
        const facts = {
          deliveryId: delivery.id,
          eventId: delivery.eventId,
          attempt: delivery.attempt,
        };
        if (status === 'FAILED') logger.warn({ ...facts, ...outcome }, 'webhook delivery failed');
        else if (status === 'PENDING')
          logger.info({ ...facts, ...outcome }, 'webhook attempt failed');
      }),
    );
    return due.length;
  };

  let stopped = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      let attempts = 0;
      try {
        attempts = await runOnce();
      } catch (error) {
        logger.error({ err: error }, 'webhook delivery round failed');
      }
      if (stopped || attempts > 0) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, settings.pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();

  return {
    runOnce,
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
