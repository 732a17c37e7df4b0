import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { ProjectContribution } from '../../../shared/department/contribution.entity.js';
import {
  ProgrammeEnrolment,
  Volunteer,
  VolunteerService,
  VolunteerTeam,
  YouthProgramme,
  YouthProgrammeKind,
} from './youth.entity.js';

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
];
