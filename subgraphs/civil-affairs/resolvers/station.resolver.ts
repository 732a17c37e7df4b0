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
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { assertDepartment, scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { ADMINISTRATORS, ANY_ROLE, STAFF_READERS } from '../../../shared/department/access.js';
import { Station } from '../entities/index.js';
import { AgencyView, toAgencyView } from '../graphql/agency.js';
import { RegionView, toRegionView } from '../graphql/region.js';
import { ServiceProjectView, toServiceProjectView } from '../graphql/service-project.js';
import { SocialWorkerView, toSocialWorkerView } from '../graphql/social-worker.js';
import { StationConnection, StationView, toStationView } from '../graphql/station.js';
import { CreateStationInput, StationFilter, UpdateStationInput } from '../graphql/station.input.js';
import type { CivilAffairsContext } from '../loaders.js';
import { parentProblem, requireExisting, stationRegionProblem } from '../rules.js';
import { writtenBy } from '../../../shared/department/written.js';
import { requireOwned, requireOwnRecord } from '../../../shared/department/owned.js';
import { relatedView } from '../../../shared/department/related.js';
import { applyStandards } from '../standards/station-writes.js';

async function checkParent(
  ctx: CivilAffairsContext,
  station: Pick<Station, 'level' | 'regionCode'>,
  parentId: string,
) {
  const parent = await requireExisting(ctx, 'station', parentId, 'parentId');
  const problem = parentProblem(station, parent);
  if (problem) throw badInput('parentId', problem);
}

@Resolver(() => StationView)
export class StationResolver {
  @Authorized(ANY_ROLE)
  @Query(() => StationConnection, {
    description: 'Stations in your region, filtered, one page at a time (站点列表)',
  })
  async stations(
    @Arg('filter', () => StationFilter, { nullable: true }) filter: StationFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<StationView>> {
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        subtreeFilter(filter?.regionCode),
        filter?.level ? { level: filter.level } : {},
        filter?.status ? { status: filter.status } : {},
      ],
    };
    return mapConnection(await findConnection(ctx.em, Station, where, page), toStationView);
  }

  @Authorized(ANY_ROLE)
  @Query(() => StationView, { nullable: true, description: 'A station by id (站点)' })
  async station(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, id, toStationView);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => StationView, { description: 'Registers a station (新建站点)' })
  async createStation(
    @Arg('input', () => CreateStationInput) input: CreateStationInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView> {
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
    return toStationView(station);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => StationView, { description: 'Changes a station (修改站点)' })
  async updateStation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateStationInput) input: UpdateStationInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView> {
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
    await applyStandards(ctx, station, input);
    if (input.name != null) station.name = input.name;
    if (input.status != null) station.status = input.status;
    if (input.operatorId != null) station.operatorId = input.operatorId;
    if (input.parentId != null) station.parentId = input.parentId;
    if (input.openedOn != null) station.openedOn = input.openedOn;
    if (input.address != null) station.address = input.address;
    await ctx.em.flush();
    return toStationView(station);
  }

  @FieldResolver(() => RegionView, { nullable: true, description: 'Division it serves (服务区划)' })
  async region(
    @Root() station: StationView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegionView | null> {
    return relatedView(ctx.loaders.region, station.regionCode, toRegionView);
  }

  @FieldResolver(() => StationView, {
    nullable: true,
    description: 'Supervising station one level up (上级站点)',
  })
  async parent(
    @Root() station: StationView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, station.parentId, toStationView);
  }

  @FieldResolver(() => [StationView], { description: 'Stations it supervises (下级站点)' })
  async children(
    @Root() station: StationView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView[]> {
    return (await ctx.loaders.stationChildren.load(station.id)).map(toStationView);
  }

  @FieldResolver(() => AgencyView, {
    nullable: true,
    description: 'Agency that runs it (承接机构)',
  })
  async operator(
    @Root() station: StationView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<AgencyView | null> {
    return relatedView(ctx.loaders.agency, station.operatorId, toAgencyView);
  }

  @Authorized(STAFF_READERS)
  @FieldResolver(() => [SocialWorkerView], {
    nullable: true,
    description: 'Social workers posted here (驻站社工)',
  })
  async socialWorkers(
    @Root() station: StationView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorkerView[]> {
    return (await ctx.loaders.workersByStation.load(station.id)).map(toSocialWorkerView);
  }

  @FieldResolver(() => [ServiceProjectView], { description: 'Projects delivered here (承接项目)' })
  async projects(
    @Root() station: StationView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceProjectView[]> {
    return (await ctx.loaders.projectsByStation.load(station.id)).map(toServiceProjectView);
  }
}
