import { createAccessLogResolver } from '../../shared/audit/access-log.resolver.js';
import { createContributionResolver } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { buildFederatedSchema, type FederatedSchema } from '../../shared/federation.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './graphql/references.js';
// A resolver's operations take their place in the schema when its module loads: these imports
// keep the order of the published queries and mutations.
import { VolunteerTeamResolver } from './resolvers/volunteer-team.resolver.js';
import { YouthVolunteerResolver } from './resolvers/youth-volunteer.resolver.js';
import { YouthProgrammeResolver } from './resolvers/youth-programme.resolver.js';
import { YouthEnrolmentResolver } from './resolvers/youth-enrolment.resolver.js';
import { YouthPersonResolver } from './resolvers/person.resolver.js';
import { YouthStationResolver } from './resolvers/station.resolver.js';
import { YouthRegionResolver } from './resolvers/region.resolver.js';

/** The Youth League (团委) subgraph schema. */
export function buildYouthLeagueSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      YouthPersonResolver,
      YouthStationResolver,
      YouthRegionResolver,
      VolunteerTeamResolver,
      YouthVolunteerResolver,
      YouthProgrammeResolver,
      YouthEnrolmentResolver,
      createContributionResolver({
        department: Department.YOUTH_LEAGUE,
        field: 'youthLeagueContribution',
        mutation: 'recordYouthLeagueContribution',
        reversal: 'reverseYouthLeagueContribution',
        projectType: ServiceProjectRef,
        label: 'the Youth League (团委)',
      }),
      createAccessLogResolver('youthLeagueAccessLog', 'YOUTH_LEAGUE', 'Youth League'),
    ],
    orphanedTypes: [PersonRef, StationRef, RegionRef, ServiceProjectRef],
    referenceResolvers: {},
  });
}
