import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { ProjectContribution } from '../../../shared/department/contribution.entity.js';
import { UnionServicePoint, WorkerFile } from './worker-file.entity.js';

export { AccessLogEntry, ProjectContribution, UnionServicePoint, WorkerFile };

/** Every entity of the trade-union database, for the ORM. */
export const tradeUnionEntities = [
  WorkerFile,
  UnionServicePoint,
  ProjectContribution,
  AccessLogEntry,
];
