import type { EntityManager } from '@mikro-orm/postgresql';
import { aggregateSubtrees, inSubtree, sql } from '../../shared/subtree.js';

/** Trade union figures over a region's subtree. */
export interface RegionFigures {
  workersInDifficulty: number;
  deepDifficulty: number;
  closedFiles: number;
  servicePoints: number;
  /** In fen. */
  assistanceGranted: bigint;
}

/**
 * Files, service points and assistance over each region's subtree: one statement per table for
 * the whole batch of regions, money summed in SQL.
 */
export async function regionFigures(
  em: EntityManager,
  codes: readonly string[],
): Promise<RegionFigures[]> {
  const [files, points, assistance] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code, count(f.id) FILTER (WHERE f.status = 'OPEN') AS open,
              count(f.id) FILTER (WHERE f.status = 'OPEN' AND f.level = 'DEEP') AS deep,
              count(f.id) FILTER (WHERE f.status = 'CLOSED') AS closed
         FROM ${batch} LEFT JOIN worker_files f ON ${inSubtree('f.person_region_code')}
        GROUP BY p.code`,
    (batch) => sql`SELECT p.code, count(s.id) AS points FROM ${batch}
         LEFT JOIN union_service_points s ON ${inSubtree('s.region_code')} GROUP BY p.code`,
    (batch) => sql`SELECT p.code, coalesce(sum(a.amount_fen), 0)::text AS amount FROM ${batch}
         LEFT JOIN union_assistance a ON ${inSubtree('a.person_region_code')} GROUP BY p.code`,
  ]);
  return codes.map((code) => ({
    workersInDifficulty: Number(files.of(code)?.open ?? 0),
    deepDifficulty: Number(files.of(code)?.deep ?? 0),
    closedFiles: Number(files.of(code)?.closed ?? 0),
    servicePoints: Number(points.of(code)?.points ?? 0),
    assistanceGranted: BigInt(assistance.of(code)?.amount ?? 0),
  }));
}
