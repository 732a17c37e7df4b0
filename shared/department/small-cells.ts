import type { Principal } from '../context.js';
import { hasRole } from '../auth.js';

// Small-cell suppression of counts of people. An analyst's figure that counts between one and
// SMALL_CELL_K - 1 people could point at someone (three people in a village given help by two
// departments), so such a count is shown as suppressed rather than as a number. Zero is shown:
// "none" is what a gap report must be able to say. Case teams and supervisors, who may see the
// people themselves, get every count.

/** Counts of people below this (and above zero) are suppressed for analysts. */
export const SMALL_CELL_K = 5;

/** A count of people as a caller may receive it. */
export interface CellCount {
  /** The count; null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

/** Whether the caller receives counts of people with small cells suppressed. */
export function suppressesSmallCells(principal: Principal): boolean {
  return hasRole(principal, ['ANALYST']) && !hasRole(principal, ['CASEWORKER', 'SUPERVISOR']);
}

/** `count` as the caller may receive it. */
export function cellCount(count: number, principal: Principal): CellCount {
  const suppressed = suppressesSmallCells(principal) && count > 0 && count < SMALL_CELL_K;
  return { count: suppressed ? null : count, suppressed };
}
