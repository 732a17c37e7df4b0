// What the webhook kit's plain SQL shares (statements run through shared/db/statements.ts). Lists travel as one JSON
// parameter (`jsonList`), unpacked by the statement, so that every statement keeps a fixed number
// of placeholders.

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
