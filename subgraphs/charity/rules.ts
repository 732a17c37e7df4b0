import { requireOwnRecord } from '../../shared/department/owned.js';
import { CharityFund } from './entities/index.js';
import type { CharityContext } from './loaders.js';

/** The fund by id in the caller's region; absent and elsewhere read alike. */
export async function fundInScope(ctx: CharityContext, fundId: string): Promise<CharityFund> {
  const fund = await ctx.em.findOne(CharityFund, { id: fundId });
  return requireOwnRecord(ctx.principal, fund, (found) => found.regionCode, 'fundId', 'fund');
}
