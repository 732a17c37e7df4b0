import type { DepartmentSchema } from '../../shared/subgraph.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './graphql/references.js';
// A resolver's operations take their place in the schema when its module loads: these imports
// keep the order of the published queries and mutations.
import { ChildrenHomeResolver } from './resolvers/children-home.resolver.js';
import { WomenChildCaseResolver } from './resolvers/women-child-case.resolver.js';
import { FamilyServiceResolver } from './resolvers/family-service.resolver.js';
import { WomenStationResolver } from './resolvers/station.resolver.js';
import { WomenPersonResolver } from './resolvers/person.resolver.js';
import { WomenRegionResolver } from './resolvers/region.resolver.js';

/** The women's federation (妇联) subgraph schema. */
export const womenFederationSchema: DepartmentSchema = {
  resolvers: [
    WomenPersonResolver,
    WomenStationResolver,
    WomenRegionResolver,
    ChildrenHomeResolver,
    WomenChildCaseResolver,
    FamilyServiceResolver,
  ],
  orphanedTypes: [PersonRef, StationRef, RegionRef, ServiceProjectRef],
  contributesTo: ServiceProjectRef,
  fundingRegion: RegionRef,
};
