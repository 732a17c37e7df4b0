import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  CASE_TEAM,
  PERSON_READERS,
  personalAccess,
  REGISTER,
  STAFF_READERS,
} from '../../../shared/department/access.js';
import { keyedBy, replayOf } from '../../../shared/department/written.js';
import { maskPersonal } from '../../../shared/department/masking.js';
import { scopeWhere } from '../../../shared/scope.js';
import { badInput } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import {
  ProjectStation,
  ServiceRecord,
  ServiceRecordPerson,
  ServiceRecordWorker,
} from '../entities/index.js';
import { inDateRange } from '../../../shared/input/period.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import { ServiceProjectView, toServiceProjectView } from '../graphql/service-project.js';
import {
  ServiceRecordConnection,
  ServiceRecordView,
  toServiceRecordView,
} from '../graphql/service-record.js';
import { RecordServiceInput, ServiceRecordFilter } from '../graphql/service.input.js';
import { SocialWorkerView, toSocialWorkerView } from '../graphql/social-worker.js';
import { StationView, toStationView } from '../graphql/station.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireAll, requireExisting } from '../rules.js';
import { relatedView } from '../../../shared/department/related.js';

@Resolver(() => ServiceRecordView)
export class ServiceRecordResolver {
  @Authorized(PERSON_READERS)
  @Query(() => ServiceRecordConnection, { description: 'Services delivered (服务记录列表)' })
  async serviceRecords(
    @Arg('filter', () => ServiceRecordFilter, { nullable: true })
    filter: ServiceRecordFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<ServiceRecordView>> {
    const where = {
      ...scopeWhere(ctx.principal),
      ...(filter?.stationId ? { stationId: filter.stationId } : {}),
      ...(filter?.projectId ? { projectId: filter.projectId } : {}),
      ...(filter?.method ? { method: filter.method } : {}),
      ...(filter?.serviceArea ? { serviceArea: filter.serviceArea } : {}),
      ...(filter?.targetGroup ? { targetGroups: { $contains: [filter.targetGroup] } } : {}),
      ...inDateRange('servedOn', filter?.from, filter?.to),
    };
    const connection = await findConnection(ctx.em, ServiceRecord, where, page);
    return mapConnection(connection, toServiceRecordView);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => ServiceRecordView, { description: 'Records a delivered service (记录服务)' })
  async recordService(
    @Arg('input', () => RecordServiceInput) input: RecordServiceInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceRecordView> {
    const personIds = [...new Set(input.personIds)];
    const workerIds = [...new Set(input.workerIds)];
    if (input.personTimes < personIds.length) {
      throw badInput(
        'personTimes',
        `personTimes (${input.personTimes}) is less than the ${personIds.length} people listed`,
      );
    }
    const station = await requireExisting(ctx, 'station', input.stationId, 'stationId');
    if (input.projectId) {
      const project = await requireExisting(ctx, 'project', input.projectId, 'projectId');
      const delivers = await ctx.em.count(ProjectStation, {
        projectId: project.id,
        stationId: station.id,
      });
      if (delivers === 0)
        throw badInput('projectId', 'the project is not delivered at this station');
      if (input.servedOn < project.startsOn || input.servedOn > project.endsOn) {
        throw badInput(
          'servedOn',
          `${input.servedOn} is outside the project's term ${project.startsOn} – ${project.endsOn}`,
        );
      }
    }
    await requireAll(ctx, 'socialWorker', workerIds, 'workerIds');
    await requireAll(ctx, 'person', personIds, 'personIds');
    // Keys are looked up only among the caller's own, after every reference was checked.
    const earlier = await replayOf(ctx, ServiceRecord, input, 'idempotencyKey');
    if (earlier) return toServiceRecordView(earlier);

    const record = ctx.em.create(ServiceRecord, {
      method: input.method,
      serviceArea: input.serviceArea ?? null,
      targetGroups: input.targetGroups,
      stationId: station.id,
      projectId: input.projectId ?? null,
      regionCode: station.regionCode,
      servedOn: input.servedOn,
      durationMinutes: Math.round(input.hours * 60),
      personTimes: input.personTimes,
      households: input.households,
      summary: input.summary ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
      ...keyedBy(ctx.principal, input),
    });
    for (const workerId of workerIds)
      ctx.em.create(ServiceRecordWorker, { recordId: record.id, workerId });
    for (const personId of personIds)
      ctx.em.create(ServiceRecordPerson, { recordId: record.id, personId });
    await ctx.em.flush();
    return toServiceRecordView(record);
  }

  @FieldResolver(() => StationView, {
    nullable: true,
    description: 'Station whose team delivered it',
  })
  async station(
    @Root() record: ServiceRecordView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, record.stationId, toStationView);
  }

  @FieldResolver(() => ServiceProjectView, {
    nullable: true,
    description: 'Project it was delivered under',
  })
  async project(
    @Root() record: ServiceRecordView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceProjectView | null> {
    return relatedView(ctx.loaders.project, record.projectId, toServiceProjectView);
  }

  @Authorized(STAFF_READERS)
  @FieldResolver(() => [SocialWorkerView], { description: 'Social workers who delivered it' })
  async workers(
    @Root() record: ServiceRecordView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorkerView[]> {
    return (await ctx.loaders.workersByRecord.load(record.id)).map(toSocialWorkerView);
  }

  @FieldResolver(() => [PersonView], { description: 'Registered people who received it' })
  async people(
    @Root() record: ServiceRecordView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonView[]> {
    return (await ctx.loaders.peopleByRecord.load(record.id)).map(toPersonView);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'What was done (服务摘要), a case note: only for a supervisor who states a purpose (logged for each person served); null for everyone else',
  })
  async summary(
    @Root() record: ServiceRecordView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<string | null> {
    const { principal, purpose } = ctx;
    const summary = maskPersonal('caseNote', record.summary, principal, purpose, REGISTER);
    if (summary !== null && personalAccess(principal, purpose, REGISTER) === 'revealed') {
      const people = await ctx.loaders.peopleByRecord.load(record.id);
      await Promise.all(
        people.map((person) =>
          ctx.loaders.reveal.load({
            personId: person.id,
            personRegionCode: person.regionCode,
            field: 'serviceSummary',
          }),
        ),
      );
    }
    return summary;
  }
}
