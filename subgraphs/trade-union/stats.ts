import type { EntityManager } from '@mikro-orm/postgresql';
import {
  inSubtree,
  rowOf,
  runAggregate,
  SUBTREE_BATCH,
  subtreeBatch,
} from '../../shared/subtree.js';
import type { TradeUnionRegionFigures } from './graphql/trade-union-region-figures.js';

/**
 * Files, service points and assistance over each region's subtree: one statement per table for
 * the whole batch of regions, money summed in SQL.
 */
export async function regionFigures(
  em: EntityManager,
  codes: readonly string[],
): Promise<Omit<TradeUnionRegionFigures, 'contributed'>[]> {
  const batch = subtreeBatch(codes);
  const [files, points, assistance] = await Promise.all([
    runAggregate(
      em,
      `SELECT p.code, count(f.id) FILTER (WHERE f.status = 'OPEN') AS open,
              count(f.id) FILTER (WHERE f.status = 'OPEN' AND f.level = 'DEEP') AS deep,
              count(f.id) FILTER (WHERE f.status = 'CLOSED') AS closed
         FROM ${SUBTREE_BATCH} LEFT JOIN worker_files f ON ${inSubtree('f.person_region_code')}
        GROUP BY p.code`,
      [batch],
    ),
    runAggregate(
      em,
      `SELECT p.code, count(s.id) AS points FROM ${SUBTREE_BATCH}
         LEFT JOIN union_service_points s ON ${inSubtree('s.region_code')} GROUP BY p.code`,
      [batch],
    ),
    runAggregate(
      em,
      `SELECT p.code, coalesce(sum(a.amount_fen), 0)::text AS amount FROM ${SUBTREE_BATCH}
         LEFT JOIN union_assistance a ON ${inSubtree('a.person_region_code')} GROUP BY p.code`,
      [batch],
    ),
  ]);
  return codes.map((code) => ({
    workersInDifficulty: Number(rowOf(files, code)?.open ?? 0),
    deepDifficulty: Number(rowOf(files, code)?.deep ?? 0),
    closedFiles: Number(rowOf(files, code)?.closed ?? 0),
    servicePoints: Number(rowOf(points, code)?.points ?? 0),
    assistanceGranted: BigInt((rowOf(assistance, code)?.amount as string | undefined) ?? 0),
  }));
}
