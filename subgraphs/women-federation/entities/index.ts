import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { LedgerOutboxEntry } from '../../../shared/ledger/outbox.entity.js';
import { registerFollowerEntities } from '../../../shared/register/entities.js';
import { ProjectContribution } from '../../../shared/department/contribution.entity.js';
import { ChildrenHome } from './children-home.entity.js';
import {
  ChildrenHomeStatus,
  FamilyServiceKind,
  WomenChildCaseKind,
  WomenChildCaseStatus,
} from './enums.js';
import { FamilyService } from './family-service.entity.js';
import { WomenChildCase } from './women-child-case.entity.js';

export {
  AccessLogEntry,
  ChildrenHome,
  ChildrenHomeStatus,
  FamilyService,
  FamilyServiceKind,
  ProjectContribution,
  WomenChildCase,
  WomenChildCaseKind,
  WomenChildCaseStatus,
};

/** Every entity of the women's federation database, for the ORM. */
export const womenFederationEntities = [
  ChildrenHome,
  WomenChildCase,
  FamilyService,
  ProjectContribution,
  AccessLogEntry,
  LedgerOutboxEntry,
  ...registerFollowerEntities,
];
