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
import { ADMINISTRATORS, ANY_ROLE } from '../../../shared/department/access.js';
import { writtenBy } from '../../../shared/department/written.js';
import { unusable } from '../../../shared/errors.js';
import {
  assertDepartment,
  inScope,
  scopedLookup,
  scopeWhere,
  subtreeFilter,
} from '../../../shared/scope.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { validateCreditCode } from '../../../shared/validators/credit-code.js';
import { Agency } from '../entities/index.js';
import { AgencyConnection, AgencyView, toAgencyView } from '../graphql/agency.js';
import { RegionView, toRegionView } from '../graphql/region.js';
import { AgencyFilter, RegisterAgencyInput } from '../graphql/registry.input.js';
import { StationView, toStationView } from '../graphql/station.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireOwned } from '../../../shared/department/owned.js';
import { relatedView } from '../../../shared/department/related.js';

@Resolver(() => AgencyView)
export class AgencyResolver {
  @Authorized(ANY_ROLE)
  @Query(() => AgencyConnection, { description: 'Social work agencies (社工机构列表)' })
  async agencies(
    @Arg('filter', () => AgencyFilter, { nullable: true }) filter: AgencyFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<AgencyView>> {
    // Agencies registered in the caller's region, and those running a station there.
    const scope = scopeWhere(ctx.principal).regionCode;
    const operators = await ctx.em.execute<Array<{ id: string }>>(
      'SELECT DISTINCT operator_id::text AS id FROM stations WHERE operator_id IS NOT NULL AND region_code LIKE ?',
      [scope.$like],
    );
    const where = {
      $and: [
        { $or: [{ regionCode: scope }, { id: { $in: operators.map((row) => row.id) } }] },
        subtreeFilter(filter?.regionCode),
      ],
    };
    return mapConnection(await findConnection(ctx.em, Agency, where, page), toAgencyView);
  }

  @Authorized(ANY_ROLE)
  @Query(() => AgencyView, {
    nullable: true,
    description: 'An agency by id (社工机构); null when absent or registered outside your region',
  })
  async agency(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<AgencyView | null> {
    const agency = scopedLookup(ctx.principal, await ctx.loaders.agency.load(id));
    return agency && toAgencyView(agency);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => AgencyView, {
    description: 'Registers an agency, or updates the one with the same credit code',
  })
  async registerAgency(
    @Arg('input', () => RegisterAgencyInput) input: RegisterAgencyInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<AgencyView> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'registering agencies');
    await requireOwned(ctx, 'region', input.regionCode, 'regionCode');
    const creditCode = validateCreditCode(input.creditCode);
    const code = creditCode.ok ? creditCode.value : input.creditCode;
    const existing = await ctx.em.findOne(Agency, { creditCode: code });
    // An agency registered elsewhere is that region's to change: its code cannot be used here,
    // and saying more would tell where it is registered.
    if (existing && !inScope(ctx.principal, existing.regionCode)) {
      throw unusable('creditCode', 'credit code');
    }
    const agency =
      existing ??
      ctx.em.create(Agency, {
        name: input.name,
        creditCode: code,
        regionCode: input.regionCode,
        ...writtenBy(ctx.principal),
      });
    agency.name = input.name;
    agency.regionCode = input.regionCode;
    if (input.address !== undefined) agency.address = input.address ?? null;
    await ctx.em.flush();
    return toAgencyView(agency);
  }

  @FieldResolver(() => RegionView, {
    nullable: true,
    description: 'Division where it is registered (登记地)',
  })
  async region(
    @Root() agency: AgencyView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegionView | null> {
    return relatedView(ctx.loaders.region, agency.regionCode, toRegionView);
  }

  @FieldResolver(() => [StationView], { description: 'Stations it runs (运营站点)' })
  async stations(
    @Root() agency: AgencyView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView[]> {
    return (await ctx.loaders.stationsByOperator.load(agency.id)).map(toStationView);
  }
}
