import { mergedAway, unusableReference } from '../../shared/department/owned.js';
import { RegionLevel, StationLevel } from '../../shared/enums.js';
import { isWithin } from '../../shared/validators/division-code.js';
import type { Person } from './entities/index.js';
import type { CivilAffairsContext } from './loaders.js';

// Rules between records that the mutations and the spreadsheet import both enforce. Each returns
// the problem in words, or null, so that a mutation can throw it and an import can list it.

/** The division level each station level serves. */
export const REGION_LEVEL_OF: Record<StationLevel, RegionLevel> = {
  CITY_CENTRE: RegionLevel.CITY,
  COUNTY_STATION: RegionLevel.COUNTY,
  TOWNSHIP_STATION: RegionLevel.TOWNSHIP,
  VILLAGE_ROOM: RegionLevel.VILLAGE,
};
const LEVEL_ORDER = Object.values(StationLevel);

/** A station serves a division of its own level: a township station serves a township. */
export function stationRegionProblem(
  level: StationLevel,
  region: { code: string; level: RegionLevel },
): string | null {
  if (region.level === REGION_LEVEL_OF[level]) return null;
  return `a ${level} serves a ${REGION_LEVEL_OF[level].toLowerCase()}, but ${region.code} is a ${region.level.toLowerCase()}`;
}

/** A supervising station is of a higher level and serves a division that contains the station's. */
export function parentProblem(
  station: { level: StationLevel; regionCode: string },
  parent: { id: string; level: StationLevel; regionCode: string },
): string | null {
  if (LEVEL_ORDER.indexOf(parent.level) >= LEVEL_ORDER.indexOf(station.level)) {
    return `a ${parent.level} cannot supervise a ${station.level}`;
  }
  if (!isWithin(station.regionCode, parent.regionCode)) {
    return `station ${parent.id} serves ${parent.regionCode}, which does not contain ${station.regionCode}`;
  }
  return null;
}

/** A social worker is posted at a station inside the division where the worker is registered. */
export function workerStationProblem(
  station: { id: string; regionCode: string },
  workerRegionCode: string,
): string | null {
  return isWithin(station.regionCode, workerRegionCode)
    ? null
    : `station ${station.id} lies outside ${workerRegionCode}`;
}

/** A project's stations lie inside the purchasing authority's division. */
export const projectStationProblem = workerStationProblem;

/** The contract ends on or after its start, and its amount is not negative. */
export function projectTermsProblem(project: {
  startsOn: string;
  endsOn: string;
  contractAmount: bigint;
}): { field: 'endsOn' | 'contractAmount'; message: string } | null {
  if (project.endsOn < project.startsOn) {
    return {
      field: 'endsOn',
      message: `endsOn (${project.endsOn}) is before startsOn (${project.startsOn})`,
    };
  }
  if (project.contractAmount < 0n) {
    return { field: 'contractAmount', message: 'contractAmount cannot be negative' };
  }
  return null;
}

// Cross-row checks that class-validator cannot make: a referenced record must exist. They go
// through the request's loaders, so checking many ids costs one statement per kind.

type LoaderName = 'region' | 'station' | 'agency' | 'person' | 'project' | 'socialWorker';

const labels: Record<LoaderName, string> = {
  region: 'region',
  station: 'station',
  agency: 'agency',
  person: 'person',
  project: 'service project',
  socialWorker: 'social worker',
};

/**
 * Loads a referenced record or fails with `NOT_FOUND` naming the input field: the loaders see
 * only the caller's region, so "absent" and "elsewhere" are one answer, as in every department.
 */
export async function requireExisting<K extends LoaderName>(
  ctx: CivilAffairsContext,
  loader: K,
  key: string,
  field: string,
): Promise<NonNullable<Awaited<ReturnType<CivilAffairsContext['loaders'][K]['load']>>>> {
  const found = await (ctx.loaders[loader].load(key) as Promise<unknown>);
  if (!found) throw unusableReference(labels[loader], field);
  if (loader === 'person') await refuseMerged(ctx, found as Person, field);
  return found as never;
}

/** No write names an entry of the register merged into another: the survivor is named instead. */
export async function refuseMerged(
  ctx: CivilAffairsContext,
  person: Pick<Person, 'mergedInto'>,
  field: string,
): Promise<void> {
  if (!person.mergedInto) return;
  const survivor = await ctx.loaders.person.load(person.mergedInto);
  throw mergedAway(field, survivor?.id ?? null);
}

/** Loads every referenced record of a list field, naming the first missing one. */
export async function requireAll<K extends LoaderName>(
  ctx: CivilAffairsContext,
  loader: K,
  keys: string[],
  field: string,
): Promise<Array<NonNullable<Awaited<ReturnType<CivilAffairsContext['loaders'][K]['load']>>>>> {
  return Promise.all(
    keys.map((key, index) => requireExisting(ctx, loader, key, `${field}.${index}`)),
  );
}
