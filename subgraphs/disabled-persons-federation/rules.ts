import { requireOwned } from '../../shared/department/owned.js';
import { badInput } from '../../shared/errors.js';
import type { DisabilityContext } from './loaders.js';

/**
 * The holder as the register places them, who must hold a certificate: services and devices go
 * to certified people (持证残疾人). The same refusal when the person is absent or elsewhere.
 */
export async function requireCertificateHolder(ctx: DisabilityContext, personId: string) {
  const person = await requireOwned(ctx, 'person', personId, 'personId');
  const certificate = await ctx.loaders.certificateByPerson.load(personId);
  if (!certificate) throw badInput('personId', 'the person holds no disability certificate');
  return { personRegionCode: person.regionCode };
}
