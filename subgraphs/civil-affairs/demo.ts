import type { EntityManager } from '@mikro-orm/postgresql';
import { buildDemoWorld } from '../../shared/demo/world.js';
import type { Logger } from '../../shared/logger.js';
import {
  Agency,
  Person,
  ProjectStation,
  Region,
  ServiceProject,
  ServiceRecord,
  ServiceRecordPerson,
  ServiceRecordWorker,
  SocialWorker,
  Station,
  TemporaryAssistance,
} from './entities/index.js';

/**
 * Loads civil affairs' slice of the demo world into an empty database, in one transaction; a
 * database that already holds regions is left alone.
 */
export async function loadCivilAffairsDemo(em: EntityManager, logger: Logger): Promise<boolean> {
  if ((await em.count(Region, {})) > 0) return false;
  const world = buildDemoWorld();
  await em.transactional(async (tx) => {
    await tx.insertMany(Region, world.regions as never[]);
    await tx.insertMany(Agency, world.agencies);
    await tx.insertMany(Station, world.stations as never[]);
    await tx.insertMany(SocialWorker, world.workers as never[]);
    await tx.insertMany(Person, world.people as never[]);
    await tx.insertMany(
      ServiceProject,
      world.projects.map(({ stationIds: _, ...project }) => project) as never[],
    );
    await tx.insertMany(
      ProjectStation,
      world.projects.flatMap((project) =>
        project.stationIds.map((stationId) => ({ projectId: project.id, stationId })),
      ),
    );
    await tx.insertMany(
      ServiceRecord,
      world.records.map(({ workerIds: _w, personIds: _p, ...record }) => record) as never[],
    );
    await tx.insertMany(
      ServiceRecordWorker,
      world.records.flatMap((record) =>
        record.workerIds.map((workerId) => ({ recordId: record.id, workerId })),
      ),
    );
    await tx.insertMany(
      ServiceRecordPerson,
      world.records.flatMap((record) =>
        record.personIds.map((personId) => ({ recordId: record.id, personId })),
      ),
    );
    await tx.insertMany(TemporaryAssistance, world.assistance);
  });
  logger.info(
    {
      regions: world.regions.length,
      stations: world.stations.length,
      people: world.people.length,
      records: world.records.length,
    },
    'demo world loaded',
  );
  return true;
}
