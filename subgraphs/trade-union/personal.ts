import { personalTables } from '../../shared/register/personal-tables.js';
import { tradeUnionBenefits } from './benefits.js';

/**
 * The trade union's records about people, which follow the survivor when two entries of the
 * register are merged: the worker's file (one per person: when both have one, the survivor's
 * stays shown and the other stays under the old id) and the assistance granted.
 */
export const tradeUnionPersonal = personalTables(tradeUnionBenefits, [
  { table: 'worker_files', region: 'person_region_code', unique: { columns: [] } },
  { table: 'union_assistance', region: 'person_region_code' },
]);
