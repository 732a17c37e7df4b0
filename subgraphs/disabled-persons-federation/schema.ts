import { createAccessLogResolver } from '../../shared/audit/access-log.resolver.js';
import { createContributionResolver } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { buildFederatedSchema, type FederatedSchema } from '../../shared/federation.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './graphql/references.js';
// Mutations appear in the schema in the order their modules are first imported.
import { DisabilityCertificateResolver } from './resolvers/disability-certificate.resolver.js';
import { RehabilitationServiceResolver } from './resolvers/rehabilitation-service.resolver.js';
import { AssistiveDeviceResolver } from './resolvers/assistive-device.resolver.js';
import { DisabilityPersonResolver } from './resolvers/person.resolver.js';
import { DisabilityRegionResolver } from './resolvers/region.resolver.js';
import { DisabilityStationResolver } from './resolvers/station.resolver.js';

/** The disabled persons' federation (残联) subgraph schema. */
export function buildDisabilitySchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      DisabilityPersonResolver,
      DisabilityCertificateResolver,
      RehabilitationServiceResolver,
      AssistiveDeviceResolver,
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
