import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ADMINISTRATORS, ANY_ROLE } from '../../../shared/department/access.js';
import { relatedView } from '../../../shared/department/related.js';
import { chinaToday } from '../../../shared/input/dates.js';
import { pageRequest, toConnection, type Connection } from '../../../shared/pagination.js';
import { assertDepartment, subtreeInScope } from '../../../shared/scope.js';
import {
  StationDesignationView,
  StationOutOfStandardConnection,
  StationOutOfStandardView,
  StationStandardView,
  SupervisionEventView,
  toBreachView,
  toDesignationView,
  toStandardView,
  toSupervisionEventView,
} from '../graphql/station-standards.js';
import {
  RecordSupervisionEventInput,
  StationsOutOfStandardArgs,
} from '../graphql/station-standards.input.js';
import { StationView, toStationView } from '../graphql/station.js';
import type { CivilAffairsContext } from '../loaders.js';
import { countOutOfStandard, stationsOutOfStandard } from '../standards/breaches.js';
import { STATION_RULES } from '../standards/rules.js';
import { recordSupervision } from '../standards/station-writes.js';

/** Stations held to standards: who supervises them, the supervision held, and who falls short. */
@Resolver(() => StationView)
export class StationStandardsResolver {
  @Authorized(ANY_ROLE)
  @Query(() => [StationStandardView], {
    description: 'The standards stations are held to, with their parameters (站点建设标准)',
  })
  stationStandards(): StationStandardView[] {
    return STATION_RULES.map(toStandardView);
  }

  @Authorized(ANY_ROLE)
  @Query(() => StationOutOfStandardConnection, {
    description:
      'Operating stations of a division that break a standard on a day, each with the standards broken and the facts (不达标站点), ordered by station id',
  })
  async stationsOutOfStandard(
    @Args(() => StationsOutOfStandardArgs) args: StationsOutOfStandardArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<StationOutOfStandardView>> {
    const prefix = subtreeInScope(ctx.principal, args.regionCode, 'stations');
    const request = pageRequest(args);
    const asOf = args.asOf ?? chinaToday();
    const rows =
      request.first === 0
        ? []
        : await stationsOutOfStandard(ctx.em, {
            prefix,
            asOf,
            afterId: request.afterId,
            limit: request.first + 1,
          });
    const views = rows.map((row) => ({
      id: row.stationId,
      breaches: row.breaches.map(toBreachView),
    }));
    return toConnection(views, request, () => countOutOfStandard(ctx.em, { prefix, asOf }));
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => SupervisionEventView, {
    description:
      'Records supervision held at a station of your region (记录督导); the same record sent again returns the first',
  })
  async recordSupervisionEvent(
    @Arg('input', () => RecordSupervisionEventInput) input: RecordSupervisionEventInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SupervisionEventView> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'recording supervision');
    return toSupervisionEventView(await recordSupervision(ctx, input));
  }

  @FieldResolver(() => StationView, {
    nullable: true,
    description: 'Station that supervises its work (督导站), of any level',
  })
  async supervisingStation(
    @Root() station: StationView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, station.supervisingStationId, toStationView);
  }

  @FieldResolver(() => [StationView], {
    description: 'Stations whose work it supervises (督导的站点), by division code',
  })
  async supervisedStations(
    @Root() station: StationView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView[]> {
    return (await ctx.loaders.standards.supervisedStations.load(station.id)).map(toStationView);
  }

  @FieldResolver(() => [StationDesignationView], {
    description: 'Pilot and demonstration designations (试点/示范), oldest first',
  })
  async designations(
    @Root() station: StationView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationDesignationView[]> {
    return (await ctx.loaders.standards.designations.load(station.id)).map(toDesignationView);
  }

  @FieldResolver(() => [SupervisionEventView], {
    description: 'Supervision held at it (督导记录), newest first',
  })
  async supervisionEvents(
    @Root() station: StationView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SupervisionEventView[]> {
    return (await ctx.loaders.standards.supervisionEvents.load(station.id)).map(
      toSupervisionEventView,
    );
  }
}
