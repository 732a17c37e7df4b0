import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Sql } from '../../../shared/subtree.js';
import { STATION_RULES, textArray, type BreachFacts } from './rules.js';

// Which stations of a subtree break which standards on a day: every rule's query over the
// subtree's operating stations, in one statement, grouped by station and paged by its id.

/** One breach: the rule's code and its facts. */
export interface Breach {
  rule: string;
  facts: BreachFacts;
}

/** A station out of standard, with every breach, rules in the registry's order. */
export interface StationBreaches {
  stationId: string;
  breaches: Breach[];
}

/** The stations held to standards: operating on the day, in the subtree. */
function heldStations(prefix: string, asOf: string): Sql {
  return sql`SELECT s.id, s.region_code, s.level, s.opened_on FROM stations s
     WHERE s.region_code ~>=~ ${prefix}::text AND s.region_code ~<~ (${prefix}::text || ':')
       AND s.status = 'OPERATING' AND (s.opened_on IS NULL OR s.opened_on <= ${asOf}::date)`;
}

/** Every rule's breaches as rows `(ordinal, rule, station_id, facts)`. */
function allBreaches(prefix: string, asOf: string): Sql {
  const held = heldStations(prefix, asOf);
  return STATION_RULES.map((rule, ordinal) => {
    const stations = sql`(SELECT * FROM (${held}) h WHERE h.level = ANY(${textArray(rule.levels)}::text[]))`;
    return sql`SELECT ${ordinal}::int AS ordinal, ${rule.code}::text AS rule, b.station_id, b.facts
      FROM (${rule.breaches(stations, asOf, rule.parameters)}) b`;
  }).reduce((union, next) => sql`${union} UNION ALL ${next}`);
}

/** One page of the stations out of standard, ordered by id, after `afterId`. */
export async function stationsOutOfStandard(
  em: EntityManager,
  options: { prefix: string; asOf: string; afterId: string | null; limit: number },
): Promise<StationBreaches[]> {
  const { prefix, asOf, afterId, limit } = options;
  const query = sql`SELECT station_id, jsonb_agg(jsonb_build_object('rule', rule, 'facts', facts)
             ORDER BY ordinal) AS breaches
       FROM (${allBreaches(prefix, asOf)}) b
      WHERE ${afterId}::uuid IS NULL OR station_id > ${afterId}::uuid
      GROUP BY station_id ORDER BY station_id LIMIT ${limit}::int`;
  const rows = await em
    .getConnection()
    .execute<Array<{ station_id: string; breaches: Breach[] }>>(query.text, [...query.params]);
  return rows.map((row) => ({ stationId: row.station_id, breaches: row.breaches }));
}

/** How many stations of the subtree are out of standard on the day. */
export async function countOutOfStandard(
  em: EntityManager,
  options: { prefix: string; asOf: string },
): Promise<number> {
  const query = sql`SELECT count(DISTINCT station_id) AS count FROM (${allBreaches(options.prefix, options.asOf)}) b`;
  const [row] = await em
    .getConnection()
    .execute<Array<{ count: string }>>(query.text, [...query.params]);
  return Number(row?.count ?? 0);
}
