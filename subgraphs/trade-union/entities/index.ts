import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { LedgerOutboxEntry } from '../../../shared/ledger/outbox.entity.js';
import { registerFollowerEntities } from '../../../shared/register/entities.js';
import { ProjectContribution } from '../../../shared/department/contribution.entity.js';
import { UnionAssistance } from './assistance.entity.js';
import { UnionServicePoint } from './service-point.entity.js';
import { WorkerFile } from './worker-file.entity.js';

export { AccessLogEntry, ProjectContribution, UnionAssistance, UnionServicePoint, WorkerFile };

/** Every entity of the trade-union database, for the ORM. */
export const tradeUnionEntities = [
  WorkerFile,
  UnionServicePoint,
  UnionAssistance,
  ProjectContribution,
  AccessLogEntry,
  LedgerOutboxEntry,
  ...registerFollowerEntities,
];
