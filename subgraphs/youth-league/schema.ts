import { createAccessLogResolver } from '../../shared/audit/access-log.resolver.js';
import { createContributionResolver } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { buildFederatedSchema, type FederatedSchema } from '../../shared/federation.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './references.js';
import {
  YouthPersonResolver,
  YouthRegionResolver,
  YouthStationResolver,
} from './resolvers/extensions.resolver.js';
import { YouthQueriesResolver } from './resolvers/queries.resolver.js';
import { YouthWritesResolver } from './resolvers/writes.resolver.js';

/** The Youth League (团委) subgraph schema. */
export function buildYouthLeagueSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      YouthPersonResolver,
      YouthStationResolver,
      YouthRegionResolver,
      YouthQueriesResolver,
      YouthWritesResolver,
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
