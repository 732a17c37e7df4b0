import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { Agency } from './agency.entity.js';
import { Person } from './person.entity.js';
import { Region } from './region.entity.js';
import { ProjectStation, ServiceProject } from './service-project.entity.js';
import {
  ServiceRecord,
  ServiceRecordPerson,
  ServiceRecordWorker,
} from './service-record.entity.js';
import { SocialWorker } from './social-worker.entity.js';
import { Station } from './station.entity.js';
import { TemporaryAssistance } from './temporary-assistance.entity.js';

export {
  AccessLogEntry,
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
  ServiceRecord,
  ServiceRecordWorker,
  ServiceRecordPerson,
  TemporaryAssistance,
  AccessLogEntry,
];
