import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { hasRole } from '../../../shared/auth.js';
import type { HubContext, Principal } from '../../../shared/context.js';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { requireStationFor, unusableReference } from '../../../shared/department/owned.js';
import { keyedBy, replayOf } from '../../../shared/department/written.js';
import { addDays } from '../../../shared/input/dates.js';
import { badInput, ErrorCode, forbidden } from '../../../shared/errors.js';
import { chinaToday } from '../../../shared/input/dates.js';
import { inScope } from '../../../shared/scope.js';
import { Case, Consent, Referral, ReferralEvent, ReferralResponseDays } from '../entities/index.js';
import {
  CaseStage,
  ConsentPurpose,
  type DataCategory,
  ReferralState,
  type ReferralUrgency,
  WebhookTopic,
} from '../entities/enums.js';
import type { ReferralRequest } from '../graphql/referral.input.js';
import { covers } from './consent-rules.js';
import { notifyReferral } from './notify.js';
import {
  DEFAULT_RESPONSE_DAYS,
  REFERRAL_STEPS,
  type ReferralAction,
  type ReferralSide,
} from './referral-flow.js';

type Ctx = Pick<HubContext<unknown>, 'em' | 'principal' | 'owner' | 'requestId'>;

/**
 * Which side of the referral the caller is on: `lead` for the case's lead department following
 * a referral another department passed on; null when it may not see the referral at all.
 */
export function sideOf(principal: Principal, referral: Referral): ReferralSide | 'lead' | null {
  if (!hasRole(principal, CASE_TEAM) || !inScope(principal, referral.regionCode)) return null;
  if (principal.department === referral.toDepartment) return 'receiver';
  if (principal.department === referral.fromDepartment) return 'sender';
  if (principal.department === referral.leadDepartment) return 'lead';
  return null;
}

/** Days the receiving department gives itself to answer a referral of this urgency. */
export async function responseDays(
  em: EntityManager,
  department: string,
  urgency: ReferralUrgency,
): Promise<number> {
  const set = await em.findOne(ReferralResponseDays, { department, urgency });
  return set?.days ?? DEFAULT_RESPONSE_DAYS[urgency];
}

/** What a new referral is: where it goes, what it shares, and on which case. */
interface NewReferral {
  request: ReferralRequest;
  sharedCategories: DataCategory[];
  emergencyReason: string | null;
  sentOn: string;
  referredFromId: string | null;
  idempotencyKey: string | null;
  input: object;
}

/**
 * Writes a referral with its SENT event and the receiving department's notification, in the
 * caller's transaction. The person's consent must cover the receiving department, every category
 * shared and the purpose; without one, only a stated emergency lets it go, and that is logged
 * in the access log like a break-the-glass reveal.
 */
export async function createReferral(
  ctx: Ctx,
  tx: EntityManager,
  caseRow: Case,
  spec: NewReferral,
): Promise<Referral> {
  const { request } = spec;
  // A referral passed on is the `onward` part of its input.
  const field = (name: string) => (spec.referredFromId ? `onward.${name}` : name);
  if (request.toDepartment === ctx.principal.department) {
    throw badInput(field('toDepartment'), 'a referral goes to another department');
  }
  await requireStationFor(ctx, request.toStationId, caseRow.regionCode, field('toStationId'));
  const today = chinaToday();
  const consents = await tx.find(
    Consent,
    { personId: caseRow.personId, withdrawnOn: null },
    { orderBy: { givenOn: 'desc', id: 'desc' } },
  );
  const sharing = {
    department: request.toDepartment,
    categories: spec.sharedCategories,
    purpose: ConsentPurpose.REFERRAL,
    on: spec.sentOn,
    today,
  };
  const consent = consents.find((candidate) => covers(candidate, sharing)) ?? null;
  if (!consent && !spec.emergencyReason) {
    throw new GraphQLError(
      `no consent of the person covers sharing ${spec.sharedCategories.join(', ')} with ${request.toDepartment} for a referral; record the consent first, or state an emergencyReason if the person is in danger`,
      {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          field: spec.referredFromId ? 'onward.toDepartment' : 'sharedCategories',
        },
      },
    );
  }
  const days = await responseDays(tx, request.toDepartment, request.urgency);
  const referral = tx.create(Referral, {
    caseId: caseRow.id,
    personId: caseRow.personId,
    regionCode: caseRow.regionCode,
    leadDepartment: caseRow.leadDepartment,
    fromDepartment: ctx.principal.department,
    toDepartment: request.toDepartment,
    toStationId: request.toStationId ?? null,
    serviceArea: request.serviceArea ?? null,
    reason: request.reason,
    urgency: request.urgency,
    sharedCategories: [...new Set(spec.sharedCategories)],
    consentId: consent?.id ?? null,
    emergencyReason: consent ? null : spec.emergencyReason,
    state: ReferralState.SENT,
    sentOn: spec.sentOn,
    dueOn: addDays(spec.sentOn, days),
    referredFromId: spec.referredFromId,
    idempotencyKey: spec.idempotencyKey,
    ...keyedBy(ctx.principal, spec.input),
  });
  tx.create(ReferralEvent, {
    referralId: referral.id,
    kind: 'SENT',
    toState: ReferralState.SENT,
    effectiveOn: spec.sentOn,
    bySubject: ctx.principal.subject,
    byDepartment: ctx.principal.department,
    reason: request.reason,
  });
  if (!consent) {
    tx.create(AccessLogEntry, {
      subject: ctx.principal.subject,
      department: ctx.principal.department,
      roles: ctx.principal.roles,
      personId: caseRow.personId,
      personRegionCode: caseRow.regionCode,
      fields: ['emergencyReferral', ...spec.sharedCategories.map((c) => `shared:${c}`)],
      purpose: spec.emergencyReason ?? '',
      requestId: ctx.requestId,
    });
  }
  await tx.flush();
  await notifyReferral(tx, WebhookTopic.REFERRAL_RECEIVED, request.toDepartment, referral);
  return referral;
}

/** Sends a referral from a case the caller's department leads; a retry returns the first one. */
export async function sendReferral(
  ctx: Ctx,
  input: {
    caseId: string;
    sharedCategories: DataCategory[];
    emergencyReason?: string | null;
    sentOn?: string | null;
    idempotencyKey?: string | null;
  } & ReferralRequest,
): Promise<Referral> {
  return ctx.em.transactional(async (tx) => {
    const earlier = await replayOf(
      { em: tx, principal: ctx.principal },
      Referral,
      input,
      'idempotencyKey',
    );
    if (earlier) return earlier;
    const caseRow = await tx.findOne(Case, { id: input.caseId });
    if (
      !caseRow ||
      caseRow.leadDepartment !== ctx.principal.department ||
      !inScope(ctx.principal, caseRow.regionCode)
    ) {
      throw unusableReference('case', 'caseId');
    }
    if (caseRow.stage === CaseStage.CLOSED) {
      throw badInput('caseId', 'the case is closed: reopen it before referring');
    }
    const sentOn = input.sentOn ?? chinaToday();
    if (sentOn > chinaToday()) throw badInput('sentOn', 'sentOn is after today');
    if (sentOn < caseRow.openedOn) throw badInput('sentOn', 'sentOn is before the case was opened');
    return createReferral(ctx, tx, caseRow, {
      request: input,
      sharedCategories: input.sharedCategories,
      emergencyReason: input.emergencyReason ?? null,
      sentOn,
      referredFromId: null,
      idempotencyKey: input.idempotencyKey ?? null,
      input,
    });
  });
}

/** What an action says besides which referral: the day, a reason both sides read, a note. */
export interface ActionInput {
  referralId: string;
  on?: string | null;
  note?: string | null;
}

function refusedState(action: ReferralAction, state: ReferralState): GraphQLError {
  const step = REFERRAL_STEPS[action];
  return new GraphQLError(
    `cannot ${action.toLowerCase().replace('_', ' ')}: the referral is ${state}, and this step starts from ${step.from.join(' or ')}`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'referralId', state } },
  );
}

/**
 * One step of a referral by the side allowed to take it: locks the referral, checks the side, the
 * state and the day, lets `apply` do what belongs to the step, moves the state, appends the event
 * and queues the notification, in one transaction. The same step sent again returns the referral
 * as it stands, without a second event.
 */
export async function actOnReferral(
  ctx: Ctx,
  action: ReferralAction,
  input: ActionInput,
  reason: string | null,
  apply?: (referral: Referral, tx: EntityManager, on: string) => Promise<void> | void,
): Promise<Referral> {
  const step = REFERRAL_STEPS[action];
  return ctx.em.transactional(async (tx) => {
    const referral = await tx.findOne(
      Referral,
      { id: input.referralId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const side = referral ? sideOf(ctx.principal, referral) : null;
    if (!referral || !side) throw unusableReference('referral', 'referralId');
    // Whoever sees the referral but is not the side that takes this step (the other side, or
    // the case's lead department following it) is told who does.
    if (side !== step.by) {
      throw forbidden(
        step.by === 'receiver'
          ? `only the receiving department (${referral.toDepartment}) acts on a referral in its inbox`
          : `only the sending department (${referral.fromDepartment}) cancels a referral`,
      );
    }
    if (referral.state === step.to) return referral;
    if (!step.from.includes(referral.state)) throw refusedState(action, referral.state);
    const on = input.on ?? chinaToday();
    const [last] = await tx.execute<Array<{ on: string }>>(
      `select max(effective_on)::text as "on" from referral_events where referral_id = ?`,
      [referral.id],
    );
    if (on > chinaToday()) throw badInput('on', 'on is after today');
    if (last?.on && on < last.on) {
      throw badInput('on', `on (${on}) is before the referral's previous step (${last.on})`);
    }
    await apply?.(referral, tx, on);
    const fromState = referral.state;
    referral.state = step.to;
    tx.create(ReferralEvent, {
      referralId: referral.id,
      kind: step.to,
      fromState,
      toState: step.to,
      effectiveOn: on,
      bySubject: ctx.principal.subject,
      byDepartment: ctx.principal.department,
      reason,
      note: input.note ?? null,
    });
    await tx.flush();
    if (step.notifies) {
      const recipient = step.by === 'receiver' ? referral.fromDepartment : referral.toDepartment;
      await notifyReferral(tx, step.notifies, recipient, referral);
    }
    return referral;
  });
}
