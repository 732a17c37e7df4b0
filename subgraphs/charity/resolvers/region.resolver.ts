import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertInScope } from '../../../shared/scope.js';
import { CharityRegionFigures } from '../graphql/charity-region-figures.js';
import { RegionRef } from '../graphql/references.js';
import type { CharityContext } from '../loaders.js';

@Resolver(() => RegionRef)
export class CharityRegionResolver {
  @FieldResolver(() => CharityRegionFigures, {
    nullable: true,
    description: 'Charity figures over the subtree (慈善数据); only in your region',
  })
  charity(@Root() region: { code: string }, @Ctx() ctx: CharityContext) {
    assertInScope(ctx.principal, region.code, 'statistics');
    return ctx.loaders.regionFigures.load(region.code);
  }
}
