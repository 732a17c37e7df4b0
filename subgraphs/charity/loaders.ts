import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalGrant } from '../../shared/auth.js';
import { createRevealLogger } from '../../shared/audit/reveal-logger.js';
import type { HubContext } from '../../shared/context.js';
import type { Contribution } from '../../shared/department/contribution.js';
import { Department, FundSource } from '../../shared/enums.js';
import { groupLoader } from '../../shared/loaders.js';
import { scopeWhere } from '../../shared/scope.js';
import {
  inSubtree,
  rowOf,
  runAggregate,
  SUBTREE_BATCH,
  subtreeBatch,
} from '../../shared/subtree.js';
import { CharityGrant, CharityVolunteer } from './entities/index.js';

const money = (value: unknown) => BigInt((value as string | null | undefined) ?? 0);

/** The fund source each kind of fund counts as when it pays into a project. */
const FUND_SOURCE: Record<string, FundSource> = {
  COMMUNITY_GOVERNANCE: FundSource.COMMUNITY_FUND,
  CHARITY_ASSOCIATION: FundSource.CHARITY_DONATIONS,
  WELFARE_LOTTERY: FundSource.WELFARE_LOTTERY,
};

/** Raised, granted and balance of each fund, in SQL. */
export async function fundTotals(em: EntityManager, fundIds: readonly string[]) {
  const rows = await runAggregate(
    em,
    `SELECT f.id::text AS code,
            (SELECT coalesce(sum(amount_fen), 0) FROM donations d WHERE d.fund_id = f.id)::text AS raised,
            (SELECT coalesce(sum(amount_fen), 0) FROM charity_grants g WHERE g.fund_id = f.id)::text AS granted
       FROM charity_funds f WHERE f.id = ANY(?::uuid[])`,
    [`{${fundIds.join(',')}}`],
  );
  return fundIds.map((id) => {
    const row = rowOf(rows, id);
    return { raised: money(row?.raised), granted: money(row?.granted) };
  });
}

/** Charity's money in each project: its grants to the project, summed in SQL. */
async function projectContributions(
  em: EntityManager,
  projectIds: readonly string[],
  pattern: string,
): Promise<Array<Contribution | null>> {
  const rows = await runAggregate(
    em,
    `SELECT g.project_id::text AS code, sum(g.amount_fen)::text AS amount, count(*) AS allocations,
            array_to_json(array_agg(DISTINCT f.kind)) AS kinds
       FROM charity_grants g JOIN charity_funds f ON f.id = g.fund_id
      WHERE g.project_id = ANY(?::uuid[]) AND g.recipient_region_code LIKE ?
      GROUP BY g.project_id`,
    [`{${projectIds.join(',')}}`, pattern],
  );
  return projectIds.map((id) => {
    const row = rowOf(rows, id);
    if (!row) return null;
    const sources = [
      ...new Set((row.kinds as unknown as string[]).map((kind) => FUND_SOURCE[kind] as FundSource)),
    ].sort();
    return {
      department: Department.CHARITY,
      amount: money(row.amount),
      fundSources: sources,
      allocations: Number(row.allocations),
      indicators: [],
    };
  });
}

/** Funds, money raised and granted, and volunteers over each region's subtree. */
async function regionFigures(em: EntityManager, codes: readonly string[]) {
  const batch = subtreeBatch(codes);
  const [funds, grants, volunteers] = await Promise.all([
    runAggregate(
      em,
      `SELECT p.code, count(DISTINCT f.id) AS funds, coalesce(sum(d.amount_fen), 0)::text AS raised
         FROM ${SUBTREE_BATCH} LEFT JOIN charity_funds f ON ${inSubtree('f.region_code')}
         LEFT JOIN donations d ON d.fund_id = f.id GROUP BY p.code`,
      [batch],
    ),
    runAggregate(
      em,
      `SELECT p.code, coalesce(sum(g.amount_fen), 0)::text AS granted,
              coalesce(sum(g.amount_fen) FILTER (WHERE g.recipient_kind = 'PROJECT'), 0)::text AS projects,
              coalesce(sum(g.amount_fen) FILTER (WHERE g.recipient_kind = 'COMMUNITY'), 0)::text AS communities,
              coalesce(sum(g.amount_fen) FILTER (WHERE g.recipient_kind = 'PERSON'), 0)::text AS people,
              count(DISTINCT g.community_code) AS communities_granted
         FROM ${SUBTREE_BATCH} LEFT JOIN charity_grants g ON ${inSubtree('g.recipient_region_code')} GROUP BY p.code`,
      [batch],
    ),
    runAggregate(
      em,
      `SELECT p.code, count(v.id) AS n FROM ${SUBTREE_BATCH} LEFT JOIN charity_volunteers v ON ${inSubtree('v.region_code')} GROUP BY p.code`,
      [batch],
    ),
  ]);
  return codes.map((code) => ({
    funds: Number(rowOf(funds, code)?.funds ?? 0),
    raised: money(rowOf(funds, code)?.raised),
    granted: money(rowOf(grants, code)?.granted),
    grantedToProjects: money(rowOf(grants, code)?.projects),
    grantedToCommunities: money(rowOf(grants, code)?.communities),
    grantedToPeople: money(rowOf(grants, code)?.people),
    communitiesGranted: Number(rowOf(grants, code)?.communities_granted ?? 0),
    volunteers: Number(rowOf(volunteers, code)?.n ?? 0),
  }));
}

/** Every loader of the charity subgraph, built fresh for each request. */
export function createCharityLoaders(em: EntityManager, grant: InternalGrant) {
  const scope = scopeWhere(grant.principal);
  const pattern = scope.regionCode.$like;
  const recipientScope = { recipientRegionCode: scope.regionCode };
  return {
    fundTotals: new DataLoader((ids: readonly string[]) => fundTotals(em, ids)),
    contribution: new DataLoader((ids: readonly string[]) =>
      projectContributions(em, ids, pattern),
    ),
    grantsByProject: groupLoader(
      em,
      CharityGrant,
      'projectId',
      { grantedOn: 'asc' },
      recipientScope,
    ),
    grantsByPerson: groupLoader(
      em,
      CharityGrant,
      'personId',
      { grantedOn: 'desc' },
      recipientScope,
    ),
    volunteersByStation: groupLoader(em, CharityVolunteer, 'stationId', { id: 'asc' }, scope),
    regionFigures: new DataLoader((codes: readonly string[]) => regionFigures(em, codes)),
    reveal: createRevealLogger(em, grant.principal, grant.requestId, grant.purpose),
  };
}

export type CharityContext = HubContext<ReturnType<typeof createCharityLoaders>>;
