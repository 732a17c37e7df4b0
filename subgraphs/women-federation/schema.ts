import { createAccessLogResolver } from '../../shared/audit/access-log.resolver.js';
import { createContributionResolver } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { buildFederatedSchema, type FederatedSchema } from '../../shared/federation.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './references.js';
import {
  WomenPersonResolver,
  WomenRegionResolver,
  WomenStationResolver,
} from './resolvers/extensions.resolver.js';
import { WomenFederationResolver } from './resolvers/writes.resolver.js';

/** The women's federation (妇联) subgraph schema. */
export function buildWomenFederationSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      WomenPersonResolver,
      WomenStationResolver,
      WomenRegionResolver,
      WomenFederationResolver,
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
