import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../../shared/context.js';
import { maskPersonal } from '../../../shared/department/masking.js';
import type { DepartmentCode } from '../../../shared/departments.js';
import type { BenefitKind, BenefitProgramme } from '../../../shared/ledger/benefit.js';
import type { OtherHelpAnswer, OtherHelpQuery } from '../../../shared/ledger/other-help.js';
import { scopePrefix } from '../../../shared/scope.js';
import { sql } from '../../../shared/subtree.js';

interface HelpRow {
  department: DepartmentCode;
  programme: BenefitProgramme;
  kind: BenefitKind;
  given_on: string;
  to_member: boolean;
  amount_fen: string | null;
}

/**
 * Other departments' help, not reversed, to a person or to a current member of the person's
 * households, within `windowDays` either side of a grant, oldest first, in one statement. Only
 * for a person in the caller's region, and only help counted in it: a person elsewhere, or an id
 * never issued, gets the same empty answer. Each amount as the caller may see the giving
 * department's assistance (its own case team; a department reading another's sees none).
 */
export async function answerOtherHelp(
  em: EntityManager,
  principal: Principal,
  query: OtherHelpQuery,
): Promise<OtherHelpAnswer> {
  const prefix = scopePrefix(principal);
  const end = `${prefix}:`;
  // The person and the household are a handful of rows: found first (MATERIALIZED), so that the
  // ledger is read by person and day whatever the planner guesses of tables just loaded.
  const statement = sql`
    WITH person AS MATERIALIZED (
      SELECT id FROM people WHERE id = ${query.personId}::uuid
         AND region_code ~>=~ ${prefix} AND region_code ~<~ ${end}),
    households AS MATERIALIZED (
      SELECT household_id FROM household_members
       WHERE person_id IN (SELECT id FROM person) AND left_on IS NULL),
    near AS MATERIALIZED (
      SELECT id AS person_id FROM person
      UNION
      SELECT person_id FROM household_members
       WHERE household_id IN (SELECT household_id FROM households) AND left_on IS NULL)
    SELECT b.department, b.programme, b.kind, b.given_on::text,
           b.person_id <> ${query.personId}::uuid AS to_member, b.amount_fen::text
      FROM near JOIN benefits b ON b.person_id = near.person_id
       AND b.given_on BETWEEN ${query.givenOn}::date - ${query.windowDays}::int
                          AND ${query.givenOn}::date + ${query.windowDays}::int
     WHERE NOT b.reversed AND b.department <> ${query.department}
       AND b.region_code ~>=~ ${prefix} AND b.region_code ~<~ ${end}
     ORDER BY b.given_on, b.department, b.record_id`;
  const rows = await em.getConnection().execute<HelpRow[]>(statement.text, [...statement.params]);
  return {
    help: rows.map((row) => ({
      department: row.department,
      programme: row.programme,
      kind: row.kind,
      givenOn: row.given_on,
      toHouseholdMember: row.to_member,
      amountFen:
        row.amount_fen === null
          ? null
          : maskPersonal('assistance', row.amount_fen, principal, null, {
              owner: row.department,
            }),
    })),
  };
}
