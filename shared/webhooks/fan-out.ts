import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { inTransaction, rowsOf, run } from '../db/statements.js';
import { jsonList } from './sql.js';

interface NewEvent {
  id: string;
  seq: string;
  topic: string;
  recipient_department: string;
  aggregate_id: string;
}

interface ActiveEndpoint {
  id: string;
  department: string;
  topics: string[];
}

/**
 * Turns the outbox's new events into deliveries: one per event and active endpoint of the
 * recipient department subscribed to its topic (unique, so a second pass adds nothing). Events
 * another process is fanning out are skipped, not waited for. Returns how many events it took.
 */
export async function fanOutEvents(em: EntityManager, batchSize: number): Promise<number> {
  return inTransaction(em, async (tx) => {
    const events = await rowsOf<NewEvent>(
      tx,
      `select "id", "seq", "topic", "recipient_department", "aggregate_id" from "outbox_events"
       where "fanned_out_at" is null order by "seq" limit ? for update skip locked`,
      [batchSize],
    );
    if (!events.length) return 0;
    const endpoints = await rowsOf<ActiveEndpoint>(
      tx,
      `select "id", "department", "topics" from "webhook_endpoints" where "active"`,
    );
    const rows = events.flatMap((event) =>
      endpoints
        .filter(
          (endpoint) =>
            endpoint.department === event.recipient_department &&
            endpoint.topics.includes(event.topic),
        )
        .map((endpoint) => [
          uuidv7(),
          event.id,
          endpoint.id,
          endpoint.department,
          event.topic,
          event.aggregate_id,
          event.seq,
        ]),
    );
    if (rows.length) {
      await run(
        tx,
        `insert into "webhook_deliveries" ("id", "event_id", "endpoint_id", "department", "topic", "aggregate_id", "event_seq")
         values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
         on conflict ("event_id", "endpoint_id") do nothing`,
        rows.flat(),
      );
    }
    await run(
      tx,
      `update "outbox_events" set "fanned_out_at" = now()
       where "id" in (select (jsonb_array_elements_text(?::jsonb))::uuid)`,
      [jsonList(events.map((event) => event.id))],
    );
    return events.length;
  });
}
