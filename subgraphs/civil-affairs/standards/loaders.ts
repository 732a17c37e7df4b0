import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../../shared/context.js';
import { groupLoader } from '../../../shared/loaders.js';
import { scopeWhere } from '../../../shared/scope.js';
import {
  SocialWorkerAllowance,
  SocialWorkerReward,
  SocialWorkerTraining,
  Station,
  StationDesignation,
  SupervisionEvent,
} from '../entities/index.js';
import { stationFacilitiesOf, workforceDetailOf, type WorkforceDetailFigures } from './figures.js';

/** A region code and the day its figures are for (null: as registered now). */
export interface DayKey {
  code: string;
  asOf: string | null;
}

/** Figures keyed by (region code, day): one statement per distinct day in a batch. */
function dayLoader<T>(
  compute: (codes: readonly string[], asOf: string | null) => Promise<T[]>,
): DataLoader<DayKey, T, string> {
  return new DataLoader(
    async (keys) => {
      const days = [...new Set(keys.map((key) => key.asOf))];
      const answers = new Map<string, T>();
      for (const day of days) {
        const codes = [...new Set(keys.filter((key) => key.asOf === day).map((key) => key.code))];
        const values = await compute(codes, day);
        codes.forEach((code, index) => answers.set(`${code}|${day ?? ''}`, values[index] as T));
      }
      return keys.map((key) => answers.get(`${key.code}|${key.asOf ?? ''}`) as T);
    },
    { cacheKeyFn: (key) => `${key.code}|${key.asOf ?? ''}` },
  );
}

/**
 * Loaders of station standards and workers' files. Station-keyed records are scoped to the
 * principal's region; a worker's file is reached only through a worker the caller may see.
 */
export function createStandardsLoaders(em: EntityManager, principal: Principal) {
  const scope = scopeWhere(principal);
  return {
    supervisedStations: groupLoader(
      em,
      Station,
      'supervisingStationId',
      { regionCode: 'asc', id: 'asc' },
      scope,
    ),
    designations: groupLoader(em, StationDesignation, 'stationId', { year: 'asc', kind: 'asc' }),
    supervisionEvents: groupLoader(
      em,
      SupervisionEvent,
      'stationId',
      { heldOn: 'desc', kind: 'asc' },
      scope,
    ),
    trainings: groupLoader(em, SocialWorkerTraining, 'workerId', { trainedOn: 'asc', id: 'asc' }),
    allowances: groupLoader(em, SocialWorkerAllowance, 'workerId', { startsOn: 'asc', id: 'asc' }),
    rewards: groupLoader(em, SocialWorkerReward, 'workerId', { awardedOn: 'asc', id: 'asc' }),
    workforceDetail: dayLoader<WorkforceDetailFigures>((codes, asOf) =>
      workforceDetailOf(em, codes, asOf),
    ),
    facilities: new DataLoader((codes: readonly string[]) => stationFacilitiesOf(em, codes)),
  };
}
