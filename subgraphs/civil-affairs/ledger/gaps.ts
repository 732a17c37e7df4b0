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
