import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalGrant } from '../../shared/auth.js';
import { createRevealLogger } from '../../shared/audit/reveal-logger.js';
import type { HubContext } from '../../shared/context.js';
import { groupLoader } from '../../shared/loaders.js';
import { scopeWhere } from '../../shared/scope.js';
import { CharityGrant, CharityVolunteer } from './entities/index.js';
import { fundTotals, projectContributions, regionFigures } from './stats.js';

/** Every loader of the charity subgraph, built fresh for each request. */
export function createCharityLoaders(em: EntityManager, grant: InternalGrant) {
  const scope = scopeWhere(grant.principal);
  const pattern = scope.regionCode.$like;
  const recipientScope = { recipientRegionCode: scope.regionCode };
  return {
    fundTotals: new DataLoader((ids: readonly string[]) => fundTotals(em, ids)),
    contribution: new DataLoader((ids: readonly string[]) =>
      projectContributions(em, ids, pattern),
    ),
    grantsByProject: groupLoader(
      em,
      CharityGrant,
      'projectId',
      { grantedOn: 'asc' },
      recipientScope,
    ),
    grantsByPerson: groupLoader(
      em,
      CharityGrant,
      'personId',
      { grantedOn: 'desc' },
      recipientScope,
    ),
    volunteersByStation: groupLoader(em, CharityVolunteer, 'stationId', { id: 'asc' }, scope),
    regionFigures: new DataLoader((codes: readonly string[]) => regionFigures(em, codes)),
    reveal: createRevealLogger(em, grant.principal, grant.requestId, grant.purpose),
  };
}

export type CharityContext = HubContext<ReturnType<typeof createCharityLoaders>>;
