import type { DepartmentSchema } from '../../shared/subgraph.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './graphql/references.js';
// Mutations appear in the schema in the order their modules are first imported.
import { DisabilityCertificateResolver } from './resolvers/disability-certificate.resolver.js';
import { RehabilitationServiceResolver } from './resolvers/rehabilitation-service.resolver.js';
import { AssistiveDeviceResolver } from './resolvers/assistive-device.resolver.js';
import { DisabilityPersonResolver } from './resolvers/person.resolver.js';
import { DisabilityRegionResolver } from './resolvers/region.resolver.js';
import { DisabilityStationResolver } from './resolvers/station.resolver.js';

/** The disabled persons' federation (残联) subgraph schema. */
export const disabledPersonsFederationSchema: DepartmentSchema = {
  resolvers: [
    DisabilityPersonResolver,
    DisabilityCertificateResolver,
    RehabilitationServiceResolver,
    AssistiveDeviceResolver,
    DisabilityRegionResolver,
    DisabilityStationResolver,
  ],
  // Keyed types reachable only through federation would vanish from the SDL otherwise.
  orphanedTypes: [PersonRef, StationRef, RegionRef, ServiceProjectRef],
  contributesTo: ServiceProjectRef,
  fundingRegion: RegionRef,
};
