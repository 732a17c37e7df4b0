import type { EntityManager } from '@mikro-orm/postgresql';
import { identifier, inTransaction, rowsOf, run } from '../db/statements.js';
import type { DepartmentCode } from '../departments.js';
import type { DepartmentIndicators, IndicatorSource } from './sources.js';

// A record's fact: what it adds to its department's measures, where and when, as one JSON value
// built in SQL from the department's declaration. Statement triggers on each source table write
// the facts of every inserted, changed and deleted record to the department's outbox
// (`indicator_outbox`: the fact before and after) in the transaction of the change, whatever
// wrote it — a mutation, an import, a merge's follower, a bulk load — so no write path can forget
// to report. The rebuild reads the same facts from the tables themselves.

/** Name of the outbox table, the same in every department's database. */
export const INDICATOR_OUTBOX = 'indicator_outbox';

/** A record's fact as its department's outbox carries it. */
export interface RecordFact {
  /** The department that reports the record. */
  reporter: DepartmentCode;
  region: string;
  /** First day of the month a FLOW or DISTINCT record counts in. */
  month?: string;
  /** First days of the months a STOCK record starts counting and (when it ends) stops. */
  since?: string;
  until?: string | null;
  /** Each dimension's value; TARGET_GROUP a sorted array; null when the record has none. */
  dims: Record<string, string | string[] | null>;
  values: Record<string, number>;
  members: Record<string, string | null>;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const month = (day: string) => `to_char(date_trunc('month', (${day})::date), 'YYYY-MM-DD')`;

function objectOf(entries: Array<[string, string]>): string {
  if (!entries.length) return `'{}'::jsonb`;
  return `jsonb_build_object(${entries.map(([key, value]) => `${quote(key)}, ${value}`).join(', ')})`;
}

/** The SQL expression of the fact of a source's row `r`. */
export function factExpression(
  department: DepartmentCode,
  source: IndicatorSource<DepartmentCode>,
) {
  const timing =
    'on' in source
      ? [['month', month(source.on)] as [string, string]]
      : ([
          ['since', month(source.since)],
          ['until', source.until ? month(source.until) : 'NULL::text'],
        ] as Array<[string, string]>);
  const dims = Object.entries(source.dimensions ?? {}).map(
    ([name, expression]): [string, string] => [
      name,
      name === 'TARGET_GROUP'
        ? `(SELECT jsonb_agg(g ORDER BY g) FROM unnest((${expression})::text[]) AS g)`
        : `(${expression})::text`,
    ],
  );
  const values = Object.entries(source.values ?? {}).map(([code, expression]): [string, string] => [
    code,
    `(${expression})::numeric`,
  ]);
  const members = Object.entries(source.members ?? {}).map(
    ([code, expression]): [string, string] => [code, `(${expression})::text`],
  );
  return objectOf([
    ['reporter', source.reporter ? `(${source.reporter})::text` : quote(department)],
    ['region', `(${source.region})::text`],
    ...timing,
    ['dims', objectOf(dims)],
    ['values', objectOf(values)],
    ['members', objectOf(members)],
  ]);
}

/** The condition a row `r` of the source must meet to be a record of it. */
export function factCondition(source: IndicatorSource<DepartmentCode>): string {
  const day = 'on' in source ? source.on : source.since;
  return `(${source.where ?? 'true'}) AND (${day}) IS NOT NULL AND (${source.region}) IS NOT NULL`;
}

/** The trigger functions and triggers of one source, as statements to run in order. */
function triggerStatements(
  department: DepartmentCode,
  name: string,
  source: IndicatorSource<DepartmentCode>,
): string[] {
  const fact = factExpression(department, source);
  const condition = factCondition(source);
  const key = `r.${identifier(source.key ?? 'id')}`;
  const table = identifier(source.table);
  const outbox = `INSERT INTO ${INDICATOR_OUTBOX} (source, old_fact, new_fact)`;
  const bodies = {
    insert: `${outbox} SELECT ${quote(name)}, NULL, ${fact} FROM new_rows r WHERE ${condition} ORDER BY ${key};`,
    delete: `${outbox} SELECT ${quote(name)}, ${fact}, NULL FROM old_rows r WHERE ${condition} ORDER BY ${key};`,
    // A change that leaves the fact as it was reports nothing.
    update: `${outbox} SELECT ${quote(name)}, o.fact, n.fact
      FROM (SELECT ${key} AS key, ${fact} AS fact FROM old_rows r WHERE ${condition}) o
      FULL JOIN (SELECT ${key} AS key, ${fact} AS fact FROM new_rows r WHERE ${condition}) n ON n.key = o.key
     WHERE o.fact IS DISTINCT FROM n.fact ORDER BY coalesce(n.key, o.key);`,
  };
  const transitions = {
    insert: 'NEW TABLE AS new_rows',
    delete: 'OLD TABLE AS old_rows',
    update: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
  };
  return (['insert', 'update', 'delete'] as const).flatMap((event) => {
    const fn = identifier(`indicator_facts_${name}_${event}`);
    return [
      // The outbox lock is taken before the numbers are handed out and kept to commit, so `seq`
      // is commit order, as the ledger's outbox has it.
      `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(${quote(INDICATOR_OUTBOX)}));
  ${bodies[event]}
  RETURN NULL;
END $fn$`,
      `CREATE OR REPLACE TRIGGER ${fn} AFTER ${event.toUpperCase()} ON ${table}
  REFERENCING ${transitions[event]} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    ];
  });
}

/**
 * Installs (or replaces) the triggers of every source of a department, in one transaction under a
 * lock, so that replicas starting together do not race. Run after the migrations, before any
 * record is written.
 */
export async function installFactTriggers(
  em: EntityManager,
  indicators: DepartmentIndicators,
): Promise<void> {
  await inTransaction(em, async (tx) => {
    await rowsOf(tx, `select pg_advisory_xact_lock(hashtext('indicator_triggers'))`);
    for (const [name, source] of Object.entries(indicators.sources)) {
      for (const statement of triggerStatements(indicators.department, name, source)) {
        await run(tx, statement);
      }
    }
  });
}

/** The statement reading the fact of every record of a source as it stands, with its name. */
export function currentFactsStatement(indicators: DepartmentIndicators, name: string): string {
  const source = indicators.sources[name]!;
  return `SELECT ${quote(name)} AS source, ${factExpression(indicators.department, source)} AS fact
    FROM ${identifier(source.table)} r WHERE ${factCondition(source)}`;
}
