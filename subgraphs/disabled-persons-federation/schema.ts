import { createAccessLogResolver } from '../../shared/audit/access-log.resolver.js';
import { createContributionResolver } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { buildFederatedSchema, type FederatedSchema } from '../../shared/federation.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './references.js';
import { CertificateResolver, DisabilityPersonResolver } from './resolvers/person.resolver.js';
import {
  DisabilityRegionResolver,
  DisabilityStationResolver,
} from './resolvers/places.resolver.js';
import { DisabilityServicesResolver } from './resolvers/services.resolver.js';

/** The disabled persons' federation (残联) subgraph schema. */
export function buildDisabilitySchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      DisabilityPersonResolver,
      CertificateResolver,
      DisabilityServicesResolver,
      DisabilityRegionResolver,
      DisabilityStationResolver,
      createContributionResolver({
        department: Department.DISABLED_PERSONS_FEDERATION,
        field: 'disabilityFederationContribution',
        mutation: 'recordDisabilityFederationContribution',
        reversal: 'reverseDisabilityFederationContribution',
        projectType: ServiceProjectRef,
        label: "the disabled persons' federation (残联)",
      }),
      createAccessLogResolver(
        'disabilityFederationAccessLog',
        'DISABLED_PERSONS_FEDERATION',
        "disabled persons' federation",
      ),
    ],
    // Keyed types reachable only through federation would vanish from the SDL otherwise.
    orphanedTypes: [PersonRef, StationRef, RegionRef, ServiceProjectRef],
    referenceResolvers: {},
  });
}
