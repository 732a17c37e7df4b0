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
import { badInput } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { assertDepartment, scopedLookup, scopeWhere } from '../../../shared/scope.js';
import { ANY_ROLE, REFERENCE_WRITERS, STAFF_READERS } from '../access.js';
import { Agency, Region, ServiceProject, SocialWorker, Station } from '../entities/index.js';
import type { CivilAffairsContext } from '../loaders.js';
import { parentProblem, stationRegionProblem } from '../rules.js';
import { requireExisting } from './checks.js';
import { inRegionSubtree } from './filters.js';
import { CreateStationInput, StationFilter, UpdateStationInput } from './types/station.input.js';
import { writtenBy } from '../../../shared/department/written.js';
import { requireOwned, requireOwnRecord } from '../../../shared/department/owned.js';

export const StationConnection = connectionType(Station, 'Station', 'stations (站点)');

async function checkParent(
  ctx: CivilAffairsContext,
  station: Pick<Station, 'level' | 'regionCode'>,
  parentId: string,
) {
  const parent = await requireExisting(ctx, 'station', parentId, 'parentId');
  const problem = parentProblem(station, parent);
  if (problem) throw badInput('parentId', problem);
}

@Resolver(() => Station)
export class StationResolver {
  @Authorized(ANY_ROLE)
  @Query(() => StationConnection, {
    description: 'Stations in your region, filtered, one page at a time (站点列表)',
  })
  stations(
    @Arg('filter', () => StationFilter, { nullable: true }) filter: StationFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<Station>> {
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        inRegionSubtree(filter?.regionCode),
        filter?.level ? { level: filter.level } : {},
        filter?.status ? { status: filter.status } : {},
      ],
    };
    return findConnection(ctx.em, Station, where, page);
  }

  @Authorized(ANY_ROLE)
  @Query(() => Station, { nullable: true, description: 'A station by id (站点)' })
  async station(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Station | null> {
    return scopedLookup(ctx.principal, await ctx.em.findOne(Station, { id }));
  }

  @Authorized(REFERENCE_WRITERS)
  @Mutation(() => Station, { description: 'Registers a station (新建站点)' })
  async createStation(
    @Arg('input', () => CreateStationInput) input: CreateStationInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Station> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'registering stations');
    await requireOwned(ctx, 'region', input.regionCode, 'regionCode');
    const region = await requireExisting(ctx, 'region', input.regionCode, 'regionCode');
    const regionProblem = stationRegionProblem(input.level, region);
    if (regionProblem) throw badInput('regionCode', regionProblem);
    if (input.parentId)
      await checkParent(ctx, { level: input.level, regionCode: region.code }, input.parentId);
    if (input.operatorId) await requireExisting(ctx, 'agency', input.operatorId, 'operatorId');
    const station = ctx.em.create(Station, {
      ...writtenBy(ctx.principal),
      name: input.name,
      level: input.level,
      status: input.status,
      regionCode: region.code,
      parentId: input.parentId ?? null,
      operatorId: input.operatorId ?? null,
      openedOn: input.openedOn ?? null,
      address: input.address ?? null,
    });
    await ctx.em.flush();
    return station;
  }

  @Authorized(REFERENCE_WRITERS)
  @Mutation(() => Station, { description: 'Changes a station (修改站点)' })
  async updateStation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateStationInput) input: UpdateStationInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Station> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'changing stations');
    const station = requireOwnRecord(
      ctx.principal,
      await ctx.em.findOne(Station, { id }),
      (found) => found.regionCode,
      'id',
      'station',
    );
    if (input.parentId) {
      if (input.parentId === station.id)
        throw badInput('parentId', 'a station cannot supervise itself');
      await checkParent(ctx, station, input.parentId);
    }
    if (input.operatorId) await requireExisting(ctx, 'agency', input.operatorId, 'operatorId');
    if (input.name != null) station.name = input.name;
    if (input.status != null) station.status = input.status;
    if (input.operatorId != null) station.operatorId = input.operatorId;
    if (input.parentId != null) station.parentId = input.parentId;
    if (input.openedOn != null) station.openedOn = input.openedOn;
    if (input.address != null) station.address = input.address;
    await ctx.em.flush();
    return station;
  }

  @FieldResolver(() => String, { description: 'Division code it serves (服务区划代码)' })
  regionCode(@Root() station: Station): string {
    return station.regionCode;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Division it serves (服务区划)' })
  region(@Root() station: Station, @Ctx() ctx: CivilAffairsContext): Promise<Region | null> {
    return ctx.loaders.region.load(station.regionCode);
  }

  @FieldResolver(() => Station, {
    nullable: true,
    description: 'Supervising station one level up (上级站点)',
  })
  parent(
    @Root() station: Station,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Station | null> | null {
    return station.parentId ? ctx.loaders.station.load(station.parentId) : null;
  }

  @FieldResolver(() => [Station], { description: 'Stations it supervises (下级站点)' })
  children(@Root() station: Station, @Ctx() ctx: CivilAffairsContext): Promise<Station[]> {
    return ctx.loaders.stationChildren.load(station.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Agency that runs it (承接机构)' })
  operator(
    @Root() station: Station,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Agency | null> | null {
    return station.operatorId ? ctx.loaders.agency.load(station.operatorId) : null;
  }

  @Authorized(STAFF_READERS)
  @FieldResolver(() => [SocialWorker], {
    nullable: true,
    description: 'Social workers posted here (驻站社工)',
  })
  socialWorkers(
    @Root() station: Station,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorker[]> {
    return ctx.loaders.workersByStation.load(station.id);
  }

  @FieldResolver(() => [ServiceProject], { description: 'Projects delivered here (承接项目)' })
  projects(@Root() station: Station, @Ctx() ctx: CivilAffairsContext): Promise<ServiceProject[]> {
    return ctx.loaders.projectsByStation.load(station.id);
  }
}
