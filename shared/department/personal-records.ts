import type DataLoader from 'dataloader';
import type { Reveal } from '../audit/reveal-logger.js';
import type { Principal } from '../context.js';
import { forbidden } from '../errors.js';
import { mapConnection, type Connection } from '../pagination.js';
import { personalAccess, type RecordHolder } from './access.js';
import { maskPersonal, personalTreatment, type MaskForms, type PersonalKind } from './masking.js';

/** What a department resolver needs to show a person's records: who asks, and the log. */
export interface PersonalRecordsContext {
  principal: Principal;
  purpose: string | null;
  loaders: { reveal: DataLoader<Reveal, true, string> };
}

/**
 * A person's records of one kind (assistance, rehabilitation, cases...) as the masking rule of
 * that kind lets the caller see them: `null` when withheld; otherwise the records, after an
 * access-log row `field` has been written when the request reveals them.
 */
export async function personalRecords<T>(
  ctx: PersonalRecordsContext,
  kind: PersonalKind,
  holder: RecordHolder,
  field: string,
  person: { id: string },
  load: () => Promise<T[]>,
  regionOf: (record: T) => string,
): Promise<T[] | null> {
  if (personalTreatment(kind, ctx.principal, ctx.purpose, holder) === 'withheld') return null;
  const records = await load();
  if (records.length && personalAccess(ctx.principal, ctx.purpose, holder) === 'revealed') {
    await ctx.loaders.reveal.load({
      personId: person.id,
      personRegionCode: regionOf(records[0]!),
      field,
    });
  }
  return records;
}

/** Masks one personal value of a record as the caller may see it. */
export type PersonalMask = <T>(kind: PersonalKind, value: T, forms?: MaskForms<T>) => T | null;

/**
 * One record about a person (a worker file, a certificate) as the caller sees it: `null` when
 * the caller sees none of the holder's records; otherwise what `show` makes of it with the
 * caller's mask, after an access-log row `field` has been written when the request reveals it,
 * so that a failed write shows nothing.
 */
export async function personalRecord<V>(
  ctx: PersonalRecordsContext,
  holder: RecordHolder,
  field: string,
  record: { personId: string; personRegionCode: string },
  show: (mask: PersonalMask) => V,
): Promise<V | null> {
  const { principal, purpose } = ctx;
  const access = personalAccess(principal, purpose, holder);
  if (access === 'none') return null;
  if (access === 'revealed') {
    await ctx.loaders.reveal.load({
      personId: record.personId,
      personRegionCode: record.personRegionCode,
      field,
    });
  }
  return show((kind, value, forms) => maskPersonal(kind, value, principal, purpose, holder, forms));
}

/**
 * A page of a department's records of one kind about people (grants, services, devices) as the
 * person view would show them: refused with FORBIDDEN, before any row is read, to whoever sees
 * none of that kind there (`refusal` says who may); each row revealed to a supervisor with a
 * purpose is logged under the person view's `field`, as reading it there would be.
 */
export async function listedPersonalRecords<
  T extends { personId: string; personRegionCode: string },
  V,
>(
  ctx: PersonalRecordsContext,
  kind: PersonalKind,
  holder: RecordHolder,
  listing: { field: string; refusal: string },
  find: () => Promise<Connection<T>>,
  view: (row: T) => V,
): Promise<Connection<V>> {
  const { principal, purpose } = ctx;
  if (personalTreatment(kind, principal, purpose, holder) === 'withheld') {
    throw forbidden(listing.refusal);
  }
  const rows = await find();
  const revealed = personalAccess(principal, purpose, holder) === 'revealed';
  return mapConnection(rows, async (row) => {
    if (revealed) {
      await ctx.loaders.reveal.load({
        personId: row.personId,
        personRegionCode: row.personRegionCode,
        field: listing.field,
      });
    }
    return view(row);
  });
}
