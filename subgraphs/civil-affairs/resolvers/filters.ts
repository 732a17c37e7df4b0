import { badInput } from '../../../shared/errors.js';
import { subtreeFilter } from '../../../shared/scope.js';

/** Condition selecting rows whose `regionCode` lies in the subtree of `code` (itself included). */
export function inRegionSubtree(code: string | null | undefined) {
  return subtreeFilter(code);
}

/** Condition on a date column for an optional range, rejecting a range that ends before it starts. */
export function inDateRange(column: string, from?: string | null, to?: string | null) {
  if (from && to && to < from) throw badInput('to', `to (${to}) is before from (${from})`);
  const condition: Record<string, string> = {};
  if (from) condition.$gte = from;
  if (to) condition.$lte = to;
  return Object.keys(condition).length ? { [column]: condition } : {};
}
