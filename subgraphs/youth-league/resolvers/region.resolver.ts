import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertInScope } from '../../../shared/scope.js';
import { RegionRef } from '../graphql/references.js';
import {
  toYouthLeagueRegionFigures,
  YouthLeagueRegionFigures,
} from '../graphql/youth-league-region-figures.js';
import type { YouthLeagueContext } from '../loaders.js';

@Resolver(() => RegionRef)
export class YouthRegionResolver {
  @FieldResolver(() => YouthLeagueRegionFigures, {
    nullable: true,
    description: 'Youth League figures over the subtree (团委数据); only in your region',
  })
  async youthLeague(
    @Root() region: { code: string },
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthLeagueRegionFigures> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const [figures, contributed] = await Promise.all([
      ctx.loaders.regionFigures.load(region.code),
      ctx.loaders.contributedIn.load(region.code),
    ]);
    return toYouthLeagueRegionFigures(figures, contributed);
  }
}
