import type { EntityManager } from '@mikro-orm/postgresql';
import { buildDisabilitySlice } from '../../shared/demo/disability.js';
import { buildDemoWorld } from '../../shared/demo/world.js';
import { insertInBatches } from '../../shared/demo/insert.js';
import type { Logger } from '../../shared/logger.js';
import {
  AssistiveDeviceGrant,
  DisabilityCertificate,
  ProjectContribution,
  RehabilitationService,
} from './entities/index.js';

/** Loads the federation's slice of the demo world into an empty database, in one transaction. */
export async function loadDisabilityDemo(em: EntityManager, logger: Logger): Promise<boolean> {
  if ((await em.count(DisabilityCertificate, {})) > 0) return false;
  const slice = buildDisabilitySlice(buildDemoWorld());
  await em.transactional(async (tx) => {
    await insertInBatches(tx, DisabilityCertificate, slice.certificates);
    await insertInBatches(tx, RehabilitationService, slice.rehabilitation);
    await insertInBatches(tx, AssistiveDeviceGrant, slice.devices);
    await insertInBatches(tx, ProjectContribution, slice.contributions);
  });
  logger.info({ certificates: slice.certificates.length }, 'demo world loaded');
  return true;
}
