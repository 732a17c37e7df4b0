import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../../shared/subtree.js';

/** Why two entries of the register may be one person. */
export enum DuplicateReason {
  /** Same name, birth date and village: the identity number may have been missing or wrong. */
  SAME_NAME_BIRTH_DATE_VILLAGE = 'SAME_NAME_BIRTH_DATE_VILLAGE',
  /** Same name, identity numbers one or two characters apart: a mistyped number. */
  NEAR_IDENTITY_NUMBER = 'NEAR_IDENTITY_NUMBER',
}

export interface DuplicatePair {
  ids: [string, string];
  reasons: DuplicateReason[];
}

interface PairRow {
  a: string;
  b: string;
  same_place: boolean;
  near_number: boolean;
}

/**
 * Pairs of register entries in a subtree that may be one person, found in one statement: the
 * same name, and either the same birth date and village, or identity numbers that differ in at
 * most two characters. Ordered by the first entry's id; at most `limit`.
 */
export async function duplicatePairs(
  em: EntityManager,
  prefix: string,
  limit: number,
): Promise<DuplicatePair[]> {
  const statement = sql`
    WITH scoped AS (
      SELECT id, name, birth_date, region_code, identity_number FROM people
       WHERE region_code ~>=~ ${prefix} AND region_code ~<~ ${`${prefix}:`}
         AND merged_into IS NULL),
    pairs AS (
      SELECT a.id AS a, b.id AS b,
             a.birth_date = b.birth_date AND a.region_code = b.region_code AS same_place,
             (SELECT count(*) FROM generate_series(1, 18) AS i
               WHERE substr(a.identity_number, i, 1) <> substr(b.identity_number, i, 1)) <= 2
               AS near_number
        FROM scoped a JOIN scoped b ON a.name = b.name AND a.id < b.id)
    SELECT a::text, b::text, same_place, near_number FROM pairs
     WHERE same_place OR near_number
     ORDER BY a, b
     LIMIT ${limit}`;
  const rows = await em.getConnection().execute<PairRow[]>(statement.text, [...statement.params]);
  return rows.map((row) => ({
    ids: [row.a, row.b],
    reasons: [
      ...(row.same_place ? [DuplicateReason.SAME_NAME_BIRTH_DATE_VILLAGE] : []),
      ...(row.near_number ? [DuplicateReason.NEAR_IDENTITY_NUMBER] : []),
    ],
  }));
}
