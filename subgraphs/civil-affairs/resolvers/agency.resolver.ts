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
import { ANY_ROLE, REFERENCE_WRITERS } from '../access.js';
import { writtenBy } from '../../../shared/department/written.js';
import { unusable } from '../../../shared/errors.js';
import { assertDepartment, inScope, scopedLookup, scopeWhere } from '../../../shared/scope.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { validateCreditCode } from '../../../shared/validators/credit-code.js';
import { Agency, Region, Station } from '../entities/index.js';
import type { CivilAffairsContext } from '../loaders.js';
import { inRegionSubtree } from './filters.js';
import { AgencyFilter, RegisterAgencyInput } from './types/registry.input.js';
import { requireOwned } from '../../../shared/department/owned.js';

export const AgencyConnection = connectionType(Agency, 'Agency', 'social work agencies (社工机构)');

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized(ANY_ROLE)
  @Query(() => AgencyConnection, { description: 'Social work agencies (社工机构列表)' })
  async agencies(
    @Arg('filter', () => AgencyFilter, { nullable: true }) filter: AgencyFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<Agency>> {
    // Agencies registered in the caller's region, and those running a station there.
    const scope = scopeWhere(ctx.principal).regionCode;
    const operators = await ctx.em.execute<Array<{ id: string }>>(
      'SELECT DISTINCT operator_id::text AS id FROM stations WHERE operator_id IS NOT NULL AND region_code LIKE ?',
      [scope.$like],
    );
    const where = {
      $and: [
        { $or: [{ regionCode: scope }, { id: { $in: operators.map((row) => row.id) } }] },
        inRegionSubtree(filter?.regionCode),
      ],
    };
    return findConnection(ctx.em, Agency, where, page);
  }

  @Authorized(ANY_ROLE)
  @Query(() => Agency, {
    nullable: true,
    description: 'An agency by id (社工机构); null when absent or registered outside your region',
  })
  async agency(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Agency | null> {
    return scopedLookup(ctx.principal, await ctx.loaders.agency.load(id));
  }

  @Authorized(REFERENCE_WRITERS)
  @Mutation(() => Agency, {
    description: 'Registers an agency, or updates the one with the same credit code',
  })
  async registerAgency(
    @Arg('input', () => RegisterAgencyInput) input: RegisterAgencyInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Agency> {
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
    return agency;
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'Division where it is registered (登记地)',
  })
  region(@Root() agency: Agency, @Ctx() ctx: CivilAffairsContext): Promise<Region | null> {
    return ctx.loaders.region.load(agency.regionCode);
  }

  @FieldResolver(() => [Station], { description: 'Stations it runs (运营站点)' })
  stations(@Root() agency: Agency, @Ctx() ctx: CivilAffairsContext): Promise<Station[]> {
    return ctx.loaders.stationsByOperator.load(agency.id);
  }
}
