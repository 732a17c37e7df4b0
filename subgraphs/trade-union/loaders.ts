import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalGrant } from '../../shared/auth.js';
import { createRevealLogger } from '../../shared/audit/reveal-logger.js';
import type { HubContext } from '../../shared/context.js';
import { contributedIn, contributionLoader } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { entityLoader, groupLoader } from '../../shared/loaders.js';
import { scopeWhere } from '../../shared/scope.js';
import { UnionAssistance, UnionServicePoint, WorkerFile } from './entities/index.js';
import { regionFigures } from './stats.js';

/** Every loader of the trade-union subgraph, built fresh for each request. */
export function createTradeUnionLoaders(em: EntityManager, grant: InternalGrant) {
  const scope = scopeWhere(grant.principal);
  const personScope = { personRegionCode: scope.regionCode };
  return {
    fileByPerson: entityLoader(em, WorkerFile, 'personId', personScope),
    assistanceByPerson: groupLoader(
      em,
      UnionAssistance,
      'personId',
      { grantedOn: 'desc', id: 'desc' },
      personScope,
    ),
    pointsByStation: groupLoader(em, UnionServicePoint, 'stationId', { id: 'asc' }, scope),
    regionFigures: new DataLoader((codes: readonly string[]) => regionFigures(em, codes)),
    contributedIn: new DataLoader((codes: readonly string[]) => contributedIn(em, codes)),
    contribution: contributionLoader(em, grant.principal, Department.TRADE_UNION),
    reveal: createRevealLogger(em, grant.principal, grant.requestId, grant.purpose),
  };
}

export type TradeUnionLoaders = ReturnType<typeof createTradeUnionLoaders>;
export type TradeUnionContext = HubContext<TradeUnionLoaders>;
