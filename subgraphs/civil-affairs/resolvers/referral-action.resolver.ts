import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINISTRATORS, ANY_ROLE, CASE_TEAM } from '../../../shared/department/access.js';
import { unusableReference } from '../../../shared/department/owned.js';
import { badInput } from '../../../shared/errors.js';
import { ownerOfKind } from '../../../shared/linked-records.js';
import { linkRecordToCase } from '../case-work/links.js';
import { DEFAULT_RESPONSE_DAYS } from '../case-work/referral-flow.js';
import { actOnReferral, createReferral, sendReferral } from '../case-work/referrals.js';
import { Case, ReferralResponseDays } from '../entities/index.js';
import { ReferralUrgency } from '../entities/enums.js';
import { ReferralResponseTimeView, ReferralView, toReferralView } from '../graphql/referral.js';
import {
  AcceptReferralInput,
  CancelReferralInput,
  CompleteReferralInput,
  DeclineReferralInput,
  ReceiveReferralInput,
  ReferOnwardInput,
  SendReferralInput,
  SetReferralResponseTimeInput,
  StartReferralServiceInput,
} from '../graphql/referral.input.js';
import type { CivilAffairsContext } from '../loaders.js';

type Ctx = CivilAffairsContext;

/**
 * What departments do with referrals: the case's lead department sends and cancels; the
 * receiving department receives, accepts or declines or passes on, serves and completes, each
 * step one event and, where the other side must know, one notification.
 */
@Resolver(() => ReferralView)
export class ReferralActionResolver {
  @Authorized(CASE_TEAM)
  @Mutation(() => ReferralView, {
    description:
      "Refers a case your department leads to another department (发起转介), sharing only what the person's consent covers",
  })
  async sendReferral(
    @Arg('input', () => SendReferralInput) input: SendReferralInput,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralView> {
    return toReferralView(await sendReferral(ctx, input));
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => ReferralView, { description: 'The receiving department has seen it (接收)' })
  async receiveReferral(
    @Arg('input', () => ReceiveReferralInput) input: ReceiveReferralInput,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralView> {
    return toReferralView(await actOnReferral(ctx, 'RECEIVE', input, null));
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => ReferralView, {
    description: 'The receiving department takes the person on (受理)',
  })
  async acceptReferral(
    @Arg('input', () => AcceptReferralInput) input: AcceptReferralInput,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralView> {
    const accepted = await actOnReferral(ctx, 'ACCEPT', input, null, (referral, _tx, on) => {
      referral.respondedOn = on;
    });
    return toReferralView(accepted);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => ReferralView, {
    description: 'The receiving department declines, saying why (拒绝)',
  })
  async declineReferral(
    @Arg('input', () => DeclineReferralInput) input: DeclineReferralInput,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralView> {
    const declined = await actOnReferral(
      ctx,
      'DECLINE',
      input,
      input.reason,
      (referral, _tx, on) => {
        referral.respondedOn = on;
        referral.declineReason = input.reason;
      },
    );
    return toReferralView(declined);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => ReferralView, {
    description:
      'Passes a received referral on to a department better placed (再转介): this one becomes REFERRED_ONWARD and a new one is sent, under the same consent rules',
  })
  async referReferralOnward(
    @Arg('input', () => ReferOnwardInput) input: ReferOnwardInput,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralView> {
    const passed = await actOnReferral(
      ctx,
      'REFER_ONWARD',
      input,
      input.onward.reason,
      async (referral, tx, on) => {
        const caseRow = await tx.findOneOrFail(Case, { id: referral.caseId });
        const onward = await createReferral(ctx, tx, caseRow, {
          request: input.onward,
          sharedCategories: referral.sharedCategories,
          emergencyReason: referral.emergencyReason,
          sentOn: on,
          referredFromId: referral.id,
          idempotencyKey: null,
          input,
        });
        referral.respondedOn = on;
        referral.onwardReferralId = onward.id;
      },
    );
    return toReferralView(passed);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => ReferralView, { description: 'The service begins (开始服务)' })
  async startReferralService(
    @Arg('input', () => StartReferralServiceInput) input: StartReferralServiceInput,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralView> {
    return toReferralView(await actOnReferral(ctx, 'START_SERVICE', input, null));
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => ReferralView, {
    description:
      "Completes the referral (完成) with its outcome and your department's own record of the service, which your department's system vouches for; the record is linked to the case",
  })
  async completeReferral(
    @Arg('input', () => CompleteReferralInput) input: CompleteReferralInput,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralView> {
    const { kind, id } = input.linkedRecord;
    const completed = await actOnReferral(
      ctx,
      'COMPLETE',
      input,
      null,
      async (referral, tx, on) => {
        if (ownerOfKind(kind) !== referral.toDepartment) {
          throw badInput(
            'linkedRecord.kind',
            `a referral is completed with a record of ${referral.toDepartment}`,
          );
        }
        const record = await ctx.records.find(kind, id);
        if (!record) throw unusableReference('record', 'linkedRecord.id');
        if (record.personId !== referral.personId) {
          throw badInput('linkedRecord.id', 'the record is not about the person referred');
        }
        referral.completedOn = on;
        referral.outcome = input.outcome;
        referral.linkedRecordKind = kind;
        referral.linkedRecordId = id;
        await linkRecordToCase(tx, ctx.principal, referral.caseId, record);
      },
    );
    return toReferralView(completed);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => ReferralView, {
    description: 'The sending department withdraws the referral (撤回)',
  })
  async cancelReferral(
    @Arg('input', () => CancelReferralInput) input: CancelReferralInput,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralView> {
    return toReferralView(await actOnReferral(ctx, 'CANCEL', input, input.reason));
  }

  @Authorized(ANY_ROLE)
  @Query(() => [ReferralResponseTimeView], {
    description: 'Days your department gives itself to answer referrals, by urgency (应答时限)',
  })
  async referralResponseTimes(@Ctx() ctx: Ctx): Promise<ReferralResponseTimeView[]> {
    const set = await ctx.em.find(ReferralResponseDays, { department: ctx.principal.department });
    return Object.values(ReferralUrgency).map((urgency) => {
      const own = set.find((row) => row.urgency === urgency);
      return { urgency, days: own?.days ?? DEFAULT_RESPONSE_DAYS[urgency], isDefault: !own };
    });
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => [ReferralResponseTimeView], {
    description:
      'Sets the days your department gives itself to answer referrals of an urgency; referrals sent from now on are due accordingly',
  })
  async setReferralResponseTime(
    @Arg('input', () => SetReferralResponseTimeInput) input: SetReferralResponseTimeInput,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralResponseTimeView[]> {
    await ctx.em.upsert(ReferralResponseDays, {
      department: ctx.principal.department,
      urgency: input.urgency,
      days: input.days,
      updatedBy: ctx.principal.subject,
      updatedAt: new Date(),
    });
    return this.referralResponseTimes(ctx);
  }
}
