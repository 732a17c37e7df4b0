import type { RecordHolder } from '../../../shared/department/access.js';
import { maskPersonal } from '../../../shared/department/masking.js';
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

/** Charity's records of people served: aid given to them. */
export const AID: RecordHolder = { owner: 'CHARITY' };
/** Charity's volunteers, whom its admins register. */
export const VOLUNTEERS: RecordHolder = { owner: 'CHARITY', managedByAdmins: true };

/** A volunteer as the masking rule lets the caller see them. */
export function volunteerView(
  volunteer: CharityVolunteer,
  ctx: CharityContext,
): CharityVolunteerView {
  const { principal, purpose } = ctx;
  return {
    id: volunteer.id,
    name: maskPersonal('name', volunteer.name, principal, purpose, VOLUNTEERS),
    joinedOn: maskPersonal('eventDate', volunteer.joinedOn, principal, purpose, VOLUNTEERS),
    station: volunteer.stationId ? { id: volunteer.stationId } : null,
  };
}
