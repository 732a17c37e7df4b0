import { personalTables } from '../../shared/register/personal-tables.js';
import { womenFederationBenefits } from './benefits.js';

/**
 * The women's federation's records about people, which follow the survivor when two entries of
 * the register are merged: its women and children cases. Family services name no person.
 */
export const womenFederationPersonal = personalTables(womenFederationBenefits, [
  { table: 'women_child_cases', region: 'person_region_code' },
]);
