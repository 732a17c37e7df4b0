import type { EntityManager } from '@mikro-orm/postgresql';

// Named statements for the reads a service asks again and again with other values: the loaders'
// lookups by key, counts, and aggregates over rows picked by key. The ORM writes a statement's
// values into its text and sends it whole, so PostgreSQL parses and plans it every time; a named
// statement is parsed once per connection, and after its fifth execution PostgreSQL keeps a
// generic plan when that costs no more than planning each time (a lookup by key), and goes on
// planning each (a range over a prefix whose plan depends on the value). A parameter must be read
// as the literal the ORM would have written: the query builder's placeholders all meet a column
// or `LIMIT` (`col = ?`, `col in (?)`, `col like ?`), and a hand-written aggregate is sent so only
// when all its values are text, which a quoted literal and an untyped parameter are alike; a
// number in a select list, say, would come back as text.

/** A statement's text with `$n` placeholders, and the name it is prepared under. */
interface Named {
  name: string;
  text: string;
}

/**
 * Distinct statements named per process at most; later ones are sent as before. Each connection
 * of the pool keeps a plan of every statement it ran named (a few kilobytes each in PostgreSQL),
 * and a loader's lookup is a statement per batch size.
 */
const MAX_NAMED = 200;
/** Texts seen, by their `?` form; null for one that cannot be numbered. */
const named = new Map<string, Named | null>();
/** Changes every name at once when a table changed under statements already prepared. */
let generation = 0;

/**
 * `?` placeholders as `$1`, `$2`…, outside quoted names and strings; null when the text holds
 * anything the ORM would have read otherwise (`??`, an escaped `\?`), or no placeholder at all.
 */
export function numberPlaceholders(text: string): string | null {
  let out = '';
  let count = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === '\\') {
      return null;
    } else if (char === '?') {
      if (text[i + 1] === '?') return null;
      count += 1;
      out += `$${count}`;
    } else {
      out += char;
    }
  }
  return count > 0 && quote === null ? out : null;
}

function nameOf(statement: string): Named | null {
  let found = named.get(statement);
  if (found === undefined) {
    if (named.size >= MAX_NAMED) return null;
    const text = numberPlaceholders(statement);
    found = text ? { name: `hub_${named.size}`, text } : null;
    named.set(statement, found);
  }
  return found;
}

/** Drivers whose statements all go with their values written in (`DATABASE_NAMED_STATEMENTS=off`). */
const valuesWrittenIn = new WeakSet<object>();

/** Sends every statement of an ORM's driver with its values written in, never as a named statement. */
export function withoutNamedStatements(driver: object): void {
  valuesWrittenIn.add(driver);
}

/** Values PostgreSQL reads the same from a parameter as from the literal the ORM would write. */
const plain = (value: unknown) =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  typeof value === 'bigint' ||
  (typeof value === 'number' && Number.isFinite(value));

/** PostgreSQL's refusal of a prepared statement whose table's columns changed since. */
const STALE_PLAN = '0A000';

/** The ORM's own timing and logging of a statement, which counts it among the request's. */
interface LoggedConnection {
  executeQuery<T>(query: string, run: () => Promise<T>, context?: object): Promise<T>;
}

/**
 * Rows of a query-builder statement (`?` placeholders, `values` in order) sent as a named
 * statement; null when it must go the ORM's way: inside a transaction (its connection is the
 * transaction's), with values of other kinds, a text that cannot be numbered, or named statements
 * turned off for the database.
 */
export async function preparedRows(
  em: EntityManager,
  statement: string,
  values: readonly unknown[],
): Promise<Array<Record<string, unknown>> | null> {
  if (em.getTransactionContext() || !values.every(plain)) return null;
  if (valuesWrittenIn.has(em.getDriver())) return null;
  const found = nameOf(statement);
  if (!found) return null;
  const type = em.config.get('preferReadReplicas') ? 'read' : 'write';
  const connection = em.getDriver().getConnection(type);
  const pool = await connection.getNativeClient();
  const logged = connection as unknown as LoggedConnection;
  return logged.executeQuery(
    statement,
    async () => {
      const query = { name: `${found.name}_${generation}`, text: found.text, values: [...values] };
      try {
        return (await pool.query<Record<string, unknown>>(query)).rows;
      } catch (error) {
        if ((error as { code?: string }).code !== STALE_PLAN) throw error;
        // A migration changed a table under a running service: every statement prepared before it
        // is renamed, and this one is asked again, prepared afresh.
        generation += 1;
        return (
          await pool.query<Record<string, unknown>>({
            ...query,
            name: `${found.name}_${generation}`,
          })
        ).rows;
      }
    },
    em.getLoggerContext(),
  );
}
