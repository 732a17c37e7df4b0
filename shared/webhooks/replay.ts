import type { EntityManager } from '@mikro-orm/postgresql';
import type { DepartmentCode } from '../departments.js';
import { rowsOf, run } from '../db/statements.js';

/** Which deliveries to send again: one, or every delivery of one event. */
export type ReplayTarget = { deliveryId: string } | { eventId: string };

/**
 * Puts deliveries back to PENDING, due now, with a new round of attempts; their numbering goes on
 * and the log keeps the earlier ones. A delivery still pending is left as it is (it will be sent
 * anyway, and may be in flight). With `department`, only that department's deliveries are
 * touched. Returns how many deliveries matched, pending ones included: 0 means none exists.
 */
export async function replayWebhookDeliveries(
  em: EntityManager,
  target: ReplayTarget,
  department?: DepartmentCode,
): Promise<number> {
  const [column, id] =
    'deliveryId' in target ? ['id', target.deliveryId] : ['event_id', target.eventId];
  const scope = department ? ` and "department" = ?` : '';
  const params = department ? [id, department] : [id];
  const matched = await rowsOf<{ n: string }>(
    em,
    `select count(*) as n from "webhook_deliveries" where "${column}" = ?${scope}`,
    params,
  );
  await run(
    em,
    `update "webhook_deliveries"
     set "status" = 'PENDING', "next_attempt_at" = now(), "delivered_at" = null,
         "attempts_at_replay" = "attempts"
     where "${column}" = ?${scope} and "status" <> 'PENDING'`,
    params,
  );
  return Number(matched[0]?.n ?? 0);
}
