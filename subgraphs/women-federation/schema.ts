import { createAccessLogResolver } from '../../shared/audit/access-log.resolver.js';
import { createContributionResolver } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { buildFederatedSchema, type FederatedSchema } from '../../shared/federation.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './graphql/references.js';
// A resolver's operations take their place in the schema when its module loads: these imports
// keep the order of the published queries and mutations.
import { ChildrenHomeResolver } from './resolvers/children-home.resolver.js';
import { WomenChildCaseResolver } from './resolvers/women-child-case.resolver.js';
import { WomenStationResolver } from './resolvers/station.resolver.js';
import { WomenPersonResolver } from './resolvers/person.resolver.js';
import { WomenRegionResolver } from './resolvers/region.resolver.js';

/** The women's federation (妇联) subgraph schema. */
export function buildWomenFederationSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      WomenPersonResolver,
      WomenStationResolver,
      WomenRegionResolver,
      ChildrenHomeResolver,
      WomenChildCaseResolver,
      createContributionResolver({
        department: Department.WOMEN_FEDERATION,
        field: 'womenFederationContribution',
        mutation: 'recordWomenFederationContribution',
        reversal: 'reverseWomenFederationContribution',
        projectType: ServiceProjectRef,
        label: "the women's federation (妇联)",
      }),
      createAccessLogResolver('womenFederationAccessLog', 'WOMEN_FEDERATION', "women's federation"),
    ],
    orphanedTypes: [PersonRef, StationRef, RegionRef, ServiceProjectRef],
    referenceResolvers: {},
  });
}
