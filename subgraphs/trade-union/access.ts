import type { Principal } from '../../shared/context.js';
import { isOwnCaseTeam, recordAccess, type RecordAccess } from '../../shared/department/access.js';

/** How much of a worker file a caller sees: employer, reason and income are sensitive. */
export function workerFileAccess(principal: Principal, purpose: string | null): RecordAccess {
  return recordAccess(principal, purpose, 'TRADE_UNION');
}

/** Assistance records (帮扶救助): the union's caseworkers and supervisors only. */
export function seesAssistance(principal: Principal): boolean {
  return isOwnCaseTeam(principal, 'TRADE_UNION');
}
