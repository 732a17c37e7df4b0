import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { relatedView } from '../../../shared/department/related.js';
import { SupervisionEventView } from '../graphql/station-standards.js';
import { StationView, toStationView } from '../graphql/station.js';
import type { CivilAffairsContext } from '../loaders.js';

/** The stations of a supervision event. */
@Resolver(() => SupervisionEventView)
export class SupervisionEventResolver {
  @FieldResolver(() => StationView, { nullable: true, description: 'Station where it was held' })
  async station(
    @Root() event: SupervisionEventView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, event.stationId, toStationView);
  }

  @FieldResolver(() => StationView, {
    nullable: true,
    description: 'Supervising station that held it, when one did (督导站)',
  })
  async heldByStation(
    @Root() event: SupervisionEventView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, event.heldByStationId, toStationView);
  }
}
