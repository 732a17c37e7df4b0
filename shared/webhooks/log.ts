import type { EntityManager } from '@mikro-orm/postgresql';
import type { DepartmentCode } from '../departments.js';
import type { PageRequest } from '../pagination.js';
import { rowsOf } from '../db/statements.js';
import { dateOf, jsonList } from './sql.js';

export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** One attempt to deliver, as the append-only log keeps it. */
export interface WebhookAttempt {
  attempt: number;
  at: Date;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
}

/** A delivery of one event to one endpoint, with its attempts. */
export interface WebhookDelivery {
  id: string;
  eventId: string;
  endpointId: string;
  url: string;
  topic: string;
  aggregateId: string;
  status: WebhookDeliveryStatus;
  attemptCount: number;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
  attempts: WebhookAttempt[];
}

export interface DeliveryFilter {
  status?: WebhookDeliveryStatus | null;
  /** A topic's wire name. */
  topic?: string | null;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  endpoint_id: string;
  url: string;
  topic: string;
  aggregate_id: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: Date | string;
  delivered_at: Date | string | null;
  created_at: Date | string;
}

interface AttemptRow {
  delivery_id: string;
  attempt: number;
  at: Date | string;
  http_status: number | null;
  error: string | null;
  duration_ms: number;
}

function conditions(department: DepartmentCode, filter: DeliveryFilter) {
  const where = ['d."department" = ?'];
  const params: unknown[] = [department];
  if (filter.status) {
    where.push('d."status" = ?');
    params.push(filter.status);
  }
  if (filter.topic) {
    where.push('d."topic" = ?');
    params.push(filter.topic);
  }
  return { where, params };
}

/**
 * A page of the department's deliveries (oldest first, after the cursor's id), each with its
 * attempts: two statements, whatever the page's size.
 */
export async function webhookDeliveriesOf(
  em: EntityManager,
  department: DepartmentCode,
  filter: DeliveryFilter,
  page: PageRequest & { ids?: string[] },
): Promise<WebhookDelivery[]> {
  const { where, params } = conditions(department, filter);
  if (page.afterId) {
    where.push('d."id" > ?');
    params.push(page.afterId);
  }
  if (page.ids) {
    where.push('d."id" in (select (jsonb_array_elements_text(?::jsonb))::uuid)');
    params.push(jsonList(page.ids));
  }
  const rows = await rowsOf<DeliveryRow>(
    em,
    `select d."id", d."event_id", d."endpoint_id", e."url", d."topic", d."aggregate_id", d."status",
            d."attempts", d."next_attempt_at", d."delivered_at", d."created_at"
     from "webhook_deliveries" d join "webhook_endpoints" e on e."id" = d."endpoint_id"
     where ${where.join(' and ')} order by d."id" limit ?`,
    [...params, page.first],
  );
  if (!rows.length) return [];
  const attempts = await rowsOf<AttemptRow>(
    em,
    `select "delivery_id", "attempt", "at", "http_status", "error", "duration_ms" from "webhook_attempts"
     where "delivery_id" in (select (jsonb_array_elements_text(?::jsonb))::uuid)
     order by "delivery_id", "attempt"`,
    [jsonList(rows.map((row) => row.id))],
  );
  return rows.map((row) => ({
    id: row.id,
    eventId: row.event_id,
    endpointId: row.endpoint_id,
    url: row.url,
    topic: row.topic,
    aggregateId: row.aggregate_id,
    status: row.status,
    attemptCount: row.attempts,
    nextAttemptAt: row.status === 'PENDING' ? dateOf(row.next_attempt_at) : null,
    deliveredAt: dateOf(row.delivered_at),
    createdAt: dateOf(row.created_at)!,
    attempts: attempts
      .filter((attempt) => attempt.delivery_id === row.id)
      .map((attempt) => ({
        attempt: attempt.attempt,
        at: dateOf(attempt.at)!,
        httpStatus: attempt.http_status,
        error: attempt.error,
        durationMs: attempt.duration_ms,
      })),
  }));
}

/** How many of the department's deliveries the filter matches, all pages together. */
export async function countWebhookDeliveries(
  em: EntityManager,
  department: DepartmentCode,
  filter: DeliveryFilter,
): Promise<number> {
  const { where, params } = conditions(department, filter);
  const [row] = await rowsOf<{ n: string }>(
    em,
    `select count(*) as n from "webhook_deliveries" d where ${where.join(' and ')}`,
    params,
  );
  return Number(row?.n ?? 0);
}
