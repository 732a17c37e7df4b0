import type DataLoader from 'dataloader';
import type { Reveal } from '../audit/reveal-logger.js';
import type { Principal } from '../context.js';
import { personalAccess, type RecordHolder } from './access.js';
import { personalTreatment, type PersonalKind } from './masking.js';

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
