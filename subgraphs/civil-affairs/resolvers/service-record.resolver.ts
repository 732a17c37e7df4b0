import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CASE_ROLES, PERSON_READERS, STAFF_READERS } from '../access.js';
import { keyedBy, replayOf } from '../../../shared/department/written.js';
import { personalAccess, REGISTER } from '../../../shared/department/access.js';
import { maskPersonal } from '../../../shared/department/masking.js';
import { scopeWhere } from '../../../shared/scope.js';
import { badInput } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  type Connection,
} from '../../../shared/pagination.js';
import {
  Person,
  ProjectStation,
  ServiceProject,
  ServiceRecord,
  ServiceRecordPerson,
  ServiceRecordWorker,
  SocialWorker,
  Station,
} from '../entities/index.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireAll, requireExisting } from './checks.js';
import { inDateRange } from './filters.js';
import { RecordServiceInput, ServiceRecordFilter } from './types/service.input.js';

export const ServiceRecordConnection = connectionType(
  ServiceRecord,
  'ServiceRecord',
  'service records (服务记录)',
);

@Resolver(() => ServiceRecord)
export class ServiceRecordResolver {
  @Authorized(PERSON_READERS)
  @Query(() => ServiceRecordConnection, { description: 'Services delivered (服务记录列表)' })
  serviceRecords(
    @Arg('filter', () => ServiceRecordFilter, { nullable: true })
    filter: ServiceRecordFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<ServiceRecord>> {
    const where = {
      ...scopeWhere(ctx.principal),
      ...(filter?.stationId ? { stationId: filter.stationId } : {}),
      ...(filter?.projectId ? { projectId: filter.projectId } : {}),
      ...(filter?.method ? { method: filter.method } : {}),
      ...inDateRange('servedOn', filter?.from, filter?.to),
    };
    return findConnection(ctx.em, ServiceRecord, where, page);
  }

  @Authorized(CASE_ROLES)
  @Mutation(() => ServiceRecord, { description: 'Records a delivered service (记录服务)' })
  async recordService(
    @Arg('input', () => RecordServiceInput) input: RecordServiceInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceRecord> {
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
    if (earlier) return earlier;

    const record = ctx.em.create(ServiceRecord, {
      method: input.method,
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
    return record;
  }

  @FieldResolver(() => Float, { description: 'Hours spent (服务时长)' })
  hours(@Root() record: ServiceRecord): number {
    return record.durationMinutes / 60;
  }

  @FieldResolver(() => Station, { nullable: true, description: 'Station whose team delivered it' })
  station(@Root() record: ServiceRecord, @Ctx() ctx: CivilAffairsContext): Promise<Station | null> {
    return ctx.loaders.station.load(record.stationId);
  }

  @FieldResolver(() => ServiceProject, {
    nullable: true,
    description: 'Project it was delivered under',
  })
  project(
    @Root() record: ServiceRecord,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceProject | null> | null {
    return record.projectId ? ctx.loaders.project.load(record.projectId) : null;
  }

  @Authorized(STAFF_READERS)
  @FieldResolver(() => [SocialWorker], { description: 'Social workers who delivered it' })
  workers(@Root() record: ServiceRecord, @Ctx() ctx: CivilAffairsContext): Promise<SocialWorker[]> {
    return ctx.loaders.workersByRecord.load(record.id);
  }

  @FieldResolver(() => [Person], { description: 'Registered people who received it' })
  people(@Root() record: ServiceRecord, @Ctx() ctx: CivilAffairsContext): Promise<Person[]> {
    return ctx.loaders.peopleByRecord.load(record.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'What was done (服务摘要), a case note: only for a supervisor who states a purpose (logged for each person served); null for everyone else',
  })
  async summary(
    @Root() record: ServiceRecord,
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
