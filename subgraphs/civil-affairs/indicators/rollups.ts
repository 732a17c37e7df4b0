import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsOf, run } from '../../../shared/db/statements.js';
import { NATIONAL_CODE } from '../../../shared/scope.js';

// Applying facts to the rollups. A fact adds its values to one month (FLOW) or, for a stock,
// adds them from the month it starts counting and takes them away from the month it stops; it
// counts in its division and in every division above it (township, county, city, province, the
// country), and under every grouping a query may ask for: no split (''), each dimension alone
// (a record serving several groups counts once in each group), and all its dimensions together
// ('*', kept for counties and above, where a split by two dimensions is asked). A dashboard then
// reads a handful of rows per region and month, however many records lie behind them.

/** Groupings under which a rollup is kept: none, one dimension, or all of a record's. */
export const NO_SPLIT = '';
export const EVERY_DIMENSION = '*';

/**
 * Facts to apply: `sign` 1 adds, -1 takes away; `n` records lie behind a fact whose `values`
 * are their sums (1 for one record's fact). The fact stays the JSON text PostgreSQL wrote, so
 * its numbers reach the sums exactly, never by way of a double.
 */
export interface FactToApply {
  sign: 1 | -1;
  n: number;
  f: string;
}

/** Divisions a rollup of `region` counts in: its own, each above it, and the country. */
const ANCESTORS = `CROSS JOIN LATERAL (
  SELECT DISTINCT c FROM unnest(ARRAY['${NATIONAL_CODE}', left(s.region_code, 2) || '0000',
    left(s.region_code, 4) || '00', left(s.region_code, 6),
    CASE WHEN length(s.region_code) >= 9 THEN left(s.region_code, 9) END,
    CASE WHEN length(s.region_code) = 12 THEN s.region_code END]) AS c
  WHERE c IS NOT NULL) AS a(code)`;

const GROUPINGS = `CROSS JOIN LATERAL (
  SELECT '${NO_SPLIT}'::text AS grouping, '{}'::jsonb AS dims
  UNION ALL
  SELECT d.key, jsonb_build_object(d.key, e.value)
    FROM jsonb_each(s.dims) AS d
    CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(d.value) = 'array'
      THEN d.value ELSE jsonb_build_array(d.value) END) AS e(value)
  UNION ALL
  SELECT '${EVERY_DIMENSION}', s.dims
   WHERE length(a.code) <= 6 AND (SELECT count(*) FROM jsonb_object_keys(s.dims)) > 1) AS g`;

/** Where facts to apply are read: a batch handed in as JSON, or a table a rebuild filled. */
type FactsFrom = { json: string } | { table: string };

/**
 * Facts alike netted before they are spread over divisions and groupings: `k` times the fact's
 * values (facts added less facts taken away) and `n` records behind them. A batch holds many
 * records alike (people of one village registered in one month) and some added then removed.
 */
function factsOf(from: FactsFrom): string {
  const rows =
    'json' in from
      ? `jsonb_to_recordset(?::jsonb) AS x(sign int, n bigint, f jsonb)`
      : `${from.table} AS x`;
  return `facts AS (
  SELECT sum(x.sign) AS k, sum(x.sign * x.n) AS n, x.f FROM ${rows}
   GROUP BY x.f HAVING sum(x.sign) <> 0 OR sum(x.sign * x.n) <> 0)`;
}
const paramsOf = (from: FactsFrom) => ('json' in from ? [from.json] : []);

/** Each fact's months: one for a FLOW or DISTINCT record, its start and end for a stock. */
const MOMENTS = `moments AS (
  SELECT k, n, f, (f->>'month')::date AS month, 1 AS w FROM facts WHERE f->>'month' IS NOT NULL
  UNION ALL
  SELECT k, n, f, (f->>'since')::date, 1 FROM facts WHERE f->>'since' IS NOT NULL
  UNION ALL
  SELECT k, n, f, (f->>'until')::date, -1 FROM facts WHERE f->>'until' IS NOT NULL)`;

const KEY = 'measure, grouping, region_code, month, department, dims';
/** The key as read back: the month as text, as a driver would otherwise move it by a time zone. */
const RETURNED_KEY = 'measure, grouping, region_code, month::text AS month, department, dims';

/**
 * The facts' values by rollup key: FROM and GROUP BY of a statement whose select list names
 * `s.measure, g.grouping, a.code, s.month, s.department, g.dims` and sums `s.value`, `s.facts`.
 */
function valuesByKey(from: FactsFrom): string {
  return `WITH ${factsOf(from)}, ${MOMENTS},
     s AS (
       SELECT v.key AS measure, m.f->>'reporter' AS department, m.f->>'region' AS region_code,
              m.month, m.f->'dims' AS dims, m.k * m.w * (v.value)::numeric AS value,
              m.w * m.n AS facts
         FROM moments m CROSS JOIN LATERAL jsonb_each(m.f->'values') AS v)`;
}
const VALUES_GROUPED = `SELECT s.measure, g.grouping, a.code, s.month, s.department, g.dims, sum(s.value), sum(s.facts)
         FROM s ${ANCESTORS} ${GROUPINGS}
        GROUP BY s.measure, g.grouping, a.code, s.month, s.department, g.dims`;

/** The people behind DISTINCT measures by rollup key and person, as `valuesByKey`. */
function membersByKey(from: FactsFrom): string {
  return `WITH ${factsOf(from)},
     s AS (
       SELECT k.key AS measure, f.f->>'reporter' AS department, f.f->>'region' AS region_code,
              (f.f->>'month')::date AS month, f.f->'dims' AS dims, k.value AS member,
              f.n AS refs
         FROM facts f CROSS JOIN LATERAL jsonb_each_text(f.f->'members') AS k
        WHERE k.value IS NOT NULL AND f.f->>'month' IS NOT NULL)`;
}
const MEMBERS_GROUPED = `SELECT s.measure, g.grouping, a.code, s.month, s.department, g.dims, s.member, sum(s.refs)
         FROM s ${ANCESTORS} ${GROUPINGS}
        GROUP BY s.measure, g.grouping, a.code, s.month, s.department, g.dims, s.member`;

/** Adds a batch of facts to the sums; returns how many rollup rows came back to nothing. */
async function mergeValues(em: EntityManager, from: FactsFrom): Promise<number> {
  const emptied = await rowsOf<Record<string, unknown>>(
    em,
    `${valuesByKey(from)},
     changed AS (
       INSERT INTO indicator_rollups (${KEY}, value, facts)
       ${VALUES_GROUPED}
       ON CONFLICT (${KEY}) DO UPDATE SET value = indicator_rollups.value + excluded.value,
              facts = indicator_rollups.facts + excluded.facts
       RETURNING ${KEY}, value, facts)
     SELECT ${RETURNED_KEY} FROM changed WHERE facts = 0 AND value = 0`,
    paramsOf(from),
  );
  await forgetEmpty(em, 'indicator_rollups', emptied);
  return emptied.length;
}

/** Adds a batch's people behind DISTINCT measures: one reference per record naming them. */
async function mergeMembers(em: EntityManager, from: FactsFrom): Promise<void> {
  const emptied = await rowsOf<Record<string, unknown>>(
    em,
    `${membersByKey(from)},
     changed AS (
       INSERT INTO indicator_members (${KEY}, member, refs)
       ${MEMBERS_GROUPED}
       ON CONFLICT (${KEY}, member) DO UPDATE SET refs = indicator_members.refs + excluded.refs
       RETURNING ${KEY}, member, refs)
     SELECT ${RETURNED_KEY}, member FROM changed WHERE refs = 0`,
    paramsOf(from),
  );
  await forgetEmpty(em, 'indicator_members', emptied);
}

/** Deletes the rows a batch brought back to nothing, so that a rollup holds only what counts. */
async function forgetEmpty(
  em: EntityManager,
  table: 'indicator_rollups' | 'indicator_members',
  keys: Array<Record<string, unknown>>,
): Promise<void> {
  if (!keys.length) return;
  const member = table === 'indicator_members';
  await run(
    em,
    `DELETE FROM ${table} t USING jsonb_to_recordset(?::jsonb) AS k(measure text, grouping text,
       region_code text, month date, department text, dims jsonb${member ? ', member text' : ''})
     WHERE t.measure = k.measure AND t.grouping = k.grouping AND t.region_code = k.region_code
       AND t.month = k.month AND t.department = k.department AND t.dims = k.dims
       ${member ? 'AND t.member = k.member' : ''}`,
    [JSON.stringify(keys)],
  );
}

/** Facts as the JSON array the statements read. */
function factsJson(facts: FactToApply[]): string {
  return `[${facts.map(({ sign, n, f }) => `{"sign":${sign},"n":${n},"f":${f}}`).join(',')}]`;
}

/** Applies facts to the rollups, in the caller's transaction. */
export async function applyFacts(em: EntityManager, facts: FactToApply[]): Promise<void> {
  if (!facts.length) return;
  const from = { json: factsJson(facts) };
  await mergeValues(em, from);
  await mergeMembers(em, from);
}

/**
 * Facts gathered in a temporary table of the caller's transaction and written at once into
 * rollups the caller emptied when `apply` is called: a rebuild spreads every fact over divisions
 * and groupings in one statement, a plain insert of rows that are new by construction, rather
 * than merging slice after slice into the rollups.
 */
export async function gatherFacts(em: EntityManager): Promise<{
  add(facts: FactToApply[]): Promise<void>;
  apply(): Promise<void>;
}> {
  const table = 'indicator_facts_to_apply';
  await run(em, `CREATE TEMPORARY TABLE ${table} (sign int, n bigint, f jsonb) ON COMMIT DROP`);
  return {
    async add(facts) {
      if (!facts.length) return;
      await run(
        em,
        `INSERT INTO ${table} SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(sign int, n bigint, f jsonb)`,
        [factsJson(facts)],
      );
    },
    async apply() {
      const from = { table };
      // Rows that sum to nothing are left out, as a merge deletes them.
      await run(
        em,
        `${valuesByKey(from)} INSERT INTO indicator_rollups (${KEY}, value, facts) ${VALUES_GROUPED}
         HAVING sum(s.value) <> 0 OR sum(s.facts) <> 0`,
      );
      await run(
        em,
        `${membersByKey(from)} INSERT INTO indicator_members (${KEY}, member, refs) ${MEMBERS_GROUPED}
         HAVING sum(s.refs) <> 0`,
      );
    },
  };
}
