import { emitAllBenefits } from '../../shared/ledger/outbox.js';
import { civilAffairsBenefits } from './benefits.js';
import type { DemoLoader } from '../../shared/subgraph.js';
import { buildDemoCaseWork } from '../../demo-world/case-work.js';
import { buildDemoHouseholds } from '../../demo-world/households.js';
import { buildDemoProjectLifecycle } from '../../demo-world/project-lifecycle.js';
import { civilAffairsFunding } from '../../demo-world/funding.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { insertInBatches } from '../../demo-world/insert.js';
import {
  Agency,
  Case,
  CaseEvent,
  CaseGoal,
  CaseLink,
  CaseNeed,
  Consent,
  Household,
  HouseholdMember,
  HouseholdMembershipEvent,
  Person,
  ProjectBid,
  ProjectEvaluation,
  ProjectMilestone,
  ProjectRectification,
  ProjectContribution,
  ProjectStation,
  ProjectTarget,
  Referral,
  ReferralEvent,
  Region,
  ServiceProject,
  ServiceRecord,
  ServiceRecordPerson,
  ServiceRecordWorker,
  SocialWorker,
  SocialWorkerAllowance,
  SocialWorkerReward,
  SocialWorkerTraining,
  Station,
  StationDesignation,
  SupervisionEvent,
  TemporaryAssistance,
} from './entities/index.js';

/**
 * Loads civil affairs' slice of the demo world into an empty database, in one transaction; a
 * database that already holds regions is left alone.
 */
export const loadDemo: DemoLoader = async (em, logger) => {
  if ((await em.count(Region, {})) > 0) return false;
  const world = buildDemoWorld();
  await em.transactional(async (tx) => {
    await insertInBatches(tx, Region, world.regions);
    await insertInBatches(tx, Agency, world.agencies);
    // Supervising stations first: a batch may not name a parent that a later batch inserts.
    const order = ['CITY_CENTRE', 'COUNTY_STATION', 'TOWNSHIP_STATION', 'VILLAGE_ROOM'];
    const stations = [...world.stations].sort(
      (a, b) => order.indexOf(a.level) - order.indexOf(b.level),
    );
    await insertInBatches(tx, Station, stations);
    await insertInBatches(tx, SocialWorker, world.workers);
    const standards = world.standards;
    await insertInBatches(tx, StationDesignation, standards.designations);
    await insertInBatches(tx, SupervisionEvent, standards.supervisionEvents);
    await insertInBatches(tx, SocialWorkerTraining, standards.trainings);
    await insertInBatches(tx, SocialWorkerAllowance, standards.allowances);
    await insertInBatches(tx, SocialWorkerReward, standards.rewards);
    await insertInBatches(tx, Person, [...world.people, ...world.duplicates]);
    const households = buildDemoHouseholds(world);
    await insertInBatches(tx, Household, households.households);
    await insertInBatches(tx, HouseholdMember, households.members);
    await insertInBatches(tx, HouseholdMembershipEvent, households.events);
    const lifecycle = buildDemoProjectLifecycle(world);
    await insertInBatches(
      tx,
      ServiceProject,
      world.projects.map(({ stationIds: _, ...project }) => ({
        ...project,
        ...lifecycle.contracts.get(project.id),
      })),
    );
    await insertInBatches(tx, ProjectBid, lifecycle.bids);
    await insertInBatches(tx, ProjectMilestone, lifecycle.milestones);
    await insertInBatches(tx, ProjectTarget, lifecycle.targets);
    await insertInBatches(tx, ProjectEvaluation, lifecycle.evaluations);
    await insertInBatches(tx, ProjectRectification, lifecycle.rectifications);
    await insertInBatches(
      tx,
      ProjectStation,
      world.projects.flatMap((project) =>
        project.stationIds.map((stationId) => ({ projectId: project.id, stationId })),
      ),
    );
    await insertInBatches(
      tx,
      ServiceRecord,
      world.records.map(({ workerIds: _w, personIds: _p, ...record }) => record),
    );
    await insertInBatches(
      tx,
      ServiceRecordWorker,
      world.records.flatMap((record) =>
        record.workerIds.map((workerId) => ({ recordId: record.id, workerId })),
      ),
    );
    await insertInBatches(
      tx,
      ServiceRecordPerson,
      world.records.flatMap((record) =>
        record.personIds.map((personId) => ({ recordId: record.id, personId })),
      ),
    );
    await insertInBatches(tx, TemporaryAssistance, world.assistance);
    await insertInBatches(
      tx,
      ProjectContribution,
      civilAffairsFunding(world).map((entry) => ({
        ...entry,
        recordedBy: 'demo',
        recordedByDepartment: 'CIVIL_AFFAIRS',
        keyScope: 'CIVIL_AFFAIRS:demo',
      })),
    );
    const work = buildDemoCaseWork(world);
    await insertInBatches(tx, Case, work.cases);
    await insertInBatches(tx, CaseNeed, work.needs);
    await insertInBatches(tx, CaseGoal, work.goals);
    await insertInBatches(tx, CaseEvent, work.caseEvents);
    await insertInBatches(tx, CaseLink, work.links);
    await insertInBatches(tx, Consent, work.consents);
    // Referrals passed on point at the referral they came from: those are written first.
    const first = work.referrals.filter((row) => !row.referredFromId);
    await insertInBatches(
      tx,
      Referral,
      first.map(({ onwardReferralId: _, ...row }) => row),
    );
    await insertInBatches(
      tx,
      Referral,
      work.referrals.filter((row) => row.referredFromId),
    );
    for (const row of first.filter((row) => row.onwardReferralId)) {
      await tx.nativeUpdate(
        Referral,
        { id: row.id as string },
        { onwardReferralId: row.onwardReferralId as string },
      );
    }
    await insertInBatches(tx, ReferralEvent, work.referralEvents);
    // Snapshots of every benefit record, so that a ledger built from scratch sees the world.
    await emitAllBenefits(tx, civilAffairsBenefits);
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
};
