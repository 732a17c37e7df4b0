import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaToday } from '../../../shared/input/dates.js';
import { inTransaction } from '../../../shared/db/statements.js';
import type { Logger } from '../../../shared/logger.js';
import { WebhookTopic } from '../entities/enums.js';
import { Referral, ReferralEvent } from '../entities/index.js';
import { notifyReferral } from './notify.js';
import { AWAITING_ANSWER } from './referral-flow.js';

/** Who an overdue event is recorded as: the hub noticed, no person acted. */
export const SYSTEM_SUBJECT = 'system';

/**
 * Marks referrals that passed their due date unanswered: each gets one OVERDUE event and one
 * notification to each side, once, in one transaction per sweep. Rows another sweep holds are
 * skipped, so two hub processes never mark one twice. Returns how many were marked.
 */
export async function markOverdueReferrals(
  em: EntityManager,
  today: string = chinaToday(),
): Promise<number> {
  return inTransaction(em, async (tx) => {
    const due = await tx.find(
      Referral,
      { state: { $in: [...AWAITING_ANSWER] }, dueOn: { $lt: today }, overdueSince: null },
      {
        lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        limit: 500,
        orderBy: { dueOn: 'asc', id: 'asc' },
      },
    );
    for (const referral of due) {
      referral.overdueSince = today;
      tx.create(ReferralEvent, {
        referralId: referral.id,
        kind: 'OVERDUE',
        fromState: referral.state,
        toState: referral.state,
        effectiveOn: today,
        bySubject: SYSTEM_SUBJECT,
        byDepartment: 'CIVIL_AFFAIRS',
        reason: `not answered by ${referral.dueOn}`,
      });
    }
    await tx.flush();
    for (const referral of due) {
      await notifyReferral(tx, WebhookTopic.REFERRAL_OVERDUE, referral.toDepartment, referral);
      await notifyReferral(tx, WebhookTopic.REFERRAL_OVERDUE, referral.fromDepartment, referral);
    }
    return due.length;
  });
}

/** Sweeps for overdue referrals every `intervalMs` until stopped; a failed sweep is logged. */
export function startOverdueSweep(
  forkEntityManager: () => EntityManager,
  logger: Logger,
  intervalMs: number,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    running = markOverdueReferrals(forkEntityManager())
      .then((marked) => {
        if (marked) logger.info({ marked }, 'referrals marked overdue');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'overdue sweep failed'));
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
