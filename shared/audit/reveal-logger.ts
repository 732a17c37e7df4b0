import DataLoader from 'dataloader';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../context.js';
import { AccessLogEntry } from './access-log.entity.js';

/** One field of one person's record shown in full. */
export interface Reveal {
  personId: string;
  personRegionCode: string;
  /** Name of the field as the graph calls it, e.g. `identityNumber`. */
  field: string;
}

/**
 * Writes the access log for the reveals of one request. Fields of the same person asked for
 * together land in one row; a revealed value is returned only after its row is written, so a
 * failed write shows nothing.
 */
export function createRevealLogger(
  em: EntityManager,
  principal: Principal,
  requestId: string,
  purpose: string | null,
): DataLoader<Reveal, true, string> {
  return new DataLoader(
    async (reveals) => {
      const byPerson = new Map<string, { regionCode: string; fields: Set<string> }>();
      for (const reveal of reveals) {
        const entry = byPerson.get(reveal.personId) ?? {
          regionCode: reveal.personRegionCode,
          fields: new Set(),
        };
        entry.fields.add(reveal.field);
        byPerson.set(reveal.personId, entry);
      }
      await em.insertMany(
        AccessLogEntry,
        [...byPerson].map(([personId, entry]) => ({
          // insertMany writes plain rows: the entity's defaults do not apply.
          id: uuidv7(),
          at: new Date(),
          subject: principal.subject,
          department: principal.department,
          roles: principal.roles,
          personId,
          personRegionCode: entry.regionCode,
          fields: [...entry.fields].sort(),
          purpose: purpose ?? '',
          requestId,
        })) as never[],
      );
      return reveals.map(() => true as const);
    },
    { cacheKeyFn: (reveal) => `${reveal.personId}|${reveal.field}` },
  );
}
