import type { EntityManager } from '@mikro-orm/postgresql';
import { run } from '../db/statements.js';
import { v7 as uuidv7 } from 'uuid';
import type { DepartmentCode } from '../departments.js';

/** Something that happened, for one department's systems to hear about. */
export interface OutboxEvent {
  /** The wire name of the topic, e.g. `referral.received`. */
  topic: string;
  /** The department whose subscribed endpoints receive it. */
  recipient: DepartmentCode;
  /** What it is about; events of one aggregate reach an endpoint in the order they were written. */
  aggregateId: string;
  /** The body's `data`: no more than the recipient may know. */
  payload: Record<string, unknown>;
}

/**
 * Writes an event to the outbox in the caller's current transaction (the entity manager's, when it
 * is inside `transactional`): it exists for the delivery worker if and only if the write that
 * caused it commits. Returns the event's id, which receivers see as `webhook-id`.
 */
export async function enqueueOutboxEvent(em: EntityManager, event: OutboxEvent): Promise<string> {
  const id = uuidv7();
  await run(
    em,
    'insert into "outbox_events" ("id", "topic", "recipient_department", "aggregate_id", "payload") values (?, ?, ?, ?, ?::jsonb)',
    [id, event.topic, event.recipient, event.aggregateId, JSON.stringify(event.payload)],
  );
  return id;
}
