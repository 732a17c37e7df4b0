import { ReferralState, ReferralUrgency, WebhookTopic } from '../entities/enums.js';

// The referral's state machine, after the workflow states of a FHIR Task: the receiving
// department works its inbox (received → accepted | declined | referred onward → in service →
// completed) and only the sending department cancels. Each step is one append-only event.

/** What a department does to a referral. */
export type ReferralAction =
  'RECEIVE' | 'ACCEPT' | 'DECLINE' | 'REFER_ONWARD' | 'START_SERVICE' | 'COMPLETE' | 'CANCEL';

/** Which side of a referral a department is on. */
export type ReferralSide = 'sender' | 'receiver';

/** Wire names of the notifications a step sends, and to which side. */
export type ReferralTopic =
  'referral.received' | 'referral.answered' | 'referral.overdue' | 'referral.cancelled';

interface Step {
  from: readonly ReferralState[];
  to: ReferralState;
  by: ReferralSide;
  /** The notification the step sends to the other side, if any. */
  notifies?: WebhookTopic;
}

const { SENT, RECEIVED, ACCEPTED, DECLINED, REFERRED_ONWARD, IN_SERVICE, COMPLETED, CANCELLED } =
  ReferralState;

export const REFERRAL_STEPS: Record<ReferralAction, Step> = {
  RECEIVE: { from: [SENT], to: RECEIVED, by: 'receiver' },
  ACCEPT: {
    from: [RECEIVED],
    to: ACCEPTED,
    by: 'receiver',
    notifies: WebhookTopic.REFERRAL_ANSWERED,
  },
  DECLINE: {
    from: [RECEIVED],
    to: DECLINED,
    by: 'receiver',
    notifies: WebhookTopic.REFERRAL_ANSWERED,
  },
  REFER_ONWARD: {
    from: [RECEIVED],
    to: REFERRED_ONWARD,
    by: 'receiver',
    notifies: WebhookTopic.REFERRAL_ANSWERED,
  },
  START_SERVICE: { from: [ACCEPTED], to: IN_SERVICE, by: 'receiver' },
  COMPLETE: {
    from: [IN_SERVICE],
    to: COMPLETED,
    by: 'receiver',
    notifies: WebhookTopic.REFERRAL_ANSWERED,
  },
  CANCEL: {
    from: [SENT, RECEIVED, ACCEPTED, IN_SERVICE],
    to: CANCELLED,
    by: 'sender',
    notifies: WebhookTopic.REFERRAL_CANCELLED,
  },
};

/** States in which the receiving department has not answered yet: these can fall overdue. */
export const AWAITING_ANSWER: readonly ReferralState[] = [SENT, RECEIVED];

/** States after which nothing more happens. */
export const FINISHED: readonly ReferralState[] = [DECLINED, REFERRED_ONWARD, COMPLETED, CANCELLED];

/** Days to answer a referral when the receiving department has not set its own. */
export const DEFAULT_RESPONSE_DAYS: Record<ReferralUrgency, number> = {
  [ReferralUrgency.EMERGENCY]: 1,
  [ReferralUrgency.URGENT]: 3,
  [ReferralUrgency.ROUTINE]: 10,
};

/** Whether a referral is past its due date without an answer, on `today`. */
export function isOverdue(
  referral: { state: ReferralState; dueOn: string },
  today: string,
): boolean {
  return AWAITING_ANSWER.includes(referral.state) && referral.dueOn < today;
}
