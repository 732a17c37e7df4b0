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
import { REFERENCE_WRITERS, STAFF_READERS } from '../access.js';
import { WORKFORCE } from '../../../shared/department/access.js';
import { maskPersonal } from '../../../shared/department/masking.js';
import { assertDepartment, scopedLookup, scopeWhere } from '../../../shared/scope.js';
import { badInput } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { validateIdentityNumber } from '../../../shared/validators/identity-number.js';
import { Certification } from '../entities/enums.js';
import { Agency, Region, SocialWorker, Station } from '../entities/index.js';
import type { CivilAffairsContext } from '../loaders.js';
import { workerStationProblem } from '../rules.js';
import { requireExisting } from './checks.js';
import { inRegionSubtree } from './filters.js';
import { RegisterSocialWorkerInput, SocialWorkerFilter } from './types/registry.input.js';
import { writtenBy } from '../../../shared/department/written.js';
import { requireOwned } from '../../../shared/department/owned.js';

export const SocialWorkerConnection = connectionType(
  SocialWorker,
  'SocialWorker',
  'social workers (社工)',
);

@Resolver(() => SocialWorker)
export class SocialWorkerResolver {
  @Authorized(STAFF_READERS)
  @Query(() => SocialWorkerConnection, { description: 'Social workers (社工列表)' })
  socialWorkers(
    @Arg('filter', () => SocialWorkerFilter, { nullable: true }) filter: SocialWorkerFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<SocialWorker>> {
    const where = {
      $and: [scopeWhere(ctx.principal), inRegionSubtree(filter?.regionCode)],
      ...(filter?.stationId ? { stationId: filter.stationId } : {}),
      ...(filter?.certified == null
        ? {}
        : { certification: filter.certified ? { $ne: Certification.NONE } : Certification.NONE }),
    };
    return findConnection(ctx.em, SocialWorker, where, page);
  }

  @Authorized(STAFF_READERS)
  @Query(() => SocialWorker, { nullable: true, description: 'A social worker by id (社工)' })
  async socialWorker(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorker | null> {
    return scopedLookup(ctx.principal, await ctx.em.findOne(SocialWorker, { id }));
  }

  @Authorized(REFERENCE_WRITERS)
  @Mutation(() => SocialWorker, {
    description: 'Registers a social worker; the same identity number updates the record',
  })
  async registerSocialWorker(
    @Arg('input', () => RegisterSocialWorkerInput) input: RegisterSocialWorkerInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorker> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'registering social workers');
    await requireOwned(ctx, 'region', input.regionCode, 'regionCode');
    if (input.stationId) {
      const station = await requireExisting(ctx, 'station', input.stationId, 'stationId');
      const problem = workerStationProblem(station, input.regionCode);
      if (problem) throw badInput('stationId', problem);
    }
    if (input.agencyId) await requireExisting(ctx, 'agency', input.agencyId, 'agencyId');
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
    });
    await ctx.em.flush();
    return worker;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name (姓名): for staff of every department; null for viewers and auditors',
  })
  name(@Root() worker: SocialWorker, @Ctx() ctx: CivilAffairsContext): string | null {
    return maskPersonal('name', worker.name, ctx.principal, ctx.purpose, WORKFORCE);
  }

  @FieldResolver(() => Boolean, { description: 'Holds a national qualification (是否持证)' })
  certified(@Root() worker: SocialWorker): boolean {
    return worker.certification !== Certification.NONE;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Division where registered' })
  region(@Root() worker: SocialWorker, @Ctx() ctx: CivilAffairsContext): Promise<Region | null> {
    return ctx.loaders.region.load(worker.regionCode);
  }

  @FieldResolver(() => Station, { nullable: true, description: 'Station posted at (驻站)' })
  station(
    @Root() worker: SocialWorker,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Station | null> | null {
    return worker.stationId ? ctx.loaders.station.load(worker.stationId) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Employing agency (所属机构)' })
  agency(
    @Root() worker: SocialWorker,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Agency | null> | null {
    return worker.agencyId ? ctx.loaders.agency.load(worker.agencyId) : null;
  }
}
