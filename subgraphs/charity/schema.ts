import type { DepartmentSchema } from '../../shared/subgraph.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './graphql/references.js';
// A resolver's operations take their place in the schema when its module loads: these imports
// keep the order of the published queries and mutations.
import { CharityFundResolver } from './resolvers/charity-fund.resolver.js';
import { DonationResolver } from './resolvers/donation.resolver.js';
import { CharityGrantResolver } from './resolvers/charity-grant.resolver.js';
import { CharityVolunteerResolver } from './resolvers/charity-volunteer.resolver.js';
import { CharityProjectResolver } from './resolvers/service-project.resolver.js';
import { CharityPersonResolver } from './resolvers/person.resolver.js';
import { CharityStationResolver } from './resolvers/station.resolver.js';
import { CharityRegionResolver } from './resolvers/region.resolver.js';

/** The charity (慈善) subgraph schema. */
export const charitySchema: DepartmentSchema = {
  resolvers: [
    CharityProjectResolver,
    CharityPersonResolver,
    CharityStationResolver,
    CharityRegionResolver,
    CharityFundResolver,
    DonationResolver,
    CharityGrantResolver,
    CharityVolunteerResolver,
  ],
  orphanedTypes: [PersonRef, StationRef, RegionRef, ServiceProjectRef],
};
