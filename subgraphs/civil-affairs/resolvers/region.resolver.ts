import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ANY_ROLE, REFERENCE_WRITERS } from '../access.js';
import { unusableReference } from '../../../shared/department/owned.js';
import { assertDepartment, assertInScope, inScope, inScopeOrAbove } from '../../../shared/scope.js';
import { Length } from 'class-validator';
import { badInput } from '../../../shared/errors.js';
import { DateScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import { parseDivisionCode } from '../../../shared/validators/division-code.js';
import { RegionLevel } from '../../../shared/enums.js';
import { Region } from '../entities/index.js';
import type { CivilAffairsContext } from '../loaders.js';
import {
  AssistanceSummary,
  RegionCoverage,
  ServiceStats,
  Workforce,
} from './types/region-stats.types.js';
import { FilterDate } from '../../../shared/input/rules.js';

@ArgsType()
class DateRangeArgs {
  @Field(() => DateScalar, { nullable: true, description: 'First day included (起始日期)' })
  @FilterDate()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day included (截止日期)' })
  @FilterDate()
  to?: string | null;
}

@InputType({ description: 'A division to add to the tree (新增行政区划)' })
class RegisterRegionInput {
  @Field({ description: 'Division code: 6, 9 or 12 digits' })
  @IsDivisionCode()
  code!: string;

  @Field({ description: 'Name (名称)' })
  @Length(1, 100)
  name!: string;
}

function range(args: DateRangeArgs) {
  const from = args.from ?? null;
  const to = args.to ?? null;
  if (from && to && to < from) throw badInput('to', `to (${to}) is before from (${from})`);
  return { from, to };
}

@Resolver(() => Region)
export class RegionResolver {
  @Authorized(ANY_ROLE)
  @Query(() => Region, {
    nullable: true,
    description:
      'A division by its code (按代码查询行政区划): in your region or on its path to the root; null otherwise, as for a code that does not exist',
  })
  async region(
    @Arg('code', () => ID) code: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Region | null> {
    const parsed = parseDivisionCode(code);
    if (!parsed.ok) throw badInput('code', `invalid division code: ${parsed.reason}`);
    if (!inScopeOrAbove(ctx.principal, parsed.code)) return null;
    return ctx.loaders.region.load(parsed.code);
  }

  @Authorized(REFERENCE_WRITERS)
  @Mutation(() => Region, {
    description: 'Adds a division under its registered parent; idempotent by code',
  })
  async registerRegion(
    @Arg('input', () => RegisterRegionInput) input: RegisterRegionInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Region> {
    const parsed = parseDivisionCode(input.code);
    if (!parsed.ok) throw badInput('code', parsed.reason);
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'registering divisions');
    // A division goes under a registered parent in the caller's region: outside it, and under
    // a parent never registered, the answer is the same.
    if (
      !inScope(ctx.principal, parsed.code) ||
      (parsed.parentCode && !(await ctx.owner.find('region', parsed.parentCode)))
    ) {
      throw unusableReference('parent division', 'code');
    }
    const existing = await ctx.loaders.region.load(parsed.code);
    const region =
      existing ??
      ctx.em.create(Region, {
        code: parsed.code,
        name: input.name,
        level: parsed.level as RegionLevel,
        parentCode: parsed.parentCode,
      });
    region.name = input.name;
    await ctx.em.flush();
    return region;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Parent division (上级区划)' })
  parent(@Root() region: Region, @Ctx() ctx: CivilAffairsContext): Promise<Region | null> | null {
    return region.parentCode ? ctx.loaders.region.load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: 'Divisions directly below (下级区划)' })
  children(@Root() region: Region, @Ctx() ctx: CivilAffairsContext): Promise<Region[]> {
    return ctx.loaders.regionChildren.load(region.code);
  }

  @FieldResolver(() => RegionCoverage, {
    nullable: true,
    description: 'Station coverage over the subtree (站点覆盖)',
  })
  coverage(@Root() region: Region, @Ctx() ctx: CivilAffairsContext): Promise<RegionCoverage> {
    assertInScope(ctx.principal, region.code, 'statistics');
    return ctx.loaders.coverage.load(region.code);
  }

  @FieldResolver(() => ServiceStats, {
    nullable: true,
    description: 'Service output over the subtree (服务成效); only in your region',
  })
  serviceStats(
    @Root() region: Region,
    @Args(() => DateRangeArgs) args: DateRangeArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceStats> {
    assertInScope(ctx.principal, region.code, 'statistics');
    return ctx.loaders.serviceStats.load({ code: region.code, ...range(args) });
  }

  @FieldResolver(() => Workforce, {
    nullable: true,
    description: 'Social work manpower over the subtree (人才队伍)',
  })
  workforce(@Root() region: Region, @Ctx() ctx: CivilAffairsContext): Promise<Workforce> {
    assertInScope(ctx.principal, region.code, 'statistics');
    return ctx.loaders.workforce.load(region.code);
  }

  @FieldResolver(() => AssistanceSummary, {
    nullable: true,
    description: 'Temporary assistance over the subtree (临时救助)',
  })
  assistance(
    @Root() region: Region,
    @Args(() => DateRangeArgs) args: DateRangeArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<AssistanceSummary> {
    assertInScope(ctx.principal, region.code, 'statistics');
    return ctx.loaders.assistance.load({ code: region.code, ...range(args) });
  }
}
