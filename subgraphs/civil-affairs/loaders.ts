import DataLoader from 'dataloader';
import { contributionLoader } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalGrant } from '../../shared/auth.js';
import type { SubgraphServices } from '../../shared/subgraph.js';
import type { HubContext } from '../../shared/context.js';
import { createRevealLogger } from '../../shared/audit/reveal-logger.js';
import { scopeWhere } from '../../shared/scope.js';
import { findRows } from '../../shared/db/rows.js';
import { chinaToday } from '../../shared/input/dates.js';
import { byKeyOrder, entityLoader, groupedByKey, groupLoader } from '../../shared/loaders.js';
import { divisionsAbove } from '../../shared/validators/division-code.js';
import {
  Agency,
  Benefit,
  Person,
  ProjectStation,
  Region,
  ServiceProject,
  ServiceRecordPerson,
  ServiceRecordWorker,
  SocialWorker,
  Station,
  TemporaryAssistance,
} from './entities/index.js';
import { createCaseWorkLoaders } from './case-work/loaders.js';
import { createDeIdentification } from './de-identification.js';
import { createHouseholdLoaders } from './households/loaders.js';
import { createProjectLoaders } from './projects/loaders.js';
import { createStandardsLoaders } from './standards/loaders.js';
import {
  assistanceOf,
  coverageOf,
  serviceAreasOf,
  serviceStatsOf,
  targetGroupsOf,
  workforceOf,
  type DateRange,
} from './stats.js';

/** Loaders keyed by (region code, date range): one statement per distinct range in a batch. */
function rangedLoader<T>(
  compute: (codes: readonly string[], range: DateRange) => Promise<T[]>,
): DataLoader<{ code: string } & DateRange, T, string> {
  return new DataLoader(
    async (keys) => {
      const results = new Map<string, T>();
      const ranges = new Map<string, { range: DateRange; codes: string[] }>();
      for (const key of keys) {
        const id = `${key.from ?? ''}|${key.to ?? ''}`;
        const group = ranges.get(id) ?? { range: { from: key.from, to: key.to }, codes: [] };
        group.codes.push(key.code);
        ranges.set(id, group);
      }
      for (const [id, group] of ranges) {
        const values = await compute(group.codes, group.range);
        group.codes.forEach((code, index) => results.set(`${code}|${id}`, values[index] as T));
      }
      return keys.map((key) => results.get(`${key.code}|${key.from ?? ''}|${key.to ?? ''}`) as T);
    },
    { cacheKeyFn: (key) => `${key.code}|${key.from ?? ''}|${key.to ?? ''}` },
  );
}

/**
 * Regions by code, each batch read together with the divisions above the ones asked for, which
 * the loader then holds: a station's region and its parent, or a village up to its province, come
 * in one statement instead of one per level. A division's parent is the code its own code names
 * (what `registerRegion` stores); a parent stored otherwise is still read when asked for.
 */
function regionLoader(em: EntityManager): DataLoader<string, Region | null> {
  const loader: DataLoader<string, Region | null> = new DataLoader(async (codes) => {
    const wanted = new Set(codes);
    for (const code of codes) for (const above of divisionsAbove(code)) wanted.add(above);
    const rows = await findRows(em, Region, { code: { $in: [...wanted] } });
    const found = new Map(rows.map((row) => [row.code, row]));
    // A division above that is not registered was read too: it is not there (null), not unknown.
    for (const code of wanted) loader.prime(code, found.get(code) ?? null);
    return byKeyOrder(codes, rows, (row) => row.code);
  });
  return loader;
}

/** Loads the far side of a many-to-many link table in two statements per batch. */
function linkedLoader<Link extends object, Target>(
  em: EntityManager,
  link: new () => Link,
  from: keyof Link & string,
  to: keyof Link & string,
  targets: DataLoader<string, Target | null>,
): DataLoader<string, Target[]> {
  return new DataLoader(async (keys) => {
    const where = { [from]: { $in: [...keys] } } as FilterQuery<Link>;
    const links = await findRows<Link>(em, link, where);
    const grouped = groupedByKey(keys, links, (row: Link) => row[from] as string);
    const ids = [...new Set(links.map((row: Link) => row[to] as string))];
    const loaded = await targets.loadMany(ids);
    const byId = new Map(ids.map((id, index) => [id, loaded[index]]));
    return grouped.map((rows) =>
      rows
        .map((row: Link) => byId.get(row[to] as string))
        .filter((target): target is Target => target != null && !(target instanceof Error)),
    );
  });
}

/**
 * Every loader of the civil-affairs subgraph, built fresh for each request. Loaders of
 * region-scoped records see only the principal's subtree: a reference to anything outside it
 * resolves to null, like a missing row.
 */
export function createCivilAffairsLoaders(
  em: EntityManager,
  grant: InternalGrant,
  services: SubgraphServices,
) {
  const scope = scopeWhere(grant.principal);
  const station = entityLoader(em, Station, 'id', scope);
  const project = entityLoader(em, ServiceProject, 'id', scope);
  const socialWorker = entityLoader(em, SocialWorker, 'id', scope);
  const person = entityLoader(em, Person, 'id', scope);
  return {
    region: regionLoader(em),
    regionChildren: groupLoader(em, Region, 'parentCode', { code: 'asc' }),
    station,
    stationChildren: groupLoader(em, Station, 'parentId', { regionCode: 'asc', id: 'asc' }, scope),
    stationsByOperator: groupLoader(
      em,
      Station,
      'operatorId',
      { regionCode: 'asc', id: 'asc' },
      scope,
    ),
    agency: entityLoader(em, Agency, 'id'),
    socialWorker,
    workersByStation: groupLoader(em, SocialWorker, 'stationId', { id: 'asc' }, scope),
    person,
    project,
    projectsByStation: linkedLoader(em, ProjectStation, 'stationId', 'projectId', project),
    stationsByProject: linkedLoader(em, ProjectStation, 'projectId', 'stationId', station),
    workersByRecord: linkedLoader(em, ServiceRecordWorker, 'recordId', 'workerId', socialWorker),
    peopleByRecord: linkedLoader(em, ServiceRecordPerson, 'recordId', 'personId', person),
    assistanceByPerson: groupLoader(
      em,
      TemporaryAssistance,
      'personId',
      { grantedOn: 'desc' },
      scope,
    ),
    coverage: new DataLoader((codes: readonly string[]) => coverageOf(em, codes)),
    workforce: new DataLoader((codes: readonly string[]) => workforceOf(em, codes)),
    serviceStats: rangedLoader((codes, range) => serviceStatsOf(em, codes, range)),
    serviceAreas: rangedLoader((codes, range) => serviceAreasOf(em, codes, range)),
    targetGroups: rangedLoader((codes, range) => targetGroupsOf(em, codes, range)),
    assistance: rangedLoader((codes, range) => assistanceOf(em, codes, range)),
    /** Civil affairs' own money and gifts in kind in projects, as every department records them. */
    contribution: contributionLoader(em, grant.principal, Department.CIVIL_AFFAIRS),
    caseWork: createCaseWorkLoaders(em, grant.principal),
    benefitsByPerson: groupLoader(
      em,
      Benefit,
      'personId',
      { givenOn: 'asc', recordId: 'asc' },
      scope,
    ),
    households: createHouseholdLoaders(em, grant.principal),
    projects: createProjectLoaders(em),
    standards: createStandardsLoaders(em, grant.principal),
    /** How far each department has followed the register's change log, read once a request. */
    registerFollowers: new DataLoader((keys: readonly string[]) =>
      services.followerProgress.checkpoints().then((checkpoints) => keys.map(() => checkpoints)),
    ),
    reveal: createRevealLogger(em, grant.principal, grant.requestId, grant.purpose),
    deIdentification: createDeIdentification(em, grant.principal, chinaToday()),
  };
}

export type CivilAffairsLoaders = ReturnType<typeof createCivilAffairsLoaders>;

/** Context of every civil-affairs resolver. */
export type CivilAffairsContext = HubContext<CivilAffairsLoaders>;
