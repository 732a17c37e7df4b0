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
import { ADMINISTRATORS, STAFF_READERS, WORKFORCE } from '../../../shared/department/access.js';
import { maskPersonal } from '../../../shared/department/masking.js';
import {
  assertDepartment,
  scopedLookup,
  scopeWhere,
  subtreeFilter,
} from '../../../shared/scope.js';
import { badInput } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { validateIdentityNumber } from '../../../shared/validators/identity-number.js';
import { Certification } from '../entities/enums.js';
import { SocialWorker } from '../entities/index.js';
import { AgencyView, toAgencyView } from '../graphql/agency.js';
import { RegionView, toRegionView } from '../graphql/region.js';
import { RegisterSocialWorkerInput, SocialWorkerFilter } from '../graphql/registry.input.js';
import {
  SocialWorkerConnection,
  SocialWorkerView,
  toSocialWorkerView,
} from '../graphql/social-worker.js';
import { StationView, toStationView } from '../graphql/station.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireExisting, workerStationProblem } from '../rules.js';
import { writtenBy } from '../../../shared/department/written.js';
import { requireOwned } from '../../../shared/department/owned.js';
import { relatedView } from '../../../shared/department/related.js';

@Resolver(() => SocialWorkerView)
export class SocialWorkerResolver {
  @Authorized(STAFF_READERS)
  @Query(() => SocialWorkerConnection, { description: 'Social workers (社工列表)' })
  async socialWorkers(
    @Arg('filter', () => SocialWorkerFilter, { nullable: true }) filter: SocialWorkerFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<SocialWorkerView>> {
    const where = {
      $and: [scopeWhere(ctx.principal), subtreeFilter(filter?.regionCode)],
      ...(filter?.stationId ? { stationId: filter.stationId } : {}),
      ...(filter?.certified == null
        ? {}
        : { certification: filter.certified ? { $ne: Certification.NONE } : Certification.NONE }),
    };
    const connection = await findConnection(ctx.em, SocialWorker, where, page);
    return mapConnection(connection, toSocialWorkerView);
  }

  @Authorized(STAFF_READERS)
  @Query(() => SocialWorkerView, { nullable: true, description: 'A social worker by id (社工)' })
  async socialWorker(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorkerView | null> {
    const worker = scopedLookup(ctx.principal, await ctx.em.findOne(SocialWorker, { id }));
    return worker && toSocialWorkerView(worker);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => SocialWorkerView, {
    description: 'Registers a social worker; the same identity number updates the record',
  })
  async registerSocialWorker(
    @Arg('input', () => RegisterSocialWorkerInput) input: RegisterSocialWorkerInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorkerView> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'registering social workers');
    await requireOwned(ctx, 'region', input.regionCode, 'regionCode');
    if (input.stationId) {
      const station = await requireExisting(ctx, 'station', input.stationId, 'stationId');
      const problem = workerStationProblem(station, input.regionCode);
      if (problem) throw badInput('stationId', problem);
    }
    if (input.agencyId) await requireExisting(ctx, 'agency', input.agencyId, 'agencyId');
    if (input.certifiedOn && input.certification === Certification.NONE)
      throw badInput('certifiedOn', 'certifiedOn is given for a worker without a qualification');
    const identity = input.identityNumber ? validateIdentityNumber(input.identityNumber) : null;
    const identityNumber = identity?.ok ? identity.value : null;
    const existing = identityNumber ? await ctx.em.findOne(SocialWorker, { identityNumber }) : null;
    const worker =
      existing ??
      ctx.em.create(SocialWorker, {
        ...writtenBy(ctx.principal),
        name: input.name,
        identityNumber,
        regionCode: input.regionCode,
        employment: input.employment,
        certification: input.certification,
      });
    Object.assign(worker, {
      name: input.name,
      regionCode: input.regionCode,
      stationId: input.stationId ?? null,
      agencyId: input.agencyId ?? null,
      employment: input.employment,
      certification: input.certification,
      certifiedOn: input.certifiedOn ?? null,
    });
    await ctx.em.flush();
    return toSocialWorkerView(worker);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name (姓名): for staff of every department; null for viewers and auditors',
  })
  name(@Root() worker: SocialWorkerView, @Ctx() ctx: CivilAffairsContext): string | null {
    return maskPersonal('name', worker.name, ctx.principal, ctx.purpose, WORKFORCE);
  }

  @FieldResolver(() => Boolean, { description: 'Holds a national qualification (是否持证)' })
  certified(@Root() worker: SocialWorkerView): boolean {
    return worker.certification !== Certification.NONE;
  }

  @FieldResolver(() => RegionView, { nullable: true, description: 'Division where registered' })
  async region(
    @Root() worker: SocialWorkerView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegionView | null> {
    return relatedView(ctx.loaders.region, worker.regionCode, toRegionView);
  }

  @FieldResolver(() => StationView, { nullable: true, description: 'Station posted at (驻站)' })
  async station(
    @Root() worker: SocialWorkerView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, worker.stationId, toStationView);
  }

  @FieldResolver(() => AgencyView, { nullable: true, description: 'Employing agency (所属机构)' })
  async agency(
    @Root() worker: SocialWorkerView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<AgencyView | null> {
    return relatedView(ctx.loaders.agency, worker.agencyId, toAgencyView);
  }
}
