import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DisabilityStationFigures } from '../graphql/disability-station-figures.js';
import { StationRef } from '../graphql/references.js';
import type { DisabilityContext } from '../loaders.js';

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
