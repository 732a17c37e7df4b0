import type { EntityManager } from '@mikro-orm/postgresql';
import type { DepartmentCode } from '../context.js';
import { FundSource } from '../enums.js';
import { badInput } from '../errors.js';
import type { ProjectFacts } from './owner-facts.js';

// What a department's money in a catalogue project must respect, whatever the department: the
// project as its owner describes it (term, status, contract amount) and the department's own
// purse. The same rules for every department, so that no dashboard adds up money that could not
// have been paid.

/**
 * The fund sources each department may pay from: its own special funds, and the budget that
 * the government allocates to it (财政拨款). Another department's fund is never one's own.
 */
export const OWN_FUND_SOURCES: Readonly<Record<DepartmentCode, readonly FundSource[]>> = {
  CIVIL_AFFAIRS: [
    FundSource.GOVERNMENT_BUDGET,
    FundSource.WELFARE_LOTTERY,
    FundSource.COMMUNITY_FUND,
  ],
  TRADE_UNION: [FundSource.GOVERNMENT_BUDGET, FundSource.UNION_FUNDS],
  YOUTH_LEAGUE: [FundSource.GOVERNMENT_BUDGET, FundSource.LEAGUE_FUNDS],
  WOMEN_FEDERATION: [FundSource.GOVERNMENT_BUDGET, FundSource.WOMEN_FEDERATION_FUNDS],
  DISABLED_PERSONS_FEDERATION: [
    FundSource.GOVERNMENT_BUDGET,
    FundSource.DISABILITY_EMPLOYMENT_SECURITY_FUND,
  ],
  CHARITY: [FundSource.CHARITY_DONATIONS],
};

/** Money this department has already put into the project, in fen (inside the write's transaction). */
export async function paidInto(em: EntityManager, projectId: string): Promise<bigint> {
  const [row] = await em.execute<Array<{ paid: string }>>(
    'SELECT coalesce(sum(amount_fen), 0)::text AS paid FROM project_contributions WHERE project_id = ?',
    [projectId],
  );
  return BigInt(row?.paid ?? 0);
}

/**
 * Serialises the writes of money into one project within this department's database, so that
 * two allocations at the same moment cannot both fit under the contract amount.
 */
export async function lockProject(em: EntityManager, projectId: string): Promise<void> {
  await em.execute('SELECT pg_advisory_xact_lock(hashtext(?))', [`project:${projectId}`]);
}

/** Refuses money that the project or the department cannot take, naming the field at fault. */
export function assertFundedLawfully(
  department: DepartmentCode,
  project: ProjectFacts,
  money: { amount: bigint; fundSource?: FundSource; on: string; dateField: string },
  paidSoFar: bigint,
): void {
  if (money.amount <= 0n) throw badInput('amount', 'amount must be more than zero');
  if (money.fundSource && !OWN_FUND_SOURCES[department].includes(money.fundSource)) {
    throw badInput(
      'fundSource',
      `${money.fundSource} is not a fund of ${department}; it pays from ${OWN_FUND_SOURCES[department].join(', ')}`,
    );
  }
  if (project.status === 'TERMINATED') {
    throw badInput('projectId', 'the project was terminated; it takes no more money');
  }
  if (money.on < project.startsOn || money.on > project.endsOn) {
    throw badInput(
      money.dateField,
      `${money.on} is outside the project's term (${project.startsOn} to ${project.endsOn})`,
    );
  }
  if (paidSoFar + money.amount > project.contractAmountFen) {
    throw badInput(
      'amount',
      "the project's contract amount would be exceeded: amend the contract before paying more",
    );
  }
}
