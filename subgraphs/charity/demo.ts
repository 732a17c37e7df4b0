import type { EntityManager } from '@mikro-orm/postgresql';
import { buildCharitySlice } from '../../shared/demo/charity.js';
import { buildDemoWorld } from '../../shared/demo/world.js';
import { insertInBatches } from '../../shared/demo/insert.js';
import type { Logger } from '../../shared/logger.js';
import { CharityFund, CharityGrant, CharityVolunteer, Donation } from './entities/index.js';

/** Loads charity's slice of the demo world into an empty database, in one transaction. */
export async function loadCharityDemo(em: EntityManager, logger: Logger): Promise<boolean> {
  if ((await em.count(CharityFund, {})) > 0) return false;
  const slice = buildCharitySlice(buildDemoWorld());
  await em.transactional(async (tx) => {
    await insertInBatches(tx, CharityFund, slice.funds);
    await insertInBatches(tx, Donation, slice.donations);
    await insertInBatches(tx, CharityGrant, slice.grants);
    await insertInBatches(tx, CharityVolunteer, slice.volunteers);
  });
  logger.info({ funds: slice.funds.length, grants: slice.grants.length }, 'demo world loaded');
  return true;
}
