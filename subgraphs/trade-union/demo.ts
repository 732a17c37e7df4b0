import type { EntityManager } from '@mikro-orm/postgresql';
import { insertInBatches } from '../../shared/demo/insert.js';
import { buildTradeUnionSlice } from '../../shared/demo/trade-union.js';
import { buildDemoWorld } from '../../shared/demo/world.js';
import type { Logger } from '../../shared/logger.js';
import {
  ProjectContribution,
  UnionAssistance,
  UnionServicePoint,
  WorkerFile,
} from './entities/index.js';

/** Loads the trade union's slice of the demo world into an empty database, in one transaction. */
export async function loadTradeUnionDemo(em: EntityManager, logger: Logger): Promise<boolean> {
  if ((await em.count(UnionServicePoint, {})) > 0) return false;
  const slice = buildTradeUnionSlice(buildDemoWorld());
  await em.transactional(async (tx) => {
    await insertInBatches(tx, WorkerFile, slice.files);
    await insertInBatches(tx, UnionServicePoint, slice.servicePoints);
    await insertInBatches(tx, UnionAssistance, slice.assistance);
    await insertInBatches(tx, ProjectContribution, slice.contributions);
  });
  logger.info(
    {
      files: slice.files.length,
      servicePoints: slice.servicePoints.length,
      assistance: slice.assistance.length,
    },
    'demo world loaded',
  );
  return true;
}
