import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ANY_ROLE, CASE_TEAM } from '../../../shared/department/access.js';
import { relatedView } from '../../../shared/department/related.js';
import { chinaToday } from '../../../shared/input/dates.js';
import { DateRangeArgs, dateRange, inDateRange } from '../../../shared/input/period.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { scopeWhere, subtreeFilter, subtreeInScope } from '../../../shared/scope.js';
import { inForce } from '../case-work/consent-rules.js';
import { referralFlows } from '../case-work/figures.js';
import { AWAITING_ANSWER } from '../case-work/referral-flow.js';
import { Referral } from '../entities/index.js';
import { DataCategory } from '../entities/enums.js';
import {
  CaseGoalView,
  CaseNeedView,
  CaseView,
  LinkedRecordView,
  toCaseGoalView,
  toCaseNeedView,
  toCaseView,
} from '../graphql/case.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import {
  ReferralConnection,
  ReferralEventView,
  ReferralFlowView,
  ReferralView,
  toReferralEventView,
  toReferralView,
} from '../graphql/referral.js';
import { ReferralFilter } from '../graphql/referral.input.js';
import { StationView, toStationView } from '../graphql/station.js';
import type { CivilAffairsContext } from '../loaders.js';

type Ctx = CivilAffairsContext;

/**
 * Whether the caller sees a category of the referred person's data: the department that leads
 * the case always does; any other department on the referral only for the categories shared,
 * and only while the consent that allowed it is in force (or the referral was an emergency).
 */
async function sees(ctx: Ctx, referral: ReferralView, category: DataCategory): Promise<boolean> {
  if (ctx.principal.department === referral.leadDepartment) return true;
  if (!referral.sharedCategories.includes(category)) return false;
  if (referral.consentId === null) return referral.emergency;
  const consent = await ctx.loaders.caseWork.consent.load(referral.consentId);
  return consent !== null && inForce(consent, chinaToday());
}

/** The referral lists of one side: the inbox or the sent list, with the same filters. */
async function referralList(
  ctx: Ctx,
  side: 'toDepartment' | 'fromDepartment',
  filter: ReferralFilter | null,
  page: ConnectionArgs,
): Promise<Connection<ReferralView>> {
  const today = chinaToday();
  const awaiting = { state: { $in: [...AWAITING_ANSWER] }, dueOn: { $lt: today } };
  const overdue =
    filter?.overdue == null
      ? {}
      : filter.overdue
        ? awaiting
        : { $or: [{ state: { $nin: [...AWAITING_ANSWER] } }, { dueOn: { $gte: today } }] };
  const other = side === 'toDepartment' ? 'fromDepartment' : 'toDepartment';
  const where = {
    $and: [
      scopeWhere(ctx.principal),
      { [side]: ctx.principal.department },
      subtreeFilter(filter?.regionCode),
      filter?.states?.length ? { state: { $in: filter.states } } : {},
      filter?.urgency ? { urgency: filter.urgency } : {},
      overdue,
      filter?.department ? { [other]: filter.department } : {},
      filter?.personId ? { personId: filter.personId } : {},
      inDateRange('sentOn', filter?.from, filter?.to),
    ],
  };
  return mapConnection(await findConnection(ctx.em, Referral, where, page), toReferralView);
}

/** Referrals as each side sees them, the two lists of each department, and the figures. */
@Resolver(() => ReferralView)
export class ReferralResolver {
  @Authorized(CASE_TEAM)
  @Query(() => ReferralView, {
    nullable: true,
    description: 'A referral your department sent or received, in your region; null otherwise',
  })
  async referral(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<ReferralView | null> {
    return relatedView(ctx.loaders.caseWork.referral, id, toReferralView);
  }

  @Authorized(CASE_TEAM)
  @Query(() => ReferralConnection, {
    description: 'Referrals sent to your department (转介收件箱), in your region, oldest first',
  })
  async referralsInbox(
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter: ReferralFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Connection<ReferralView>> {
    return referralList(ctx, 'toDepartment', filter, page);
  }

  @Authorized(CASE_TEAM)
  @Query(() => ReferralConnection, {
    description: 'Referrals your department sent (已发转介), in your region, oldest first',
  })
  async referralsSent(
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter: ReferralFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Connection<ReferralView>> {
    return referralList(ctx, 'fromDepartment', filter, page);
  }

  @Authorized(ANY_ROLE)
  @Query(() => [ReferralFlowView], {
    description:
      'Referrals between departments for people in a region, sent in a period (转介统计): counts, acceptance rate, median days, overdue. Figures only, no person.',
  })
  async referralFigures(
    @Arg('regionCode', () => String) regionCode: string,
    @Args(() => DateRangeArgs) period: DateRangeArgs,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralFlowView[]> {
    const prefix = subtreeInScope(ctx.principal, regionCode, 'referral figures');
    return referralFlows(ctx.em, prefix, dateRange(period), chinaToday());
  }

  @FieldResolver(() => CaseView, {
    nullable: true,
    description: 'The case referred: for the department that leads it only',
  })
  async case(@Root() referral: ReferralView, @Ctx() ctx: Ctx): Promise<CaseView | null> {
    return relatedView(ctx.loaders.caseWork.case, referral.caseId, toCaseView);
  }

  @FieldResolver(() => PersonView, {
    nullable: true,
    description:
      'Person referred: for the receiving department only when IDENTITY is shared and the consent is in force',
  })
  async person(@Root() referral: ReferralView, @Ctx() ctx: Ctx): Promise<PersonView | null> {
    if (!(await sees(ctx, referral, DataCategory.IDENTITY))) return null;
    return relatedView(ctx.loaders.person, referral.personId, toPersonView);
  }

  @FieldResolver(() => [CaseNeedView], {
    nullable: true,
    description:
      "The case's needs list: for the receiving department only when NEEDS is shared and the consent is in force",
  })
  async needs(@Root() referral: ReferralView, @Ctx() ctx: Ctx): Promise<CaseNeedView[] | null> {
    if (!(await sees(ctx, referral, DataCategory.NEEDS))) return null;
    const caseRow = await ctx.loaders.caseWork.anyCase.load(referral.caseId);
    const needs = await ctx.loaders.caseWork.needsByCase.load(referral.caseId);
    return needs.filter((need) => need.assessedOn === caseRow?.assessedOn).map(toCaseNeedView);
  }

  @FieldResolver(() => [CaseGoalView], {
    nullable: true,
    description:
      "The case's plan: for the receiving department only when PLAN is shared and the consent is in force",
  })
  async goals(@Root() referral: ReferralView, @Ctx() ctx: Ctx): Promise<CaseGoalView[] | null> {
    if (!(await sees(ctx, referral, DataCategory.PLAN))) return null;
    const caseRow = await ctx.loaders.caseWork.anyCase.load(referral.caseId);
    const goals = await ctx.loaders.caseWork.goalsByCase.load(referral.caseId);
    return goals.filter((goal) => goal.plannedOn === caseRow?.plannedOn).map(toCaseGoalView);
  }

  @FieldResolver(() => StationView, {
    nullable: true,
    description: 'Station where the service is wanted (接收站点)',
  })
  async toStation(@Root() referral: ReferralView, @Ctx() ctx: Ctx): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, referral.toStationId, toStationView);
  }

  @FieldResolver(() => [ReferralEventView], {
    description:
      'Every transition, oldest first; internal notes only for the department that wrote them',
  })
  async history(@Root() referral: ReferralView, @Ctx() ctx: Ctx): Promise<ReferralEventView[]> {
    const events = await ctx.loaders.caseWork.eventsByReferral.load(referral.id);
    return events.map((event) => toReferralEventView(event, ctx.principal.department));
  }

  @FieldResolver(() => LinkedRecordView, {
    nullable: true,
    description: "The receiving department's own record of the service, linked on completion",
  })
  linkedRecord(@Root() referral: ReferralView): LinkedRecordView | null {
    if (!referral.linkedRecordKind || !referral.linkedRecordId) return null;
    return {
      department: referral.toDepartment,
      kind: referral.linkedRecordKind,
      id: referral.linkedRecordId,
      date: referral.completedOn,
    };
  }

  @FieldResolver(() => ReferralView, {
    nullable: true,
    description: 'The referral this one passed on, when you may see it',
  })
  async referredFrom(
    @Root() referral: ReferralView,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralView | null> {
    return relatedView(ctx.loaders.caseWork.referral, referral.referredFromId, toReferralView);
  }

  @FieldResolver(() => ReferralView, {
    nullable: true,
    description: 'The referral this one was passed on as, when you may see it',
  })
  async onwardReferral(
    @Root() referral: ReferralView,
    @Ctx() ctx: Ctx,
  ): Promise<ReferralView | null> {
    return relatedView(ctx.loaders.caseWork.referral, referral.onwardReferralId, toReferralView);
  }
}
