import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { STAFF_READERS } from '../../../shared/department/access.js';
import { findInRegion } from '../../../shared/department/own-records.js';
import { inDateRange } from '../../../shared/input/period.js';
import { ConnectionArgs, mapConnection, type Connection } from '../../../shared/pagination.js';
import { VolunteerService } from '../entities/index.js';
import { VolunteerServiceFilter } from '../graphql/inputs.js';
import {
  toVolunteerServiceView,
  VolunteerServiceConnection,
  VolunteerServiceView,
} from '../graphql/volunteer-service.js';
import type { YouthLeagueContext } from '../loaders.js';

@Resolver(() => VolunteerServiceView)
export class VolunteerServiceResolver {
  @Authorized(STAFF_READERS)
  @Query(() => VolunteerServiceConnection, {
    description:
      "Volunteer service sessions of the League's teams in your region (志愿服务记录列表)",
  })
  async volunteerServices(
    @Arg('filter', () => VolunteerServiceFilter, { nullable: true })
    filter: VolunteerServiceFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<Connection<VolunteerServiceView>> {
    const where = {
      $and: [
        filter?.volunteerId ? { volunteerId: filter.volunteerId } : {},
        // A session keeps its volunteer, not the team: the team is the volunteer's.
        filter?.teamId ? { volunteerId: { teamId: filter.teamId } } : {},
        inDateRange('servedOn', filter?.from, filter?.to),
      ],
    };
    const services = await findInRegion(ctx, VolunteerService, page, filter?.regionCode, where);
    return mapConnection(services, toVolunteerServiceView);
  }
}
