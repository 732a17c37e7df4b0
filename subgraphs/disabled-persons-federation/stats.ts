import type { EntityManager } from '@mikro-orm/postgresql';
import {
  inSubtree,
  rowOf,
  runAggregate,
  SUBTREE_BATCH,
  subtreeBatch,
  type SqlRow,
} from '../../shared/subtree.js';
import { DisabilityCategory } from './entities/enums.js';
import type { DisabilityRegionFigures } from './graphql/disability-region-figures.js';
import type { DisabilityStationFigures } from './graphql/disability-station-figures.js';

/** Figures of the federation over each region's subtree; money sums are done in SQL. */
export async function regionFigures(
  em: EntityManager,
  codes: readonly string[],
  today: string,
): Promise<Omit<DisabilityRegionFigures, 'contributed'>[]> {
  const batch = subtreeBatch(codes);
  const [categories, grades, services, devices] = await Promise.all([
    runAggregate(
      em,
      `SELECT p.code, c.category, count(*) AS count FROM ${SUBTREE_BATCH}
         JOIN certificates c ON ${inSubtree('c.person_region_code')} AND c.expires_on >= ?::date
        GROUP BY p.code, c.category`,
      [batch, today],
    ),
    runAggregate(
      em,
      `SELECT p.code, c.grade, count(*) AS count FROM ${SUBTREE_BATCH}
         JOIN certificates c ON ${inSubtree('c.person_region_code')} AND c.expires_on >= ?::date
        GROUP BY p.code, c.grade`,
      [batch, today],
    ),
    runAggregate(
      em,
      `SELECT p.code, count(r.id) AS count, coalesce(sum(r.duration_minutes), 0) AS minutes FROM ${SUBTREE_BATCH}
         LEFT JOIN rehabilitation_services r ON ${inSubtree('r.person_region_code')}
        GROUP BY p.code`,
      [batch],
    ),
    runAggregate(
      em,
      `SELECT p.code, count(d.id) AS count, coalesce(sum(d.value_fen), 0)::text AS value FROM ${SUBTREE_BATCH}
         LEFT JOIN assistive_device_grants d ON ${inSubtree('d.person_region_code')}
        GROUP BY p.code`,
      [batch],
    ),
  ]);
  const countOf = (rows: SqlRow[], code: string, key: string, value: string | number) =>
    Number(rows.find((row) => row.code === code && String(row[key]) === String(value))?.count ?? 0);
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
      rehabilitationServices: Number(rowOf(services, code)?.count ?? 0),
      rehabilitationHours: Number(rowOf(services, code)?.minutes ?? 0) / 60,
      assistiveDevices: Number(rowOf(devices, code)?.count ?? 0),
      assistiveDeviceValue: BigInt((rowOf(devices, code)?.value as string | undefined) ?? 0),
    };
  });
}

/** Rehabilitation delivered by each station's team, over the people in the caller's region. */
export async function stationFigures(
  em: EntityManager,
  stationIds: readonly string[],
  scopePattern: string,
): Promise<DisabilityStationFigures[]> {
  const rows = await runAggregate(
    em,
    `SELECT station_id::text AS code, count(*) AS count, count(DISTINCT person_id) AS people,
            sum(duration_minutes) AS minutes
       FROM rehabilitation_services
      WHERE station_id = ANY(?::uuid[]) AND person_region_code LIKE ?
      GROUP BY station_id`,
    [`{${stationIds.join(',')}}`, scopePattern],
  );
  return stationIds.map((id) => {
    const row = rowOf(rows, id);
    return {
      rehabilitationServices: Number(row?.count ?? 0),
      people: Number(row?.people ?? 0),
      hours: Number(row?.minutes ?? 0) / 60,
    };
  });
}
