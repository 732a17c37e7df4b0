import type { Principal } from '../../shared/context.js';
import {
  personalAccess,
  recordAccess,
  type RecordAccess,
  type RecordHolder,
} from '../../shared/department/access.js';
import { personalTreatment } from '../../shared/department/masking.js';
import { forbidden } from '../../shared/errors.js';
import { mapConnection, type Connection } from '../../shared/pagination.js';
import type { DisabilityContext } from './loaders.js';

/** The federation's records of people: certificates, rehabilitation, devices. */
export const FEDERATION_RECORDS: RecordHolder = { owner: 'DISABLED_PERSONS_FEDERATION' };

/** How much of a certificate a caller sees: certificates are health data. */
export function certificateAccess(principal: Principal, purpose: string | null): RecordAccess {
  return recordAccess(principal, purpose, 'DISABLED_PERSONS_FEDERATION');
}

/**
 * A page of the federation's services to certificate holders (rehabilitation, devices) as the
 * person view shows them: refused, before any row is read, to whoever sees none of them there;
 * otherwise each row's reveal is logged under that view's `field`, as reading it there would be.
 */
export async function listedServices<T extends { personId: string; personRegionCode: string }, V>(
  ctx: DisabilityContext,
  field: string,
  find: () => Promise<Connection<T>>,
  view: (row: T) => V,
): Promise<Connection<V>> {
  const { principal, purpose } = ctx;
  if (personalTreatment('assistance', principal, purpose, FEDERATION_RECORDS) === 'withheld') {
    throw forbidden("the federation's services to people are for its case teams and supervisors");
  }
  const rows = await find();
  const revealed = personalAccess(principal, purpose, FEDERATION_RECORDS) === 'revealed';
  return mapConnection(rows, async (row) => {
    if (revealed) {
      await ctx.loaders.reveal.load({
        personId: row.personId,
        personRegionCode: row.personRegionCode,
        field,
      });
    }
    return view(row);
  });
}
