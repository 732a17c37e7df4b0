import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { ProjectContribution } from '../../../shared/department/contribution.entity.js';
import {
  ChildrenHome,
  ChildrenHomeStatus,
  FamilyService,
  FamilyServiceKind,
  WomenChildCase,
  WomenChildCaseKind,
  WomenChildCaseStatus,
} from './women.entity.js';

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
];
