import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertInScope } from '../../../shared/scope.js';
import { RegionRef } from '../graphql/references.js';
import {
  toWomenFederationRegionFigures,
  WomenFederationRegionFigures,
} from '../graphql/women-federation-region-figures.js';
import type { WomenFederationContext } from '../loaders.js';

@Resolver(() => RegionRef)
export class WomenRegionResolver {
  @FieldResolver(() => WomenFederationRegionFigures, {
    nullable: true,
    description: "Women's federation figures over the subtree (妇联数据); only in your region",
  })
  async womenFederation(
    @Root() region: { code: string },
    @Ctx() ctx: WomenFederationContext,
  ): Promise<WomenFederationRegionFigures> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const [figures, contributed] = await Promise.all([
      ctx.loaders.regionFigures.load(region.code),
      ctx.loaders.contributedIn.load(region.code),
    ]);
    return toWomenFederationRegionFigures(figures, contributed);
  }
}
