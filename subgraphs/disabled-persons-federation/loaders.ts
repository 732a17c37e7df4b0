import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalGrant } from '../../shared/auth.js';
import { createRevealLogger } from '../../shared/audit/reveal-logger.js';
import type { HubContext } from '../../shared/context.js';
import { contributedIn, contributionLoader } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { entityLoader, groupLoader } from '../../shared/loaders.js';
import { scopeWhere } from '../../shared/scope.js';
import {
  AssistiveDeviceGrant,
  DisabilityCertificate,
  RehabilitationService,
} from './entities/index.js';
import { regionFigures, stationFigures } from './stats.js';
import { chinaToday } from '../../shared/input/dates.js';

/** Every loader of the disabled-persons-federation subgraph, built fresh for each request. */
export function createDisabilityLoaders(em: EntityManager, grant: InternalGrant) {
  const scope = { personRegionCode: scopeWhere(grant.principal).regionCode };
  return {
    certificateByPerson: entityLoader(em, DisabilityCertificate, 'personId', scope),
    rehabilitationByPerson: groupLoader(
      em,
      RehabilitationService,
      'personId',
      { servedOn: 'desc' },
      scope,
    ),
    devicesByPerson: groupLoader(
      em,
      AssistiveDeviceGrant,
      'personId',
      { grantedOn: 'desc' },
      scope,
    ),
    regionFigures: new DataLoader((codes: readonly string[]) =>
      regionFigures(em, codes, chinaToday()),
    ),
    contributedIn: new DataLoader((codes: readonly string[]) => contributedIn(em, codes)),
    stationFigures: new DataLoader((ids: readonly string[]) =>
      stationFigures(em, ids, scope.personRegionCode.$like),
    ),
    contribution: contributionLoader(em, grant.principal, Department.DISABLED_PERSONS_FEDERATION),
    reveal: createRevealLogger(em, grant.principal, grant.requestId, grant.purpose),
  };
}

export type DisabilityLoaders = ReturnType<typeof createDisabilityLoaders>;
export type DisabilityContext = HubContext<DisabilityLoaders>;
