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
import { unusableReference } from '../../../shared/department/owned.js';
import { countRows } from '../../../shared/db/rows.js';
import {
  assertDepartment,
  assertInScope,
  inScope,
  inScopeOrAbove,
  NATIONAL_CODE,
  subtreeInScope,
} from '../../../shared/scope.js';
import { badInput } from '../../../shared/errors.js';
import { parseDivisionCode } from '../../../shared/validators/division-code.js';
import { RegionLevel } from '../../../shared/enums.js';
import { Region } from '../entities/index.js';
import { DateRangeArgs, dateRange } from '../../../shared/input/period.js';
import {
  codePageRequest,
  ConnectionArgs,
  mapConnection,
  toCodeConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { NATIONAL_REGION, RegionConnection, RegionView, toRegionView } from '../graphql/region.js';
import { RegisterRegionInput } from '../graphql/region.input.js';
import {
  AssistanceSummary,
  RegionCoverage,
  ServiceStats,
  Workforce,
} from '../graphql/region-stats.js';
import type { CivilAffairsContext } from '../loaders.js';
import { relatedView } from '../../../shared/department/related.js';

@Resolver(() => RegionView)
export class RegionResolver {
  @Authorized(ANY_ROLE)
  @Query(() => RegionView, {
    nullable: true,
    description:
      'A division by its code (按代码查询行政区划): in your region or on its path to the root; null otherwise, as for a code that does not exist',
  })
  async region(
    @Arg('code', () => ID) code: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegionView | null> {
    // The country is the root above the provinces, for those whose region it is.
    if (code.trim() === NATIONAL_CODE)
      return inScope(ctx.principal, NATIONAL_CODE) ? NATIONAL_REGION : null;
    const parsed = parseDivisionCode(code);
    if (!parsed.ok) throw badInput('code', `invalid division code: ${parsed.reason}`);
    if (!inScopeOrAbove(ctx.principal, parsed.code)) return null;
    return relatedView(ctx.loaders.region, parsed.code, toRegionView);
  }

  @Authorized(ANY_ROLE)
  @Query(() => RegionConnection, {
    description:
      'Divisions below a division of your region (下级区划列表), of one level or all, ordered by code; 100000 for the whole country',
  })
  async regions(
    @Arg('under', () => String, {
      description:
        'The division whose subtree is listed, itself left out: 6, 9 or 12 digits, or 100000',
    })
    under: string,
    @Arg('level', () => RegionLevel, { nullable: true, description: 'Only this level (层级)' })
    level: RegionLevel | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<RegionView>> {
    const code = under.trim();
    const prefix = subtreeInScope(ctx.principal, code, 'the division', 'under');
    const request = codePageRequest(page);
    const where = {
      code: { $like: `${prefix}%`, $ne: code },
      ...(level ? { level } : {}),
    };
    const after = request.afterCode ? { code: { $gt: request.afterCode } } : {};
    const rows =
      request.first === 0
        ? []
        : await ctx.em.find(
            Region,
            { $and: [where, after] },
            { orderBy: { code: 'asc' }, limit: request.first + 1 },
          );
    const connection = toCodeConnection(rows, request, () => countRows(ctx.em, Region, where));
    return mapConnection(connection, toRegionView);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => RegionView, {
    description: 'Adds a division under its registered parent; idempotent by code',
  })
  async registerRegion(
    @Arg('input', () => RegisterRegionInput) input: RegisterRegionInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegionView> {
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
    return toRegionView(region);
  }

  @FieldResolver(() => RegionView, { nullable: true, description: 'Parent division (上级区划)' })
  async parent(
    @Root() region: RegionView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegionView | null> {
    return relatedView(ctx.loaders.region, region.parentCode, toRegionView);
  }

  @FieldResolver(() => [RegionView], { description: 'Divisions directly below (下级区划)' })
  async children(
    @Root() region: RegionView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegionView[]> {
    if (region.code === NATIONAL_CODE) {
      const provinces = await ctx.em.find(
        Region,
        { level: RegionLevel.PROVINCE },
        { orderBy: { code: 'asc' } },
      );
      return provinces.map(toRegionView);
    }
    return (await ctx.loaders.regionChildren.load(region.code)).map(toRegionView);
  }

  @FieldResolver(() => RegionCoverage, {
    nullable: true,
    description: 'Station coverage over the subtree (站点覆盖)',
  })
  coverage(@Root() region: RegionView, @Ctx() ctx: CivilAffairsContext): Promise<RegionCoverage> {
    assertInScope(ctx.principal, region.code, 'statistics');
    return ctx.loaders.coverage.load(region.code);
  }

  @FieldResolver(() => ServiceStats, {
    nullable: true,
    description: 'Service output over the subtree (服务成效); only in your region',
  })
  async serviceStats(
    @Root() region: RegionView,
    @Args(() => DateRangeArgs) args: DateRangeArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceStats> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const key = { code: region.code, ...dateRange(args) };
    return { ...(await ctx.loaders.serviceStats.load(key)), key };
  }

  @FieldResolver(() => Workforce, {
    nullable: true,
    description: 'Social work manpower over the subtree (人才队伍)',
  })
  workforce(@Root() region: RegionView, @Ctx() ctx: CivilAffairsContext): Promise<Workforce> {
    assertInScope(ctx.principal, region.code, 'statistics');
    return ctx.loaders.workforce.load(region.code);
  }

  @FieldResolver(() => AssistanceSummary, {
    nullable: true,
    description: 'Temporary assistance over the subtree (临时救助)',
  })
  assistance(
    @Root() region: RegionView,
    @Args(() => DateRangeArgs) args: DateRangeArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<AssistanceSummary> {
    assertInScope(ctx.principal, region.code, 'statistics');
    return ctx.loaders.assistance.load({ code: region.code, ...dateRange(args) });
  }
}
