import type { EntityManager } from '@mikro-orm/postgresql';
import {
  aggregateSubtrees,
  idArray,
  inSubtree,
  runAggregate,
  sql,
  type RowsByCode,
} from '../../shared/subtree.js';
import { DisabilityCategory } from './entities/enums.js';

/** The federation's figures over a region's subtree. */
export interface RegionFigures {
  /** Valid certificates. */
  certificateHolders: number;
  /** Every category listed. */
  byCategory: Array<{ category: DisabilityCategory; count: number }>;
  /** Grades 1–4. */
  byGrade: Array<{ grade: number; count: number }>;
  rehabilitationServices: number;
  rehabilitationHours: number;
  assistiveDevices: number;
  /** In fen. */
  assistiveDeviceValue: bigint;
}

/** Rehabilitation delivered by a station's team. */
export interface StationFigures {
  rehabilitationServices: number;
  people: number;
  hours: number;
}

/** Figures of the federation over each region's subtree; money sums are done in SQL. */
export async function regionFigures(
  em: EntityManager,
  codes: readonly string[],
  today: string,
): Promise<RegionFigures[]> {
  const [categories, grades, services, devices] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code, c.category, count(*) AS count FROM ${batch}
         JOIN certificates c ON ${inSubtree('c.person_region_code')} AND c.expires_on >= ${today}::date
        GROUP BY p.code, c.category`,
    (batch) => sql`SELECT p.code, c.grade, count(*) AS count FROM ${batch}
         JOIN certificates c ON ${inSubtree('c.person_region_code')} AND c.expires_on >= ${today}::date
        GROUP BY p.code, c.grade`,
    (
      batch,
    ) => sql`SELECT p.code, count(r.id) AS count, coalesce(sum(r.duration_minutes), 0) AS minutes FROM ${batch}
         LEFT JOIN rehabilitation_services r ON ${inSubtree('r.person_region_code')}
        GROUP BY p.code`,
    (
      batch,
    ) => sql`SELECT p.code, count(d.id) AS count, coalesce(sum(d.value_fen), 0)::text AS value FROM ${batch}
         LEFT JOIN assistive_device_grants d ON ${inSubtree('d.person_region_code')}
        GROUP BY p.code`,
  ]);
  const countOf = (rows: RowsByCode, code: string, key: string, value: string | number) =>
    Number(rows.allOf(code).find((row) => String(row[key]) === String(value))?.count ?? 0);
  return codes.map((code) => {
    const byCategory = Object.values(DisabilityCategory).map((category) => ({
      category,
      count: countOf(categories, code, 'category', category),
    }));
    return {
      certificateHolders: byCategory.reduce((sum, entry) => sum + entry.count, 0),
      byCategory,
      byGrade: [1, 2, 3, 4].map((grade) => ({
        grade,
        count: countOf(grades, code, 'grade', grade),
      })),
      rehabilitationServices: Number(services.of(code)?.count ?? 0),
      rehabilitationHours: Number(services.of(code)?.minutes ?? 0) / 60,
      assistiveDevices: Number(devices.of(code)?.count ?? 0),
      assistiveDeviceValue: BigInt(devices.of(code)?.value ?? 0),
    };
  });
}

/** Rehabilitation delivered by each station's team, over the people in the caller's region. */
export async function stationFigures(
  em: EntityManager,
  stationIds: readonly string[],
  scopePattern: string,
): Promise<StationFigures[]> {
  const rows = await runAggregate(
    em,
    sql`SELECT station_id::text AS code, count(*) AS count, count(DISTINCT person_id) AS people,
            sum(duration_minutes) AS minutes
       FROM rehabilitation_services
      WHERE station_id = ANY(${idArray(stationIds)}::uuid[]) AND person_region_code LIKE ${scopePattern}
      GROUP BY station_id`,
  );
  return stationIds.map((id) => {
    const row = rows.of(id);
    return {
      rehabilitationServices: Number(row?.count ?? 0),
      people: Number(row?.people ?? 0),
      hours: Number(row?.minutes ?? 0) / 60,
    };
  });
}
