import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { LedgerOutboxEntry } from '../../../shared/ledger/outbox.entity.js';
import { registerFollowerEntities } from '../../../shared/register/entities.js';
import { ProjectContribution } from '../../../shared/department/contribution.entity.js';
import { YouthProgrammeKind } from './enums.js';
import { ProgrammeEnrolment } from './programme-enrolment.entity.js';
import { VolunteerService } from './volunteer-service.entity.js';
import { VolunteerTeam } from './volunteer-team.entity.js';
import { Volunteer } from './volunteer.entity.js';
import { YouthProgramme } from './youth-programme.entity.js';

export {
  AccessLogEntry,
  YouthProgrammeKind,
  ProgrammeEnrolment,
  ProjectContribution,
  Volunteer,
  VolunteerService,
  VolunteerTeam,
  YouthProgramme,
};

/** Every entity of the Youth League database, for the ORM. */
export const youthLeagueEntities = [
  VolunteerTeam,
  Volunteer,
  VolunteerService,
  YouthProgramme,
  ProgrammeEnrolment,
  ProjectContribution,
  AccessLogEntry,
  LedgerOutboxEntry,
  ...registerFollowerEntities,
];
