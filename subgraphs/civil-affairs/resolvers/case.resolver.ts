import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { requireStationFor, unusableReference } from '../../../shared/department/owned.js';
import { relatedView } from '../../../shared/department/related.js';
import { writeOnce } from '../../../shared/department/written.js';
import { badInput } from '../../../shared/errors.js';
import { chinaToday } from '../../../shared/input/dates.js';
import { inDateRange } from '../../../shared/input/period.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { worksOnCase } from '../case-work/case-flow.js';
import { Case, CaseEvent } from '../entities/index.js';
import { CaseStage } from '../entities/enums.js';
import {
  CaseConnection,
  CaseEventView,
  CaseGoalView,
  CaseNeedView,
  CaseView,
  LinkedRecordView,
  toCaseEventView,
  toCaseGoalView,
  toCaseNeedView,
  toCaseView,
  toLinkedRecordView,
} from '../graphql/case.js';
import { CaseFilter, OpenCaseInput } from '../graphql/case.input.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import { ReferralView, toReferralView } from '../graphql/referral.js';
import { SocialWorkerView, toSocialWorkerView } from '../graphql/social-worker.js';
import { StationView, toStationView } from '../graphql/station.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireExisting } from '../rules.js';

type Ctx = CivilAffairsContext;

/** Cases: opening one and reading them. The steps after intake are in `case-step.resolver.ts`. */
@Resolver(() => CaseView)
export class CaseResolver {
  @Authorized(CASE_TEAM)
  @Query(() => CaseView, {
    nullable: true,
    description:
      'A case of your department in your region (个案); null when there is none you may see',
  })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<CaseView | null> {
    return relatedView(ctx.loaders.caseWork.case, id, toCaseView);
  }

  @Authorized(CASE_TEAM)
  @Query(() => CaseConnection, {
    description: "Your department's cases in your region (个案列表), oldest first",
  })
  async cases(
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Connection<CaseView>> {
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        { leadDepartment: ctx.principal.department },
        subtreeFilter(filter?.regionCode),
        filter?.stage ? { stage: filter.stage } : {},
        filter?.stationId ? { stationId: filter.stationId } : {},
        filter?.personId ? { personId: filter.personId } : {},
        inDateRange('openedOn', filter?.from, filter?.to),
      ],
    };
    return mapConnection(await findConnection(ctx.em, Case, where, page), toCaseView);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => CaseView, {
    description:
      'Opens a case (接案) for a person at a station; your department leads it. A retry with the same idempotencyKey returns the same case.',
  })
  async openCase(
    @Arg('input', () => OpenCaseInput) input: OpenCaseInput,
    @Ctx() ctx: Ctx,
  ): Promise<CaseView> {
    const person = await requireExisting(ctx, 'person', input.personId, 'personId');
    if (input.personRegionCode != null && input.personRegionCode !== person.regionCode) {
      throw unusableReference('person', 'personId');
    }
    await requireStationFor(ctx, input.stationId, person.regionCode);
    if (input.workerId) await requireExisting(ctx, 'socialWorker', input.workerId, 'workerId');
    if (input.openedOn > chinaToday()) throw badInput('openedOn', 'openedOn is after today');
    if (input.openedOn < person.birthDate) {
      throw badInput('openedOn', 'openedOn is before the person was born');
    }
    // The case and its first event commit together; a retry with the key returns the case.
    const opened = await writeOnce(
      ctx,
      Case,
      input,
      'idempotencyKey',
      {
        personId: person.id,
        regionCode: person.regionCode,
        stationId: input.stationId,
        workerId: input.workerId ?? null,
        leadDepartment: ctx.principal.department,
        stage: CaseStage.INTAKE,
        openedOn: input.openedOn,
        intakeReason: input.intakeReason,
        idempotencyKey: input.idempotencyKey ?? null,
      },
      async (tx, row) => {
        tx.create(CaseEvent, {
          caseId: row.id,
          kind: 'OPENED',
          toStage: CaseStage.INTAKE,
          effectiveOn: input.openedOn,
          bySubject: ctx.principal.subject,
          byDepartment: ctx.principal.department,
        });
        await tx.flush();
      },
    );
    return toCaseView(opened);
  }

  @FieldResolver(() => PersonView, { nullable: true, description: 'Person served (服务对象)' })
  async person(@Root() row: CaseView, @Ctx() ctx: Ctx): Promise<PersonView | null> {
    return relatedView(ctx.loaders.person, row.personId, toPersonView);
  }

  @FieldResolver(() => StationView, { nullable: true, description: 'Station (承接站点)' })
  async station(@Root() row: CaseView, @Ctx() ctx: Ctx): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, row.stationId, toStationView);
  }

  @FieldResolver(() => SocialWorkerView, {
    nullable: true,
    description: 'Social worker who holds the case (个案社工)',
  })
  async worker(@Root() row: CaseView, @Ctx() ctx: Ctx): Promise<SocialWorkerView | null> {
    return relatedView(ctx.loaders.socialWorker, row.workerId, toSocialWorkerView);
  }

  @FieldResolver(() => [CaseNeedView], {
    description: 'Needs list of the latest assessment (需求清单)',
  })
  async needs(@Root() row: CaseView, @Ctx() ctx: Ctx): Promise<CaseNeedView[]> {
    const needs = await ctx.loaders.caseWork.needsByCase.load(row.id);
    return needs.filter((need) => need.assessedOn === row.assessedOn).map(toCaseNeedView);
  }

  @FieldResolver(() => [CaseGoalView], { description: 'Goals of the current plan (服务计划)' })
  async goals(@Root() row: CaseView, @Ctx() ctx: Ctx): Promise<CaseGoalView[]> {
    const goals = await ctx.loaders.caseWork.goalsByCase.load(row.id);
    return goals.filter((goal) => goal.plannedOn === row.plannedOn).map(toCaseGoalView);
  }

  @FieldResolver(() => [CaseEventView], {
    description: "The case's history, oldest first (个案流程记录)",
  })
  async history(@Root() row: CaseView, @Ctx() ctx: Ctx): Promise<CaseEventView[]> {
    return (await ctx.loaders.caseWork.eventsByCase.load(row.id)).map(toCaseEventView);
  }

  @FieldResolver(() => [LinkedRecordView], {
    description:
      'Records of any department linked to the case, as their owners vouched (关联服务记录)',
  })
  async linkedRecords(@Root() row: CaseView, @Ctx() ctx: Ctx): Promise<LinkedRecordView[]> {
    return (await ctx.loaders.caseWork.linksByCase.load(row.id)).map(toLinkedRecordView);
  }

  @FieldResolver(() => [ReferralView], { description: 'Referrals sent from the case (转介)' })
  async referrals(@Root() row: CaseView, @Ctx() ctx: Ctx): Promise<ReferralView[]> {
    if (!worksOnCase(ctx.principal, row)) return [];
    return (await ctx.loaders.caseWork.referralsByCase.load(row.id)).map(toReferralView);
  }
}
