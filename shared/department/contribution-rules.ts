import type { EntityManager } from '@mikro-orm/postgresql';
import type { DepartmentCode } from '../context.js';
import { ContributionKind, FundLevel, FundSource } from '../enums.js';
import { badInput } from '../errors.js';
import type { ProjectFacts } from './owner-facts.js';

// What a department's money in a catalogue project must respect, whatever the department: the
// project as its owner describes it (term, status, contract amount) and the department's own
// purse. The same rules for every department, so that no dashboard adds up money that could not
// have been paid.

/**
 * The fund sources each department may pay from: its own special funds, the budget that the
 * government allocates to it (财政拨款) or passes down from above, its existing purchases brought
 * into the station, and what it links from society. Another department's fund is never one's own.
 */
const EVERY_DEPARTMENT_MAY_USE = [
  FundSource.GOVERNMENT_BUDGET,
  FundSource.HIGHER_LEVEL_SUBSIDY,
  FundSource.INTEGRATED_PURCHASE_FUNDS,
  FundSource.PUBLIC_ASSETS,
  FundSource.LINKED_RESOURCES,
];
export const OWN_FUND_SOURCES: Readonly<Record<DepartmentCode, readonly FundSource[]>> = {
  CIVIL_AFFAIRS: [
    ...EVERY_DEPARTMENT_MAY_USE,
    FundSource.SOCIAL_ASSISTANCE_FUNDS,
    FundSource.EAST_WEST_COLLABORATION,
    FundSource.WELFARE_LOTTERY,
    FundSource.COMMUNITY_FUND,
  ],
  TRADE_UNION: [...EVERY_DEPARTMENT_MAY_USE, FundSource.UNION_FUNDS],
  YOUTH_LEAGUE: [...EVERY_DEPARTMENT_MAY_USE, FundSource.LEAGUE_FUNDS],
  WOMEN_FEDERATION: [...EVERY_DEPARTMENT_MAY_USE, FundSource.WOMEN_FEDERATION_FUNDS],
  DISABLED_PERSONS_FEDERATION: [
    ...EVERY_DEPARTMENT_MAY_USE,
    FundSource.DISABILITY_EMPLOYMENT_SECURITY_FUND,
  ],
  CHARITY: [FundSource.CHARITY_DONATIONS, FundSource.LINKED_RESOURCES],
};

/** Sources that are never a government's money, and those that always are. */
const NON_GOVERNMENT_SOURCES: readonly FundSource[] = [
  FundSource.CHARITY_DONATIONS,
  FundSource.LINKED_RESOURCES,
];
const GOVERNMENT_SOURCES: readonly FundSource[] = [
  FundSource.GOVERNMENT_BUDGET,
  FundSource.HIGHER_LEVEL_SUBSIDY,
  FundSource.INTEGRATED_PURCHASE_FUNDS,
  FundSource.SOCIAL_ASSISTANCE_FUNDS,
  FundSource.EAST_WEST_COLLABORATION,
  FundSource.WELFARE_LOTTERY,
  FundSource.DISABILITY_EMPLOYMENT_SECURITY_FUND,
  FundSource.PUBLIC_ASSETS,
];

/** Refuses a level that the source cannot have, naming `fundLevel`. */
export function assertLevelFits(source: FundSource, level: FundLevel): void {
  const nonGovernment = level === FundLevel.NON_GOVERNMENT;
  if (NON_GOVERNMENT_SOURCES.includes(source) && !nonGovernment) {
    throw badInput('fundLevel', `${source} is not government money: its level is NON_GOVERNMENT`);
  }
  if (GOVERNMENT_SOURCES.includes(source) && nonGovernment) {
    throw badInput('fundLevel', `${source} is government money: name the government's level`);
  }
  if (
    source === FundSource.HIGHER_LEVEL_SUBSIDY &&
    (level === FundLevel.COUNTY || level === FundLevel.TOWNSHIP)
  ) {
    throw badInput(
      'fundLevel',
      'a subsidy from above comes from the CENTRAL, PROVINCE or CITY level that gave it',
    );
  }
}

/** What a contribution gives, as its input states it (the fields of `ContributionInput`). */
export interface ContributionGift {
  kind: ContributionKind;
  amount?: bigint | null;
  areaSquareMetres?: number | null;
  goodsValue?: bigint | null;
  goodsCount?: number | null;
  volunteerHours?: number | null;
  description?: string | null;
}

/** What each kind must state, and may not: the one that is missing or misplaced is named. */
const KIND_FIELDS: Record<ContributionKind, Array<keyof ContributionGift>> = {
  MONEY: ['amount'],
  PREMISES: ['areaSquareMetres', 'description'],
  GOODS: ['description'],
  VOLUNTEER_HOURS: ['volunteerHours'],
};
const MEASURES: Array<keyof ContributionGift> = [
  'amount',
  'areaSquareMetres',
  'goodsValue',
  'goodsCount',
  'volunteerHours',
];
/** Measures a kind may give besides those it needs: goods, their value or their count or both. */
const KIND_MAY: Partial<Record<ContributionKind, Array<keyof ContributionGift>>> = {
  GOODS: ['goodsValue', 'goodsCount'],
};

/** Refuses a contribution whose kind lacks a field it needs or gives a measure of another kind. */
export function assertKindComplete(gift: ContributionGift): void {
  const needed = KIND_FIELDS[gift.kind];
  for (const field of needed) {
    const value = gift[field];
    if (value == null || value === '') {
      throw badInput(field, `${gift.kind} needs ${field}`);
    }
    if ((typeof value === 'number' || typeof value === 'bigint') && value <= 0) {
      throw badInput(field, `${field} must be more than zero`);
    }
  }
  const may = KIND_MAY[gift.kind] ?? [];
  if (may.length && may.every((field) => gift[field] == null)) {
    throw badInput(may[0]!, `${gift.kind} needs ${may.join(' or ')}`);
  }
  const stray = MEASURES.find(
    (field) => !needed.includes(field) && !may.includes(field) && gift[field] != null,
  );
  if (stray) {
    throw badInput(
      stray,
      `${stray} is not given for ${gift.kind}: ${gift.kind === ContributionKind.MONEY ? 'record what is given in kind as an entry of its own' : `state ${needed.join(' and ')}`}`,
    );
  }
}

/** Money this department has already put into the project, in fen (inside the write's transaction). */
export async function paidInto(em: EntityManager, projectId: string): Promise<bigint> {
  const [row] = await em.execute<Array<{ paid: string }>>(
    "SELECT coalesce(sum(amount_fen), 0)::text AS paid FROM project_contributions WHERE project_id = ? AND kind = 'MONEY'",
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
  money: {
    amount: bigint;
    fundSource?: FundSource;
    on: string;
    dateField: string;
    /** Given in kind: no money, so the contract amount does not bound it. */
    inKind?: boolean;
  },
  paidSoFar: bigint,
): void {
  if (!money.inKind && money.amount <= 0n)
    throw badInput('amount', 'amount must be more than zero');
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
  if (!money.inKind && paidSoFar + money.amount > project.contractAmountFen) {
    throw badInput(
      'amount',
      "the project's contract amount would be exceeded: amend the contract before paying more",
    );
  }
}
