import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { ProjectContribution } from '../../../shared/department/contribution.entity.js';
import { LedgerOutboxEntry } from '../../../shared/ledger/outbox.entity.js';
import { PersonMergeMove } from '../../../shared/register/entities.js';
import { Agency } from './agency.entity.js';
import { Benefit, LedgerCheckpoint } from './benefit.entity.js';
import { Case, CaseEvent, CaseGoal, CaseLink, CaseNeed } from './case.entity.js';
import { Consent } from './consent.entity.js';
import { Household, HouseholdMember, HouseholdMembershipEvent } from './household.entity.js';
import { Person } from './person.entity.js';
import { PersonMerge, RegisterChangeEntry } from './person-merge.entity.js';
import { Referral, ReferralEvent, ReferralResponseDays } from './referral.entity.js';
import { Region } from './region.entity.js';
import {
  ProjectAmendment,
  ProjectBid,
  ProjectMilestone,
  ProjectServiceItem,
} from './project-contract.entity.js';
import {
  ProjectEvaluation,
  ProjectRectification,
  ProjectTarget,
} from './project-evaluation.entity.js';
import { ProjectStation, ServiceProject } from './service-project.entity.js';
import {
  ServiceRecord,
  ServiceRecordPerson,
  ServiceRecordWorker,
} from './service-record.entity.js';
import { SocialWorker } from './social-worker.entity.js';
import { Station } from './station.entity.js';
import { StationDesignation, SupervisionEvent } from './station-standards.entity.js';
import {
  SocialWorkerAllowance,
  SocialWorkerReward,
  SocialWorkerTraining,
} from './worker-detail.entity.js';
import { TemporaryAssistance } from './temporary-assistance.entity.js';

export {
  AccessLogEntry,
  Agency,
  Benefit,
  LedgerCheckpoint,
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
  PersonMerge,
  PersonMergeMove,
  ProjectAmendment,
  ProjectBid,
  ProjectEvaluation,
  ProjectMilestone,
  ProjectRectification,
  ProjectServiceItem,
  ProjectContribution,
  ProjectStation,
  ProjectTarget,
  Referral,
  ReferralEvent,
  ReferralResponseDays,
  Region,
  RegisterChangeEntry,
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
};

/** Every entity of the civil-affairs database, for the ORM. */
export const civilAffairsEntities = [
  Region,
  Agency,
  Station,
  SocialWorker,
  Person,
  ServiceProject,
  ProjectStation,
  ProjectBid,
  ProjectServiceItem,
  ProjectMilestone,
  ProjectAmendment,
  ProjectTarget,
  ProjectEvaluation,
  ProjectRectification,
  ProjectContribution,
  ServiceRecord,
  ServiceRecordWorker,
  ServiceRecordPerson,
  TemporaryAssistance,
  Case,
  CaseNeed,
  CaseGoal,
  CaseLink,
  CaseEvent,
  Consent,
  Referral,
  ReferralEvent,
  ReferralResponseDays,
  Benefit,
  LedgerCheckpoint,
  Household,
  HouseholdMember,
  HouseholdMembershipEvent,
  AccessLogEntry,
  LedgerOutboxEntry,
  PersonMerge,
  RegisterChangeEntry,
  PersonMergeMove,
  StationDesignation,
  SupervisionEvent,
  SocialWorkerTraining,
  SocialWorkerAllowance,
  SocialWorkerReward,
];
