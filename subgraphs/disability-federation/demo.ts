import type { EntityManager } from '@mikro-orm/postgresql';
import { buildDisabilitySlice } from '../../shared/demo/disability.js';
import { buildDemoWorld } from '../../shared/demo/world.js';
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
    await tx.insertMany(DisabilityCertificate, slice.certificates as never[]);
    await tx.insertMany(RehabilitationService, slice.rehabilitation as never[]);
    await tx.insertMany(AssistiveDeviceGrant, slice.devices);
    await tx.insertMany(ProjectContribution, slice.contributions as never[]);
  });
  logger.info({ certificates: slice.certificates.length }, 'demo world loaded');
  return true;
}
