import { personalTables } from '../../shared/register/personal-tables.js';
import { youthLeagueBenefits } from './benefits.js';

/**
 * The Youth League's records about people, which follow the survivor when two entries of the
 * register are merged: enrolments (one per programme and person: an enrolment in a programme the
 * survivor is enrolled in too stays under the old id) and the volunteer entry (one per person,
 * kept in its team's division).
 */
export const youthLeaguePersonal = personalTables(youthLeagueBenefits, [
  {
    table: 'programme_enrolments',
    region: 'person_region_code',
    unique: { columns: ['programme_id'] },
  },
  { table: 'volunteers', unique: { columns: [] } },
]);
