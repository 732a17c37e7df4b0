import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertInScope } from '../../../shared/scope.js';
import type { DisabilityContext } from '../loaders.js';
import { RegionRef, StationRef } from '../references.js';
import { DisabilityRegionFigures, DisabilityStationFigures } from './types.js';

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

@Resolver(() => StationRef)
export class DisabilityStationResolver {
  @FieldResolver(() => DisabilityStationFigures, {
    nullable: true,
    description:
      "Rehabilitation the station team delivered for the disabled persons' federation (残联在站服务)",
  })
  disabilityFederation(@Root() station: { id: string }, @Ctx() ctx: DisabilityContext) {
    return ctx.loaders.stationFigures.load(station.id);
  }
}
