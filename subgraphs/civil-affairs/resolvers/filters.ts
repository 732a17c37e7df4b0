import { badInput } from '../../../shared/errors.js';
import { parseDivisionCode } from '../../../shared/validators/division-code.js';

/** Condition selecting rows whose `regionCode` lies in the subtree of `code` (itself included). */
export function inRegionSubtree(code: string | null | undefined, field = 'regionCode') {
  if (code == null) return {};
  const parsed = parseDivisionCode(code);
  if (!parsed.ok) throw badInput(field, `invalid division code: ${parsed.reason}`);
  return { regionCode: { $like: `${parsed.subtreePrefix}%` } };
}

/** Condition on a date column for an optional range, rejecting a range that ends before it starts. */
export function inDateRange(column: string, from?: string | null, to?: string | null) {
  if (from && to && to < from) throw badInput('to', `to (${to}) is before from (${from})`);
  const condition: Record<string, string> = {};
  if (from) condition.$gte = from;
  if (to) condition.$lte = to;
  return Object.keys(condition).length ? { [column]: condition } : {};
}
