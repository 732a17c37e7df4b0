import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalGrant } from '../../shared/auth.js';
import { createRevealLogger } from '../../shared/audit/reveal-logger.js';
import type { HubContext } from '../../shared/context.js';
import { contributedIn, contributionLoader } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { groupLoader } from '../../shared/loaders.js';
import { scopeWhere } from '../../shared/scope.js';
import {
  inSubtree,
  rowOf,
  runAggregate,
  SUBTREE_BATCH,
  subtreeBatch,
} from '../../shared/subtree.js';
import { ChildrenHome, WomenChildCase } from './entities/index.js';

const n = (value: unknown) => Number(value ?? 0);

async function regionFigures(em: EntityManager, codes: readonly string[]) {
  const batch = subtreeBatch(codes);
  const [homes, cases, services] = await Promise.all([
    runAggregate(
      em,
      `SELECT p.code, count(h.id) AS homes, count(DISTINCT h.village_code) AS villages FROM ${SUBTREE_BATCH} LEFT JOIN children_homes h ON ${inSubtree('h.village_code')} AND h.status = 'OPERATING' GROUP BY p.code`,
      [batch],
    ),
    runAggregate(
      em,
      `SELECT p.code, count(c.id) AS open FROM ${SUBTREE_BATCH} LEFT JOIN women_child_cases c ON ${inSubtree('c.person_region_code')} AND c.status = 'OPEN' GROUP BY p.code`,
      [batch],
    ),
    runAggregate(
      em,
      `SELECT p.code, count(s.id) AS services, coalesce(sum(s.households), 0) AS households, coalesce(sum(s.person_times), 0) AS person_times FROM ${SUBTREE_BATCH} LEFT JOIN family_services s ON ${inSubtree('s.region_code')} GROUP BY p.code`,
      [batch],
    ),
  ]);
  return codes.map((code) => ({
    childrenHomes: n(rowOf(homes, code)?.homes),
    villagesWithChildrenHome: n(rowOf(homes, code)?.villages),
    openCases: n(rowOf(cases, code)?.open),
    familyServices: n(rowOf(services, code)?.services),
    householdsServed: n(rowOf(services, code)?.households),
    personTimes: n(rowOf(services, code)?.person_times),
  }));
}

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
    servicesByStation: new DataLoader(async (ids: readonly string[]) => {
      const rows = await runAggregate(
        em,
        `SELECT station_id::text AS code, count(*) AS services, sum(households) AS households, sum(person_times) AS person_times
           FROM family_services WHERE station_id = ANY(?::uuid[]) AND region_code LIKE ? GROUP BY station_id`,
        [`{${ids.join(',')}}`, scope.regionCode.$like],
      );
      return ids.map((id) => rowOf(rows, id));
    }),
    regionFigures: new DataLoader((codes: readonly string[]) => regionFigures(em, codes)),
    contributedIn: new DataLoader((codes: readonly string[]) => contributedIn(em, codes)),
    contribution: contributionLoader(em, grant.principal, Department.WOMEN_FEDERATION),
    reveal: createRevealLogger(em, grant.principal, grant.requestId, grant.purpose),
  };
}

export type WomenFederationContext = HubContext<ReturnType<typeof createWomenFederationLoaders>>;
