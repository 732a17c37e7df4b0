import type { EntityManager } from '@mikro-orm/postgresql';
import { aggregateSubtrees, inSubtree, sql } from '../../../shared/subtree.js';
import { chinaToday } from '../../../shared/input/dates.js';
import {
  Certification,
  type DesignationKind,
  type DesignationLevel,
  Employment,
} from '../entities/enums.js';

// Region figures of station standards and of the workforce's files, one statement per
// DataLoader batch, in the database.

/** Workers of one employment. */
export interface EmploymentFigures {
  employment: Employment;
  workers: number;
  certified: number;
}

/** Workforce detail over a subtree, on a day or (asOf null) as registered now. */
export interface WorkforceDetailFigures {
  asOf: string | null;
  /** Certified on or before the day; every certified worker when asOf is null. */
  certified: number;
  certifiedByLevel: Array<{ certification: Certification; workers: number }>;
  /** Certified workers whose date is not recorded: counted only when asOf is null. */
  undated: number;
  byEmployment: EmploymentFigures[];
  allowanceRecipients: number;
  /** Allowances in force on the day (today when asOf is null), in fen a month. */
  monthlyAllowances: bigint;
}

/** Premises and designations of the stations of a subtree. */
export interface StationFacilitiesFigures {
  townshipStations: number;
  independentOffice: number;
  sharedOffice: number;
  withSignage: number;
  designations: Array<{ kind: DesignationKind; level: DesignationLevel; stations: number }>;
}

const LEVELS = Object.values(Certification).filter((level) => level !== Certification.NONE);

/** Workforce detail for each region code, all on the same day. */
export async function workforceDetailOf(
  em: EntityManager,
  codes: readonly string[],
  asOf: string | null,
): Promise<WorkforceDetailFigures[]> {
  const day = asOf ?? chinaToday();
  const [workers, allowances] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code, w.employment, w.certification, count(*) AS workers,
            count(*) FILTER (WHERE w.certification <> 'NONE'
              AND (${asOf}::date IS NULL OR w.certified_on <= ${asOf}::date)) AS certified,
            count(*) FILTER (WHERE w.certification <> 'NONE' AND w.certified_on IS NULL) AS undated
       FROM ${batch} JOIN social_workers w ON ${inSubtree('w.region_code')}
      GROUP BY p.code, w.employment, w.certification`,
    (batch) => sql`SELECT p.code, count(DISTINCT a.worker_id) AS recipients,
            coalesce(sum(a.monthly_amount_fen), 0)::text AS monthly_fen
       FROM ${batch} JOIN social_workers w ON ${inSubtree('w.region_code')}
       JOIN social_worker_allowances a ON a.worker_id = w.id
        AND a.starts_on <= ${day}::date AND (a.ends_on IS NULL OR a.ends_on >= ${day}::date)
      GROUP BY p.code`,
  ]);
  return codes.map((code) => {
    const mine = workers.allOf(code);
    const sum = (rows: typeof mine, column: string) =>
      rows.reduce((total, row) => total + Number(row[column] ?? 0), 0);
    const allowance = allowances.of(code);
    return {
      asOf,
      certified: sum(mine, 'certified'),
      certifiedByLevel: LEVELS.map((certification) => ({
        certification,
        workers: sum(
          mine.filter((row) => row.certification === certification),
          'certified',
        ),
      })),
      undated: asOf === null ? 0 : sum(mine, 'undated'),
      byEmployment: Object.values(Employment).map((employment) => {
        const rows = mine.filter((row) => row.employment === employment);
        return { employment, workers: sum(rows, 'workers'), certified: sum(rows, 'certified') };
      }),
      allowanceRecipients: Number(allowance?.recipients ?? 0),
      monthlyAllowances: BigInt(allowance?.monthly_fen ?? 0),
    };
  });
}

/** Premises and designations for each region code. */
export async function stationFacilitiesOf(
  em: EntityManager,
  codes: readonly string[],
): Promise<StationFacilitiesFigures[]> {
  const [premises, designations] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code, count(*) AS stations,
            count(*) FILTER (WHERE s.independent_office) AS independent,
            count(*) FILTER (WHERE NOT s.independent_office) AS shared,
            count(*) FILTER (WHERE s.signage) AS signage
       FROM ${batch} JOIN stations s ON ${inSubtree('s.region_code')}
        AND s.level = 'TOWNSHIP_STATION' AND s.status = 'OPERATING'
      GROUP BY p.code`,
    (batch) => sql`SELECT p.code, d.kind, d.level, count(DISTINCT d.station_id) AS stations
       FROM ${batch} JOIN stations s ON ${inSubtree('s.region_code')}
       JOIN station_designations d ON d.station_id = s.id
      GROUP BY p.code, d.kind, d.level`,
  ]);
  return codes.map((code) => {
    const row = premises.of(code);
    return {
      townshipStations: Number(row?.stations ?? 0),
      independentOffice: Number(row?.independent ?? 0),
      sharedOffice: Number(row?.shared ?? 0),
      withSignage: Number(row?.signage ?? 0),
      designations: designations.allOf(code).map((entry) => ({
        kind: entry.kind as DesignationKind,
        level: entry.level as DesignationLevel,
        stations: Number(entry.stations),
      })),
    };
  });
}
