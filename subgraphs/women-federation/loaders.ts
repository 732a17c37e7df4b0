import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalGrant } from '../../shared/auth.js';
import { createRevealLogger } from '../../shared/audit/reveal-logger.js';
import type { HubContext } from '../../shared/context.js';
import { contributedIn, contributionLoader } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { groupLoader } from '../../shared/loaders.js';
import { scopeWhere } from '../../shared/scope.js';
import { ChildrenHome, WomenChildCase } from './entities/index.js';
import { regionFigures, stationServices } from './stats.js';

/** Every loader of the women's federation subgraph, built fresh for each request. */
export function createWomenFederationLoaders(em: EntityManager, grant: InternalGrant) {
  const scope = scopeWhere(grant.principal);
  return {
    homesByStation: groupLoader(
      em,
      ChildrenHome,
      'stationId',
      { id: 'asc' },
      { villageCode: scope.regionCode },
    ),
    casesByPerson: groupLoader(
      em,
      WomenChildCase,
      'personId',
      { openedOn: 'desc' },
      { personRegionCode: scope.regionCode },
    ),
    servicesByStation: new DataLoader((ids: readonly string[]) =>
      stationServices(em, ids, scope.regionCode.$like),
    ),
    regionFigures: new DataLoader((codes: readonly string[]) => regionFigures(em, codes)),
    contributedIn: new DataLoader((codes: readonly string[]) => contributedIn(em, codes)),
    contribution: contributionLoader(em, grant.principal, Department.WOMEN_FEDERATION),
    reveal: createRevealLogger(em, grant.principal, grant.requestId, grant.purpose),
  };
}

export type WomenFederationContext = HubContext<ReturnType<typeof createWomenFederationLoaders>>;
