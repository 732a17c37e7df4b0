import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { LedgerOutboxEntry } from '../../../shared/ledger/outbox.entity.js';
import { registerFollowerEntities } from '../../../shared/register/entities.js';
import { ProjectContribution } from '../../../shared/department/contribution.entity.js';
import { DisabilityCertificate } from './certificate.entity.js';
import { AssistiveDeviceGrant, RehabilitationService } from './rehabilitation.entity.js';

export {
  AccessLogEntry,
  AssistiveDeviceGrant,
  DisabilityCertificate,
  ProjectContribution,
  RehabilitationService,
};

/** Every entity of the disabled-persons-federation database, for the ORM. */
export const disabilityEntities = [
  DisabilityCertificate,
  RehabilitationService,
  AssistiveDeviceGrant,
  ProjectContribution,
  AccessLogEntry,
  LedgerOutboxEntry,
  ...registerFollowerEntities,
];
