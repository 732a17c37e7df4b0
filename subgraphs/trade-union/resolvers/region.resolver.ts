import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertInScope } from '../../../shared/scope.js';
import { RegionRef } from '../graphql/references.js';
import { TradeUnionRegionFigures } from '../graphql/trade-union-region-figures.js';
import type { TradeUnionContext } from '../loaders.js';

@Resolver(() => RegionRef)
export class TradeUnionRegionResolver {
  @FieldResolver(() => TradeUnionRegionFigures, {
    nullable: true,
    description: 'Trade union figures over the subtree (工会数据); only in your region',
  })
  async tradeUnion(
    @Root() region: { code: string },
    @Ctx() ctx: TradeUnionContext,
  ): Promise<TradeUnionRegionFigures> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const [figures, contributed] = await Promise.all([
      ctx.loaders.regionFigures.load(region.code),
      ctx.loaders.contributedIn.load(region.code),
    ]);
    return { ...figures, contributed };
  }
}
