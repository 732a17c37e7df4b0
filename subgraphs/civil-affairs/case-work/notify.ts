import type { EntityManager } from '@mikro-orm/postgresql';
import type { DepartmentCode } from '../../../shared/context.js';
import { enqueueOutboxEvent } from '../../../shared/webhooks/outbox.js';
import type { Referral } from '../entities/index.js';
import type { WebhookTopic } from '../entities/enums.js';

// What a department's system learns of a referral without polling: a notification through the
// outbox, written in the transaction of the change itself, so it is sent if and only if the
// change committed. It names the referral and where it stands, and nothing about the person:
// the receiver reads the rest through the graph, under its own access rules.

/** The body of a referral notification. */
export function referralNotice(referral: Referral): Record<string, unknown> {
  return {
    referralId: referral.id,
    state: referral.state,
    urgency: referral.urgency,
    fromDepartment: referral.fromDepartment,
    toDepartment: referral.toDepartment,
    sentOn: referral.sentOn,
    dueOn: referral.dueOn,
    ...(referral.overdueSince ? { overdueSince: referral.overdueSince } : {}),
  };
}

/** Queues a notification of the referral to a department, in the caller's transaction. */
export async function notifyReferral(
  tx: EntityManager,
  topic: WebhookTopic,
  recipient: string,
  referral: Referral,
): Promise<void> {
  await enqueueOutboxEvent(tx, {
    topic,
    recipient: recipient as DepartmentCode,
    aggregateId: referral.id,
    payload: referralNotice(referral),
  });
}
