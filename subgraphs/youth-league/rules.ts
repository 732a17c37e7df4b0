import { requireOwnRecord } from '../../shared/department/owned.js';
import type { YouthLeagueContext } from './loaders.js';

/** A row of this database by id in the caller's region; absent and elsewhere read alike. */
export function requireInRegion<T extends { regionCode: string }>(
  ctx: YouthLeagueContext,
  row: T | null,
  field: string,
  noun: string,
): T {
  return requireOwnRecord(ctx.principal, row, (found) => found.regionCode, field, noun);
}
