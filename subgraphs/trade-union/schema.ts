import type { DepartmentSchema } from '../../shared/subgraph.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './graphql/references.js';
import { TradeUnionPersonResolver } from './resolvers/person.resolver.js';
import { TradeUnionRegionResolver } from './resolvers/region.resolver.js';
import { TradeUnionStationResolver } from './resolvers/station.resolver.js';
import { UnionAssistanceResolver } from './resolvers/union-assistance.resolver.js';
import { UnionServicePointResolver } from './resolvers/union-service-point.resolver.js';
import { WorkerFileResolver } from './resolvers/worker-file.resolver.js';

/** The trade union (工会) subgraph schema. */
export const tradeUnionSchema: DepartmentSchema = {
  resolvers: [
    TradeUnionPersonResolver,
    WorkerFileResolver,
    UnionAssistanceResolver,
    UnionServicePointResolver,
    TradeUnionRegionResolver,
    TradeUnionStationResolver,
  ],
  // Keyed types reachable only through federation would vanish from the SDL otherwise.
  orphanedTypes: [PersonRef, StationRef, RegionRef, ServiceProjectRef],
  contributesTo: ServiceProjectRef,
  fundingRegion: RegionRef,
};
