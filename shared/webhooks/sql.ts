import type { EntityManager } from '@mikro-orm/postgresql';

// Plain SQL through an entity manager, inside its transaction when it is in one. Lists travel as
// one JSON parameter (`jsonList`), unpacked by the statement, so that every statement keeps a
// fixed number of placeholders.

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

/** A list as one parameter: `in (select jsonb_array_elements_text(?::jsonb))` unpacks it. */
export function jsonList(values: readonly string[]): string {
  return JSON.stringify(values);
}

/** A timestamp column as a Date, whichever way the driver returned it. */
export function dateOf(value: Date | string | null): Date | null {
  return value === null ? null : new Date(value);
}

/**
 * The tables the kit reads and writes in plain SQL, without entities: a subgraph that hosts
 * webhooks creates them, with their append-only trigger, in a migration of its own.
 */
export const WEBHOOK_TABLES = [
  'webhook_endpoints',
  'outbox_events',
  'webhook_deliveries',
  'webhook_attempts',
] as const;

/** `em.transactional`, its begin and commit logged in the entity manager's logger context. */
export function inTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return em.transactional(work, { loggerContext: em.getLoggerContext() });
}
