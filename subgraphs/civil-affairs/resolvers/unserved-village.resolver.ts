import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PERSON_READERS } from '../../../shared/department/access.js';
import { relatedView } from '../../../shared/department/related.js';
import { cellCount } from '../../../shared/department/small-cells.js';
import { chinaToday, monthsBefore } from '../../../shared/input/dates.js';
import { subtreeInScope } from '../../../shared/scope.js';
import { UnservedVillageArgs, UnservedVillageView } from '../graphql/benefit.js';
import { RegionView, toRegionView } from '../graphql/region.js';
import { unservedVillages } from '../ledger/gaps.js';
import type { CivilAffairsContext } from '../loaders.js';

/** Villages with registered people that no help or service reached lately. */
@Resolver(() => UnservedVillageView)
export class UnservedVillageResolver {
  @Authorized(PERSON_READERS)
  @Query(() => [UnservedVillageView], {
    description:
      'Villages in a division with registered people that no department helped and no service reached in the last months (服务空白村), most people first; for analysts counts under 5 are suppressed',
  })
  async unservedVillages(
    @Args(() => UnservedVillageArgs) args: UnservedVillageArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<UnservedVillageView[]> {
    const prefix = subtreeInScope(ctx.principal, args.regionCode, 'the register');
    const villages = await unservedVillages(ctx.em, {
      prefix,
      since: monthsBefore(chinaToday(), args.months),
      limit: args.first,
    });
    return villages.map((village) => {
      const { count, suppressed } = cellCount(village.people, ctx.principal);
      return { ...village, people: count, suppressed };
    });
  }

  @FieldResolver(() => RegionView, { description: 'The village (村/社区)' })
  async region(
    @Root() village: UnservedVillageView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegionView> {
    return (await relatedView(ctx.loaders.region, village.regionCode, toRegionView))!;
  }
}
