import type { DepartmentSchema } from '../../shared/subgraph.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './graphql/references.js';
// A resolver's operations take their place in the schema when its module loads: these imports
// keep the order of the published queries and mutations.
import { VolunteerTeamResolver } from './resolvers/volunteer-team.resolver.js';
import { YouthVolunteerResolver } from './resolvers/youth-volunteer.resolver.js';
import { VolunteerServiceResolver } from './resolvers/volunteer-service.resolver.js';
import { YouthProgrammeResolver } from './resolvers/youth-programme.resolver.js';
import { YouthEnrolmentResolver } from './resolvers/youth-enrolment.resolver.js';
import { YouthPersonResolver } from './resolvers/person.resolver.js';
import { YouthStationResolver } from './resolvers/station.resolver.js';
import { YouthRegionResolver } from './resolvers/region.resolver.js';

/** The Youth League (团委) subgraph schema. */
export const youthLeagueSchema: DepartmentSchema = {
  resolvers: [
    YouthPersonResolver,
    YouthStationResolver,
    YouthRegionResolver,
    VolunteerTeamResolver,
    YouthVolunteerResolver,
    VolunteerServiceResolver,
    YouthProgrammeResolver,
    YouthEnrolmentResolver,
  ],
  orphanedTypes: [PersonRef, StationRef, RegionRef, ServiceProjectRef],
  contributesTo: ServiceProjectRef,
  fundingRegion: RegionRef,
};
