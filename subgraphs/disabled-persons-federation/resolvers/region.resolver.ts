import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertInScope } from '../../../shared/scope.js';
import { DisabilityRegionFigures } from '../graphql/disability-region-figures.js';
import { RegionRef } from '../graphql/references.js';
import type { DisabilityContext } from '../loaders.js';

@Resolver(() => RegionRef)
export class DisabilityRegionResolver {
  @FieldResolver(() => DisabilityRegionFigures, {
    nullable: true,
    description:
      "Disabled persons' federation figures over the subtree (残联数据); only in your region",
  })
  async disabilityFederation(
    @Root() region: { code: string },
    @Ctx() ctx: DisabilityContext,
  ): Promise<DisabilityRegionFigures> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const [figures, contributed] = await Promise.all([
      ctx.loaders.regionFigures.load(region.code),
      ctx.loaders.contributedIn.load(region.code),
    ]);
    return { ...figures, contributed };
  }
}
