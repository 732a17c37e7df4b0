import { createAccessLogResolver } from '../../shared/audit/access-log.resolver.js';
import { buildFederatedSchema, type FederatedSchema } from '../../shared/federation.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './references.js';
import {
  CharityPersonResolver,
  CharityProjectResolver,
  CharityRegionResolver,
  CharityStationResolver,
} from './resolvers/extensions.resolver.js';
import { CharityFundsResolver } from './resolvers/funds.resolver.js';
import { CharityGrantReversalResolver } from './resolvers/reversal.resolver.js';
import { CharityVolunteerResolver } from './resolvers/volunteers.resolver.js';

/** The charity (慈善) subgraph schema. */
export function buildCharitySchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      CharityProjectResolver,
      CharityPersonResolver,
      CharityStationResolver,
      CharityRegionResolver,
      CharityFundsResolver,
      CharityGrantReversalResolver,
      CharityVolunteerResolver,
      createAccessLogResolver('charityAccessLog', 'CHARITY', 'charity'),
    ],
    orphanedTypes: [PersonRef, StationRef, RegionRef, ServiceProjectRef],
    referenceResolvers: {},
  });
}
