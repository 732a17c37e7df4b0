import { personalTables } from '../../shared/register/personal-tables.js';
import { civilAffairsBenefits } from './benefits.js';

/** The survivor is a current member of a household already: a person is current in one at most. */
const SURVIVOR_IN_A_HOUSEHOLD =
  'EXISTS (SELECT 1 FROM household_members s WHERE s.person_id = p.survivor AND s.left_on IS NULL)';

/**
 * Civil affairs' records about people, which it moves to the survivor in the transaction that
 * merges two entries of the register. Each keeps the division it was written with (assistance
 * counts where it was given, a case is seen where it was opened). In order: a household's head
 * moves only with the head's current membership, which moves only when the survivor is current
 * in no household (otherwise both stay under the old id); past memberships always move. The
 * history of households names who it was at the time and is never rewritten; the benefit
 * ledger's read model follows the snapshots that moved records re-emit.
 */
export const civilAffairsPersonal = personalTables(civilAffairsBenefits, [
  { table: 'households', person: 'head_person_id', stays: SURVIVOR_IN_A_HOUSEHOLD },
  { table: 'household_members', unique: { columns: [], where: 'r.left_on IS NULL' } },
  { table: 'temporary_assistance' },
  { table: 'service_record_people', key: 'record_id', unique: { columns: ['record_id'] } },
  { table: 'cases' },
  { table: 'consents' },
  { table: 'referrals' },
]);
