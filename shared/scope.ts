import type { DepartmentCode, Principal } from './context.js';
import { badInput, forbidden } from './errors.js';
import { parseDivisionCode } from './validators/division-code.js';

// Region and department scope, the same in every subgraph: a principal sees the subtree of its
// division code and nothing outside it.

/** The code of the whole country (全国), for national departments and operators. */
export const NATIONAL_CODE = '100000';

/** Prefix shared by every division code in the principal's subtree. */
export function scopePrefix(principal: Principal): string {
  if (principal.regionCode === NATIONAL_CODE) return '';
  const scope = parseDivisionCode(principal.regionCode);
  // A principal's code was validated when its token was read; an unreadable one sees nothing.
  return scope.ok ? scope.subtreePrefix : 'no-region:';
}

/** Condition on `regionCode` for rows in the principal's subtree. */
export function scopeWhere(principal: Principal): { regionCode: { $like: string } } {
  return { regionCode: { $like: `${scopePrefix(principal)}%` } };
}

/** True when the division code lies in the principal's subtree. */
export function inScope(principal: Principal, regionCode: string): boolean {
  return regionCode.startsWith(scopePrefix(principal));
}

/**
 * Fails with `FORBIDDEN` when the division code lies outside the principal's subtree. The
 * refusal is decided on the code alone and tells the caller that it lies outside (the message
 * names neither code), so it is for divisions the caller names itself, such as the region whose
 * statistics are asked for. The region of a stored record is checked with `scopedLookup` or the
 * refusals of shared/department/owned.ts instead, which read the same for "absent" and
 * "elsewhere".
 */
export function assertInScope(principal: Principal, regionCode: string, what: string): void {
  if (!inScope(principal, regionCode)) {
    throw forbidden(`${what} outside your region`);
  }
}

/** True when the division code is in the principal's subtree or on its path to the root. */
export function inScopeOrAbove(principal: Principal, regionCode: string): boolean {
  return inScope(principal, regionCode) || scopePrefix(principal).startsWith(prefixOf(regionCode));
}

function prefixOf(regionCode: string): string {
  const parsed = parseDivisionCode(regionCode);
  return parsed.ok ? parsed.subtreePrefix : regionCode;
}

/** Fails with `FORBIDDEN` unless the principal works for one of the departments. */
export function assertDepartment(
  principal: Principal,
  departments: DepartmentCode[],
  action: string,
): void {
  if (!departments.includes(principal.department)) {
    throw forbidden(`${action} is reserved to ${departments.join(', ')}`);
  }
}

/**
 * A single lookup by id, code or number: `null` both when the row does not exist and when it
 * lies outside the principal's region, so that the answer does not say whether it exists
 * elsewhere, nor where.
 */
export function scopedLookup<T extends { regionCode: string }>(
  principal: Principal,
  row: T | null,
): T | null {
  return row && inScope(principal, row.regionCode) ? row : null;
}

/**
 * Condition for a `regionCode` filter argument: rows whose `column` lies in the subtree of the
 * given division code; `BAD_USER_INPUT` on `field` for a code that is not one.
 */
export function subtreeFilter(
  code: string | null | undefined,
  column = 'regionCode',
  field = 'regionCode',
) {
  if (code == null) return {};
  const parsed = parseDivisionCode(code);
  if (!parsed.ok) throw badInput(field, `invalid division code: ${parsed.reason}`);
  return { [column]: { $like: `${parsed.subtreePrefix}%` } };
}

/**
 * The subtree prefix of a division the caller names for figures or a search over its region:
 * `BAD_USER_INPUT` on `field` for a code that is not one, `FORBIDDEN` for one outside the region.
 * The national code (every division) is in the region of national principals only.
 */
export function subtreeInScope(
  principal: Principal,
  code: string,
  what: string,
  field = 'regionCode',
): string {
  if (code === NATIONAL_CODE) {
    assertInScope(principal, code, what);
    return '';
  }
  const parsed = parseDivisionCode(code);
  if (!parsed.ok) throw badInput(field, `invalid division code: ${parsed.reason}`);
  assertInScope(principal, code, what);
  return parsed.subtreePrefix;
}
