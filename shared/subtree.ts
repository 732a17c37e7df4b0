import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedRows } from './db/prepared.js';
import { NATIONAL_CODE } from './scope.js';
import { parseDivisionCode } from './validators/division-code.js';

// Aggregates over region subtrees, answered for a whole DataLoader batch of region codes in one
// statement. Division codes nest by prefix, so "in the subtree" is a range on the code:
// code ~>=~ prefix AND code ~<~ prefix || ':' (':' sorts right after '9'). Written with these
// operators rather than LIKE so that a prefix taken from the batch still uses text_pattern_ops
// indexes.

/** A statement, or a piece of one: its text with `?` placeholders and their values, in order. */
export interface Sql {
  readonly text: string;
  readonly params: readonly unknown[];
}

/** The pieces made here: only they are spliced into a statement as text. */
const pieces = new WeakSet<Sql>();

function piece(text: string, params: readonly unknown[]): Sql {
  const made = { text, params };
  pieces.add(made);
  return made;
}

const isSql = (value: unknown): value is Sql =>
  typeof value === 'object' && value !== null && pieces.has(value as Sql);

/**
 * SQL from a template: a {@link Sql} piece is spliced in with its parameters, any other value
 * becomes a parameter of its own. The text of a statement thus only ever comes from the source,
 * and its parameters are in the order of their placeholders by construction.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((value, index) => {
    if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1]!;
  });
  return piece(text, params);
}

/** A region of a batch, with the prefix its subtree's codes start with. */
export interface Subtree {
  code: string;
  prefix: string;
}

/**
 * The subtrees of a batch of region codes; a code that does not parse stands for itself. The
 * national code's subtree is every code: the provinces of the register and all below them.
 */
export function subtreesOf(codes: readonly string[]): Subtree[] {
  return codes.map((code) => {
    if (code === NATIONAL_CODE) return { code, prefix: '' };
    const parsed = parseDivisionCode(code);
    return { code, prefix: parsed.ok ? parsed.subtreePrefix : code };
  });
}

/** Condition: `column` lies in the subtree of the batch row `p`. */
export function inSubtree(column: string): Sql {
  return piece(`${column} ~>=~ p.prefix AND ${column} ~<~ (p.prefix || ':')`, []);
}

/** An aggregate's statement around a batch's rows `p(code, prefix)`, answering by `p.code`. */
export type SubtreeBody = (batch: Sql) => Sql;

/**
 * An aggregate over a batch of subtrees: `body` with the batch's rows as its source.
 *
 * A batch of one region — a dashboard's usual question — is spelled as a one-row VALUES, which
 * PostgreSQL folds into constants: the planner then knows how much of a table the prefix covers
 * (a province: all of it, read sequentially; a county: a short index range). A prefix that comes
 * out of `jsonb_to_recordset` is a guess to it, and it walks the index over a whole province's
 * rows, about 3.5 times slower (560 ms against 160 ms for 1,000,000 service records).
 */
export function subtreeAggregate(subtrees: readonly Subtree[], body: SubtreeBody): Sql {
  const [only] = subtrees;
  const batch =
    subtrees.length === 1 && only
      ? sql`(VALUES (${only.code}::text, ${only.prefix}::text)) AS p(code, prefix)`
      : sql`jsonb_to_recordset(${JSON.stringify(subtrees)}::jsonb) AS p(code text, prefix text)`;
  return body(batch);
}

/** A list of ids as one `uuid[]` parameter. */
export function idArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

export type SqlRow = Record<string, string | number | null>;

/** The answer of an aggregate, by the key each row carries in its `code` column. */
export class RowsByCode {
  readonly #rows = new Map<string, SqlRow[]>();

  constructor(rows: readonly SqlRow[]) {
    for (const row of rows) {
      const code = String(row.code);
      const same = this.#rows.get(code);
      if (same) same.push(row);
      else this.#rows.set(code, [row]);
    }
  }

  /** The row of a key, for aggregates that answer one row per key. */
  of(code: string): SqlRow | undefined {
    return this.#rows.get(code)?.[0];
  }

  /** The rows of a key, for aggregates grouped further (by level, by method, …). */
  allOf(code: string): readonly SqlRow[] {
    return this.#rows.get(code) ?? [];
  }
}

/** Runs a statement as the ORM sends it, its values written into its text. */
async function aggregateRows(em: EntityManager, query: Sql): Promise<SqlRow[]> {
  return em.getConnection().execute<SqlRow[]>(query.text, [...query.params]);
}

/**
 * Runs an aggregate over rows picked by key (`id = ANY(…)`), and returns its rows by their `code`.
 * It is sent as a named statement when every value is text: a quoted literal and a parameter are
 * then typed alike, by the context they meet, and PostgreSQL may keep one plan for the lookup by
 * key instead of planning a long statement on every request.
 */
export async function runAggregate(em: EntityManager, query: Sql): Promise<RowsByCode> {
  const texts = query.params.every((param) => typeof param === 'string');
  const rows =
    (texts ? ((await preparedRows(em, query.text, query.params)) as SqlRow[] | null) : null) ??
    (await aggregateRows(em, query));
  return new RowsByCode(rows);
}

/** Runs an aggregate answering one row per key, and returns the row of each key in key order. */
export async function rowOfEach(
  em: EntityManager,
  keys: readonly string[],
  query: Sql,
): Promise<Array<SqlRow | undefined>> {
  const rows = await runAggregate(em, query);
  return keys.map((key) => rows.of(key));
}

/**
 * Aggregates over the subtrees of a batch of region codes, run side by side: the codes are parsed
 * once, each body becomes one statement, and the answers come back in the order of the bodies.
 */
export function aggregateSubtrees<const Bodies extends readonly SubtreeBody[]>(
  em: EntityManager,
  codes: readonly string[],
  bodies: Bodies,
): Promise<{ -readonly [K in keyof Bodies]: RowsByCode }> {
  const subtrees = subtreesOf(codes);
  // Never a named statement: the plan depends on how much of a table the prefix covers, which
  // only a statement with the prefix written in tells the planner.
  return Promise.all(
    bodies.map(
      async (body) => new RowsByCode(await aggregateRows(em, subtreeAggregate(subtrees, body))),
    ),
  ) as Promise<{ -readonly [K in keyof Bodies]: RowsByCode }>;
}
