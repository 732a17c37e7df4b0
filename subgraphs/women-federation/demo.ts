import type { EntityManager } from '@mikro-orm/postgresql';
import { buildWomenFederationSlice } from '../../shared/demo/women-federation.js';
import { buildDemoWorld } from '../../shared/demo/world.js';
import { insertInBatches } from '../../shared/demo/insert.js';
import type { Logger } from '../../shared/logger.js';
import {
  ChildrenHome,
  FamilyService,
  ProjectContribution,
  WomenChildCase,
} from './entities/index.js';

/** Loads the federation's slice of the demo world into an empty database, in one transaction. */
export async function loadWomenFederationDemo(em: EntityManager, logger: Logger): Promise<boolean> {
  if ((await em.count(ChildrenHome, {})) > 0) return false;
  const slice = buildWomenFederationSlice(buildDemoWorld());
  await em.transactional(async (tx) => {
    await insertInBatches(tx, ChildrenHome, slice.homes);
    await insertInBatches(tx, WomenChildCase, slice.cases);
    await insertInBatches(tx, FamilyService, slice.services);
    await insertInBatches(tx, ProjectContribution, slice.contributions);
  });
  logger.info({ homes: slice.homes.length, cases: slice.cases.length }, 'demo world loaded');
  return true;
}
