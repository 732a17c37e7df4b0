import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContributionFigures } from '../../shared/department/contribution.js';
import { Department, FundLevel, FundSource } from '../../shared/enums.js';
import { aggregateSubtrees, idArray, inSubtree, runAggregate, sql } from '../../shared/subtree.js';

/** Money of a fund, in fen. */
export interface FundTotals {
  raised: bigint;
  granted: bigint;
}

/** Charity's figures over a region's subtree; money in fen. */
export interface RegionFigures {
  funds: number;
  raised: bigint;
  granted: bigint;
  grantedToProjects: bigint;
  grantedToCommunities: bigint;
  grantedToPeople: bigint;
  communitiesGranted: number;
  volunteers: number;
}

const money = (value: unknown) => BigInt((value as string | null | undefined) ?? 0);

/** The fund source each kind of fund counts as when it pays into a project. */
const FUND_SOURCE: Record<string, FundSource> = {
  COMMUNITY_GOVERNANCE: FundSource.COMMUNITY_FUND,
  CHARITY_ASSOCIATION: FundSource.CHARITY_DONATIONS,
  WELFARE_LOTTERY: FundSource.WELFARE_LOTTERY,
};

/**
 * The level of a fund's money: charity's own funds are society's; a welfare-lottery fund is the
 * government's, at the level of the division that holds it.
 */
const levelOfFund = (kind: string, regionCode: string): FundLevel =>
  kind !== 'WELFARE_LOTTERY'
    ? FundLevel.NON_GOVERNMENT
    : regionCode.endsWith('0000')
      ? FundLevel.PROVINCE
      : regionCode.endsWith('00')
        ? FundLevel.CITY
        : regionCode.length > 6
          ? FundLevel.TOWNSHIP
          : FundLevel.COUNTY;

/** Raised, granted and balance of each fund, in SQL. */
export async function fundTotals(
  em: EntityManager,
  fundIds: readonly string[],
): Promise<FundTotals[]> {
  const rows = await runAggregate(
    em,
    sql`SELECT f.id::text AS code,
            (SELECT coalesce(sum(amount_fen), 0) FROM donations d WHERE d.fund_id = f.id)::text AS raised,
            (SELECT coalesce(sum(amount_fen), 0) FROM charity_grants g WHERE g.fund_id = f.id)::text AS granted
       FROM charity_funds f WHERE f.id = ANY(${idArray(fundIds)}::uuid[])`,
  );
  return fundIds.map((id) => {
    const row = rows.of(id);
    return { raised: money(row?.raised), granted: money(row?.granted) };
  });
}

/** Charity's money in each project: its grants to the project, summed in SQL. */
export async function projectContributions(
  em: EntityManager,
  projectIds: readonly string[],
  pattern: string,
): Promise<Array<ContributionFigures | null>> {
  const rows = await runAggregate(
    em,
    sql`SELECT g.project_id::text AS code, sum(g.amount_fen)::text AS amount, count(*) AS allocations,
            array_to_json(array_agg(DISTINCT f.kind)) AS kinds
       FROM charity_grants g JOIN charity_funds f ON f.id = g.fund_id
      WHERE g.project_id = ANY(${idArray(projectIds)}::uuid[]) AND g.recipient_region_code LIKE ${pattern}
      GROUP BY g.project_id`,
  );
  const shares = await runAggregate(
    em,
    sql`SELECT g.project_id::text AS code, f.kind, f.region_code AS region, sum(g.amount_fen)::text AS amount
       FROM charity_grants g JOIN charity_funds f ON f.id = g.fund_id
      WHERE g.project_id = ANY(${idArray(projectIds)}::uuid[]) AND g.recipient_region_code LIKE ${pattern}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  return projectIds.map((id) => {
    const row = rows.of(id);
    if (!row) return null;
    const bySource = new Map<string, { source: FundSource; level: FundLevel; amount: bigint }>();
    for (const share of shares.allOf(id)) {
      const source = FUND_SOURCE[share.kind as string]!;
      const level = levelOfFund(share.kind as string, share.region as string);
      const key = `${source}:${level}`;
      const entry = bySource.get(key) ?? { source, level, amount: 0n };
      entry.amount += money(share.amount);
      bySource.set(key, entry);
    }
    const sources = [
      ...new Set((row.kinds as unknown as string[]).map((kind) => FUND_SOURCE[kind] as FundSource)),
    ].sort();
    return {
      department: Department.CHARITY,
      amount: money(row.amount),
      fundSources: sources,
      bySource: [...bySource.values()],
      inKind: [],
      allocations: Number(row.allocations),
      indicators: [],
    };
  });
}

/** Funds, money raised and granted, and volunteers over each region's subtree. */
export async function regionFigures(
  em: EntityManager,
  codes: readonly string[],
): Promise<RegionFigures[]> {
  const [funds, grants, volunteers] = await aggregateSubtrees(em, codes, [
    (
      batch,
    ) => sql`SELECT p.code, count(DISTINCT f.id) AS funds, coalesce(sum(d.amount_fen), 0)::text AS raised
         FROM ${batch} LEFT JOIN charity_funds f ON ${inSubtree('f.region_code')}
         LEFT JOIN donations d ON d.fund_id = f.id GROUP BY p.code`,
    (batch) => sql`SELECT p.code, coalesce(sum(g.amount_fen), 0)::text AS granted,
              coalesce(sum(g.amount_fen) FILTER (WHERE g.recipient_kind = 'PROJECT'), 0)::text AS projects,
              coalesce(sum(g.amount_fen) FILTER (WHERE g.recipient_kind = 'COMMUNITY'), 0)::text AS communities,
              coalesce(sum(g.amount_fen) FILTER (WHERE g.recipient_kind = 'PERSON'), 0)::text AS people,
              count(DISTINCT g.community_code) AS communities_granted
         FROM ${batch} LEFT JOIN charity_grants g ON ${inSubtree('g.recipient_region_code')} GROUP BY p.code`,
    (batch) =>
      sql`SELECT p.code, count(v.id) AS n FROM ${batch} LEFT JOIN charity_volunteers v ON ${inSubtree('v.region_code')} GROUP BY p.code`,
  ]);
  return codes.map((code) => ({
    funds: Number(funds.of(code)?.funds ?? 0),
    raised: money(funds.of(code)?.raised),
    granted: money(grants.of(code)?.granted),
    grantedToProjects: money(grants.of(code)?.projects),
    grantedToCommunities: money(grants.of(code)?.communities),
    grantedToPeople: money(grants.of(code)?.people),
    communitiesGranted: Number(grants.of(code)?.communities_granted ?? 0),
    volunteers: Number(volunteers.of(code)?.n ?? 0),
  }));
}
