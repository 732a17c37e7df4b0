import { createAccessLogResolver } from '../../shared/audit/access-log.resolver.js';
import { createContributionResolver } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { buildFederatedSchema, type FederatedSchema } from '../../shared/federation.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from './graphql/references.js';
import { TradeUnionPersonResolver } from './resolvers/person.resolver.js';
import { TradeUnionRegionResolver } from './resolvers/region.resolver.js';
import { TradeUnionStationResolver } from './resolvers/station.resolver.js';
import { UnionAssistanceResolver } from './resolvers/union-assistance.resolver.js';
import { UnionServicePointResolver } from './resolvers/union-service-point.resolver.js';
import { WorkerFileResolver } from './resolvers/worker-file.resolver.js';

/** The trade union (工会) subgraph schema. */
export function buildTradeUnionSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      TradeUnionPersonResolver,
      WorkerFileResolver,
      UnionAssistanceResolver,
      UnionServicePointResolver,
      TradeUnionRegionResolver,
      TradeUnionStationResolver,
      createContributionResolver({
        department: Department.TRADE_UNION,
        field: 'tradeUnionContribution',
        mutation: 'recordTradeUnionContribution',
        reversal: 'reverseTradeUnionContribution',
        projectType: ServiceProjectRef,
        label: 'the trade union (工会)',
      }),
      createAccessLogResolver('tradeUnionAccessLog', 'TRADE_UNION', 'trade union'),
    ],
    // Keyed types reachable only through federation would vanish from the SDL otherwise.
    orphanedTypes: [PersonRef, StationRef, RegionRef, ServiceProjectRef],
    referenceResolvers: {},
  });
}
