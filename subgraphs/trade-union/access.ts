import type { Principal } from '../../shared/context.js';
import {
  recordAccess,
  type RecordAccess,
  type RecordHolder,
} from '../../shared/department/access.js';

/** The union's records of people: worker files and assistance. */
export const UNION_RECORDS: RecordHolder = { owner: 'TRADE_UNION' };

/** How much of a worker file a caller sees: employer, reason and income are sensitive. */
export function workerFileAccess(principal: Principal, purpose: string | null): RecordAccess {
  return recordAccess(principal, purpose, 'TRADE_UNION');
}
