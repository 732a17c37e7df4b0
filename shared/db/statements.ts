import type { EntityManager } from '@mikro-orm/postgresql';

// Plain SQL through an entity manager: in its current transaction when it is in one, and logged
// in its logger context (background work is not counted as a request's SQL).

/** Rows of a statement run in the entity manager's current transaction, if any. */
export function rowsOf<Row>(
  em: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  return em
    .getConnection()
    .execute<Row[]>(sql, params, 'all', em.getTransactionContext(), em.getLoggerContext());
}

/** Runs a statement in the entity manager's current transaction; returns the rows it touched. */
export async function run(em: EntityManager, sql: string, params: unknown[] = []): Promise<number> {
  const result = await em
    .getConnection()
    .execute<{ affectedRows: number }>(
      sql,
      params,
      'run',
      em.getTransactionContext(),
      em.getLoggerContext(),
    );
  return result.affectedRows;
}

/** `em.transactional`, its begin and commit logged in the entity manager's logger context. */
export function inTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return em.transactional(work, { loggerContext: em.getLoggerContext() });
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** A declared SQL identifier (a table or column a department names), quoted; anything else is a programming error. */
export function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not an SQL identifier: ${name}`);
  return `"${name}"`;
}
