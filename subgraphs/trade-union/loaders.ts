import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalGrant } from '../../shared/auth.js';
import { createRevealLogger } from '../../shared/audit/reveal-logger.js';
import type { HubContext } from '../../shared/context.js';
import { contributedIn, contributionLoader } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { entityLoader, groupLoader } from '../../shared/loaders.js';
import { scopeWhere } from '../../shared/scope.js';
import {
  inSubtree,
  rowOf,
  runAggregate,
  SUBTREE_BATCH,
  subtreeBatch,
} from '../../shared/subtree.js';
import { UnionServicePoint, WorkerFile } from './entities/index.js';

/** Files and service points over each region's subtree, one statement per batch. */
async function regionFigures(em: EntityManager, codes: readonly string[]) {
  const batch = subtreeBatch(codes);
  const [files, points] = await Promise.all([
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
  ]);
  return codes.map((code) => ({
    workersInDifficulty: Number(rowOf(files, code)?.open ?? 0),
    deepDifficulty: Number(rowOf(files, code)?.deep ?? 0),
    closedFiles: Number(rowOf(files, code)?.closed ?? 0),
    servicePoints: Number(rowOf(points, code)?.points ?? 0),
  }));
}

/** Every loader of the trade-union subgraph, built fresh for each request. */
export function createTradeUnionLoaders(em: EntityManager, grant: InternalGrant) {
  const scope = scopeWhere(grant.principal);
  return {
    fileByPerson: entityLoader(em, WorkerFile, 'personId', { personRegionCode: scope.regionCode }),
    pointsByStation: groupLoader(em, UnionServicePoint, 'stationId', { id: 'asc' }, scope),
    regionFigures: new DataLoader((codes: readonly string[]) => regionFigures(em, codes)),
    contributedIn: new DataLoader((codes: readonly string[]) => contributedIn(em, codes)),
    contribution: contributionLoader(em, grant.principal, Department.TRADE_UNION),
    reveal: createRevealLogger(em, grant.principal, grant.requestId, grant.purpose),
  };
}

export type TradeUnionContext = HubContext<ReturnType<typeof createTradeUnionLoaders>>;
