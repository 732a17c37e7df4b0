import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceArea, ServiceMethod, StationLevel } from '../../shared/enums.js';
import { aggregateSubtrees, inSubtree, sql, type Sql, type SqlRow } from '../../shared/subtree.js';
import { TargetGroup } from './entities/enums.js';

// Civil affairs' aggregates over a region's subtree, one statement per DataLoader batch.

/** A date range; either end may be open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** Station coverage of townships over a subtree. */
export interface CoverageFigures {
  townships: number;
  townshipsWithStation: number;
  /** townshipsWithStation / townships; null without townships. */
  rate: number | null;
  /** Stations not closed, every level listed. */
  stationsByLevel: Array<{ level: StationLevel; count: number }>;
}

/** Output of one service method. */
export interface MethodFigures {
  method: ServiceMethod;
  count: number;
  personTimes: number;
  hours: number;
}

/** Service output over a subtree. */
export interface ServiceFigures {
  /** Every method listed. */
  byMethod: MethodFigures[];
  services: number;
  personTimes: number;
  hours: number;
  householdsVisited: number;
}

/** Output of the services in one area, or (`null`) of those without one. */
export interface AreaFigures {
  serviceArea: ServiceArea | null;
  services: number;
  personTimes: number;
  hours: number;
}

/**
 * Output of the services to one group, or (`null`) of those naming none. A service to several
 * groups counts in each, so the groups together may pass the total.
 */
export interface GroupFigures {
  targetGroup: TargetGroup | null;
  services: number;
  personTimes: number;
  hours: number;
}

/** Social work manpower over a subtree. */
export interface WorkforceFigures {
  socialWorkers: number;
  certified: number;
  fullTime: number;
}

/** Temporary assistance granted over a subtree. */
export interface AssistanceFigures {
  households: number;
  grants: number;
  /** In fen. */
  amount: bigint;
}

/** Coverage for each region code, in key order. */
export async function coverageOf(
  em: EntityManager,
  codes: readonly string[],
): Promise<CoverageFigures[]> {
  const [totals, levels] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code,
        (SELECT count(*) FROM regions r WHERE r.level = 'TOWNSHIP' AND ${inSubtree('r.code')}) AS townships,
        (SELECT count(DISTINCT s.region_code) FROM stations s
           JOIN regions r ON r.code = s.region_code AND r.level = 'TOWNSHIP'
          WHERE s.level = 'TOWNSHIP_STATION' AND s.status = 'OPERATING' AND ${inSubtree('s.region_code')}
        ) AS with_station
       FROM ${batch}`,
    (batch) => sql`SELECT p.code, s.level, count(*) AS count
       FROM ${batch} JOIN stations s ON ${inSubtree('s.region_code')} AND s.status <> 'CLOSED'
      GROUP BY p.code, s.level`,
  ]);
  return codes.map((code) => {
    const total = totals.of(code);
    const townships = Number(total?.townships ?? 0);
    const townshipsWithStation = Number(total?.with_station ?? 0);
    const mine = levels.allOf(code);
    return {
      townships,
      townshipsWithStation,
      rate: townships === 0 ? null : townshipsWithStation / townships,
      stationsByLevel: Object.values(StationLevel).map((level) => ({
        level,
        count: Number(mine.find((row) => row.level === level)?.count ?? 0),
      })),
    };
  });
}

/** Service output for each (region code, date range) key, all with the same range. */
export async function serviceStatsOf(
  em: EntityManager,
  codes: readonly string[],
  range: DateRange,
): Promise<ServiceFigures[]> {
  const [rows] = await aggregateSubtrees(em, codes, [
    (
      batch,
    ) => sql`SELECT p.code, sr.method, count(*) AS count, sum(sr.person_times) AS person_times,
            sum(sr.duration_minutes) AS minutes, sum(sr.households) AS households
       FROM ${batch} JOIN ${servicesIn(range)}
      GROUP BY p.code, sr.method`,
  ]);
  return codes.map((code) => {
    const mine = rows.allOf(code);
    const byMethod = Object.values(ServiceMethod).map((method) => {
      const row = mine.find((candidate) => candidate.method === method);
      return {
        method,
        count: Number(row?.count ?? 0),
        personTimes: Number(row?.person_times ?? 0),
        hours: Number(row?.minutes ?? 0) / 60,
      };
    });
    const visits = mine.find((row) => row.method === ServiceMethod.HOME_VISIT);
    return {
      byMethod,
      services: byMethod.reduce((sum, entry) => sum + entry.count, 0),
      personTimes: byMethod.reduce((sum, entry) => sum + entry.personTimes, 0),
      hours: mine.reduce((sum, row) => sum + Number(row.minutes ?? 0), 0) / 60,
      householdsVisited: Number(visits?.households ?? 0),
    };
  });
}

/** The service records of the batch row `p`'s subtree within the range, as `sr`. */
function servicesIn(range: DateRange): Sql {
  return sql`service_records sr ON ${inSubtree('sr.region_code')}
        AND (${range.from}::date IS NULL OR sr.served_on >= ${range.from}::date) AND (${range.to}::date IS NULL OR sr.served_on <= ${range.to}::date)`;
}

/** One bucket's figures from its row: services, person-times and hours. */
function outputOf(row: SqlRow | undefined) {
  return {
    services: Number(row?.services ?? 0),
    personTimes: Number(row?.person_times ?? 0),
    hours: Number(row?.minutes ?? 0) / 60,
  };
}

/**
 * Service output by area for each (region code, date range) key: every area listed, then the
 * services without one (written before areas were recorded, or left out by their writer).
 */
export async function serviceAreasOf(
  em: EntityManager,
  codes: readonly string[],
  range: DateRange,
): Promise<AreaFigures[][]> {
  const [rows] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code, sr.service_area, count(*) AS services,
            sum(sr.person_times) AS person_times, sum(sr.duration_minutes) AS minutes
       FROM ${batch} JOIN ${servicesIn(range)}
      GROUP BY p.code, sr.service_area`,
  ]);
  return codes.map((code) => {
    const mine = rows.allOf(code);
    return [...Object.values(ServiceArea), null].map((serviceArea) => ({
      serviceArea,
      ...outputOf(mine.find((row) => row.service_area === serviceArea)),
    }));
  });
}

/**
 * Service output by target group for each (region code, date range) key: every group listed,
 * then the services naming none. A service to several groups counts once in each of them.
 */
export async function targetGroupsOf(
  em: EntityManager,
  codes: readonly string[],
  range: DateRange,
): Promise<GroupFigures[][]> {
  const [rows] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code, g.target_group, count(*) AS services,
            sum(sr.person_times) AS person_times, sum(sr.duration_minutes) AS minutes
       FROM ${batch} JOIN ${servicesIn(range)}
      CROSS JOIN LATERAL unnest(CASE WHEN cardinality(sr.target_groups) = 0
             THEN ARRAY[NULL]::text[] ELSE sr.target_groups END) AS g(target_group)
      GROUP BY p.code, g.target_group`,
  ]);
  return codes.map((code) => {
    const mine = rows.allOf(code);
    return [...Object.values(TargetGroup), null].map((targetGroup) => ({
      targetGroup,
      ...outputOf(mine.find((row) => row.target_group === targetGroup)),
    }));
  });
}

/** Social work manpower for each region code. */
export async function workforceOf(
  em: EntityManager,
  codes: readonly string[],
): Promise<WorkforceFigures[]> {
  const [rows] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code, count(w.id) AS workers,
            count(w.id) FILTER (WHERE w.certification <> 'NONE') AS certified,
            count(w.id) FILTER (WHERE w.employment = 'FULL_TIME') AS full_time
       FROM ${batch} LEFT JOIN social_workers w ON ${inSubtree('w.region_code')}
      GROUP BY p.code`,
  ]);
  return codes.map((code) => {
    const row = rows.of(code);
    return {
      socialWorkers: Number(row?.workers ?? 0),
      certified: Number(row?.certified ?? 0),
      fullTime: Number(row?.full_time ?? 0),
    };
  });
}

/** Temporary assistance for each region code within the range. */
export async function assistanceOf(
  em: EntityManager,
  codes: readonly string[],
  range: DateRange,
): Promise<AssistanceFigures[]> {
  const [rows] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code, count(DISTINCT t.person_id) AS households, count(t.id) AS grants,
            coalesce(sum(t.amount_fen), 0)::text AS amount_fen
       FROM ${batch} LEFT JOIN temporary_assistance t ON ${inSubtree('t.region_code')}
        AND (${range.from}::date IS NULL OR t.granted_on >= ${range.from}::date) AND (${range.to}::date IS NULL OR t.granted_on <= ${range.to}::date)
      GROUP BY p.code`,
  ]);
  return codes.map((code) => {
    const row = rows.of(code);
    return {
      households: Number(row?.households ?? 0),
      grants: Number(row?.grants ?? 0),
      amount: BigInt(row?.amount_fen ?? 0),
    };
  });
}
