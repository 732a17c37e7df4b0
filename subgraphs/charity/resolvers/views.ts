import type { CharityFund, CharityGrant, CharityVolunteer } from '../entities/index.js';
import type { CharityContext } from '../loaders.js';
import type { CharityFundView, CharityGrantView, CharityVolunteerView } from './types.js';

/** A grant as the graph shows it. */
export function grantView(grant: CharityGrant): CharityGrantView {
  return {
    id: grant.id,
    fundId: grant.fundId,
    recipientKind: grant.recipientKind,
    project: grant.projectId ? { id: grant.projectId } : null,
    communityCode: grant.communityCode,
    person: grant.personId ? { id: grant.personId } : null,
    amount: BigInt(grant.amountFen),
    grantedOn: grant.grantedOn,
    purpose: grant.purpose,
  };
}

/** A fund with its money, counted in SQL through the request's loader. */
export async function fundView(fund: CharityFund, ctx: CharityContext): Promise<CharityFundView> {
  const { raised, granted } = await ctx.loaders.fundTotals.load(fund.id);
  return {
    id: fund.id,
    name: fund.name,
    kind: fund.kind,
    regionCode: fund.regionCode,
    establishedOn: fund.establishedOn,
    raised,
    granted,
    balance: raised - granted,
  };
}

/** A volunteer as the graph shows them. */
export function volunteerView(volunteer: CharityVolunteer): CharityVolunteerView {
  return {
    id: volunteer.id,
    name: volunteer.name,
    joinedOn: volunteer.joinedOn,
    station: volunteer.stationId ? { id: volunteer.stationId } : null,
  };
}
