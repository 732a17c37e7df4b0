import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { relatedView } from '../../../shared/department/related.js';
import { StationOutOfStandardView } from '../graphql/station-standards.js';
import { StationView, toStationView } from '../graphql/station.js';
import type { CivilAffairsContext } from '../loaders.js';

/** The station of a report line. */
@Resolver(() => StationOutOfStandardView)
export class StationOutOfStandardResolver {
  @FieldResolver(() => StationView, { nullable: true, description: 'The station (站点)' })
  async station(
    @Root() line: StationOutOfStandardView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, line.id, toStationView);
  }
}
