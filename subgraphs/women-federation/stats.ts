import type { EntityManager } from '@mikro-orm/postgresql';
import { aggregateSubtrees, idArray, inSubtree, rowOfEach, sql } from '../../shared/subtree.js';

/** The federation's figures over a region's subtree. */
export interface RegionFigures {
  /** Operating children's homes. */
  childrenHomes: number;
  villagesWithChildrenHome: number;
  openCases: number;
  familyServices: number;
  householdsServed: number;
  personTimes: number;
}

const n = (value: unknown) => Number(value ?? 0);

/** Children's homes, open cases and family services over each region's subtree. */
export async function regionFigures(
  em: EntityManager,
  codes: readonly string[],
): Promise<RegionFigures[]> {
  const [homes, cases, services] = await aggregateSubtrees(em, codes, [
    (batch) =>
      sql`SELECT p.code, count(h.id) AS homes, count(DISTINCT h.village_code) AS villages FROM ${batch} LEFT JOIN children_homes h ON ${inSubtree('h.village_code')} AND h.status = 'OPERATING' GROUP BY p.code`,
    (batch) =>
      sql`SELECT p.code, count(c.id) AS open FROM ${batch} LEFT JOIN women_child_cases c ON ${inSubtree('c.person_region_code')} AND c.status = 'OPEN' GROUP BY p.code`,
    (batch) =>
      sql`SELECT p.code, count(s.id) AS services, coalesce(sum(s.households), 0) AS households, coalesce(sum(s.person_times), 0) AS person_times FROM ${batch} LEFT JOIN family_services s ON ${inSubtree('s.region_code')} GROUP BY p.code`,
  ]);
  return codes.map((code) => ({
    childrenHomes: n(homes.of(code)?.homes),
    villagesWithChildrenHome: n(homes.of(code)?.villages),
    openCases: n(cases.of(code)?.open),
    familyServices: n(services.of(code)?.services),
    householdsServed: n(services.of(code)?.households),
    personTimes: n(services.of(code)?.person_times),
  }));
}

/** A station's family services in the caller's region, with the households and person-times. */
export interface StationServices {
  services: number;
  households: number;
  personTimes: number;
}

/** {@link StationServices} of each station; zeros for a station without any. */
export async function stationServices(
  em: EntityManager,
  stationIds: readonly string[],
  scopePattern: string,
): Promise<StationServices[]> {
  const rows = await rowOfEach(
    em,
    stationIds,
    sql`SELECT station_id::text AS code, count(*) AS services, sum(households) AS households, sum(person_times) AS person_times
           FROM family_services WHERE station_id = ANY(${idArray(stationIds)}::uuid[]) AND region_code LIKE ${scopePattern} GROUP BY station_id`,
  );
  return rows.map((row) => ({
    services: n(row?.services),
    households: n(row?.households),
    personTimes: n(row?.person_times),
  }));
}
