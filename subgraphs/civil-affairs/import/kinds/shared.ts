import type { Region } from '../../entities/index.js';
import type { Lookup } from '../lookup.js';
import type { RowReader } from '../row.js';

/** The row's division, which must be registered (the same words as the mutations use). */
export function regionOf(
  row: RowReader,
  lookup: Lookup,
  code: string | null | undefined,
): Region | null {
  if (!code || row.failed('regionCode')) return null;
  const region = lookup.regions.get(code);
  if (!region) row.fail('regionCode', `region ${code} is not registered`);
  return region ?? null;
}

/**
 * An identity number typed into Excel as a number has lost its last digits (and any X) before
 * the import sees it; say so rather than report a wrong check digit.
 */
export function identityCellProblem(row: RowReader, key: string): boolean {
  if (typeof row.cell(key) !== 'number') return false;
  row.fail(
    key,
    'stored as a number, which loses digits: format the column as text and type it again',
  );
  return true;
}
