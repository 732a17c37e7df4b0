import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../../shared/subtree.js';

/**
 * Households in a subtree, of a category, where no current member had help from any department
 * since `since` (reversed help does not count): the households the ledger says were missed, in
 * one statement, by id, at most `limit`.
 */
export async function householdsWithoutHelp(
  em: EntityManager,
  query: { prefix: string; category: string; since: string; limit: number },
): Promise<string[]> {
  const statement = sql`
    SELECT h.id::text FROM households h
     WHERE h.region_code ~>=~ ${query.prefix} AND h.region_code ~<~ ${`${query.prefix}:`}
       AND h.categories @> ARRAY[${query.category}::text]
       AND NOT EXISTS (
         SELECT 1 FROM household_members m JOIN benefits b ON b.person_id = m.person_id
          WHERE m.household_id = h.id AND m.left_on IS NULL
            AND NOT b.reversed AND b.given_on >= ${query.since}::date)
     ORDER BY h.id LIMIT ${query.limit}::int`;
  const rows = await em
    .getConnection()
    .execute<Array<{ id: string }>>(statement.text, [...statement.params]);
  return rows.map((row) => row.id);
}

/** A village with registered people and no help or service since a day. */
export interface UnservedVillage {
  regionCode: string;
  /** People registered there. */
  people: number;
  /** The last day anyone there was helped or served, if ever. */
  lastServedOn: string | null;
}

/**
 * Villages (and communities) in a subtree where people are registered but no department's help
 * reached any of them, and no service record of civil affairs was delivered there or to them,
 * since `since`: the places a station's outreach has missed, in one statement, most people first.
 */
export async function unservedVillages(
  em: EntityManager,
  query: { prefix: string; since: string; limit: number },
): Promise<UnservedVillage[]> {
  const statement = sql`
    WITH registered AS (
      SELECT region_code, count(*)::int AS people FROM people
       WHERE region_code ~>=~ ${query.prefix} AND region_code ~<~ ${`${query.prefix}:`}
       GROUP BY region_code),
    served AS (
      SELECT p.region_code, max(b.given_on) AS last_on FROM benefits b
        JOIN people p ON p.id = b.person_id
       WHERE NOT b.reversed AND p.region_code IN (SELECT region_code FROM registered)
       GROUP BY p.region_code
      UNION ALL
      SELECT p.region_code, max(s.served_on) FROM service_record_people sp
        JOIN service_records s ON s.id = sp.record_id
        JOIN people p ON p.id = sp.person_id
       WHERE p.region_code IN (SELECT region_code FROM registered)
       GROUP BY p.region_code
      UNION ALL
      SELECT s.region_code, max(s.served_on) FROM service_records s
       WHERE s.region_code IN (SELECT region_code FROM registered)
       GROUP BY s.region_code),
    last AS (SELECT region_code, max(last_on) AS last_on FROM served GROUP BY region_code)
    SELECT r.region_code, r.people, last.last_on::text AS last_served_on
      FROM registered r
      JOIN regions g ON g.code = r.region_code AND g.level = 'VILLAGE'
      LEFT JOIN last ON last.region_code = r.region_code
     WHERE last.last_on IS NULL OR last.last_on < ${query.since}::date
     ORDER BY r.people DESC, r.region_code LIMIT ${query.limit}::int`;
  const rows = await em
    .getConnection()
    .execute<Array<{ region_code: string; people: number; last_served_on: string | null }>>(
      statement.text,
      [...statement.params],
    );
  return rows.map((row) => ({
    regionCode: row.region_code,
    people: row.people,
    lastServedOn: row.last_served_on,
  }));
}
