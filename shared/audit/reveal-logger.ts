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
 *
 * One client request can reach the same person in several fetches of the same department (the
 * person itself, then again through another department's record that points back at them), each
 * with its own context. The request id is shared by those fetches: under a lock on it, what the
 * request has already logged is read back and only what it lacks is written, so one reveal of one
 * person in one request is one row. A later fetch that reveals more fields of that person adds a
 * row with just those (the log is append-only: the first row cannot be widened).
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
      await em.transactional(async (tx) => {
        await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [requestId]);
        const ids = [...byPerson.keys()];
        const earlier = await tx.execute<Array<{ person_id: string; fields: string[] }>>(
          `select person_id, fields from access_log where request_id = ? and person_id in (${ids.map(() => '?').join(', ')})`,
          [requestId, ...ids],
        );
        for (const row of earlier) {
          for (const field of row.fields) byPerson.get(row.person_id)?.fields.delete(field);
        }
        const rows = [...byPerson].filter(([, entry]) => entry.fields.size > 0);
        if (rows.length === 0) return;
        await tx.insertMany(
          AccessLogEntry,
          rows.map(([personId, entry]) => ({
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
          })),
        );
      });
      return reveals.map(() => true as const);
    },
    { cacheKeyFn: (reveal) => `${reveal.personId}|${reveal.field}` },
  );
}
