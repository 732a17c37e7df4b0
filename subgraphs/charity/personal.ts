import { personalTables } from '../../shared/register/personal-tables.js';
import { charityBenefits } from './benefits.js';

/**
 * Charity's records about people, which follow the survivor when two entries of the register are
 * merged: grants to a person, and the reversing entries that name the same person.
 */
export const charityPersonal = personalTables(charityBenefits, [
  { table: 'charity_grants', region: 'recipient_region_code' },
]);
