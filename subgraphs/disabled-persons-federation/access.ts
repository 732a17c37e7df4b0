import type { Principal } from '../../shared/context.js';
import {
  recordAccess,
  type RecordAccess,
  type RecordHolder,
} from '../../shared/department/access.js';
import { listedPersonalRecords } from '../../shared/department/personal-records.js';
import type { Connection } from '../../shared/pagination.js';
import type { DisabilityContext } from './loaders.js';

/** The federation's records of people: certificates, rehabilitation, devices. */
export const FEDERATION_RECORDS: RecordHolder = { owner: 'DISABLED_PERSONS_FEDERATION' };

/** How much of a certificate a caller sees: certificates are health data. */
export function certificateAccess(principal: Principal, purpose: string | null): RecordAccess {
  return recordAccess(principal, purpose, 'DISABLED_PERSONS_FEDERATION');
}

/**
 * A page of the federation's services to certificate holders (rehabilitation, devices) as the
 * person view shows them, each reveal logged under that view's `field`.
 */
export function listedServices<T extends { personId: string; personRegionCode: string }, V>(
  ctx: DisabilityContext,
  field: string,
  find: () => Promise<Connection<T>>,
  view: (row: T) => V,
): Promise<Connection<V>> {
  return listedPersonalRecords(
    ctx,
    'assistance',
    FEDERATION_RECORDS,
    {
      field,
      refusal: "the federation's services to people are for its case teams and supervisors",
    },
    find,
    view,
  );
}
