import { ConnectionException } from '@mikro-orm/core';

/** Socket errors of a database server that is down or unreachable. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * SQLSTATEs of a server that cannot serve: class 08 (connection exception), 57P01–57P03 (shut
 * down by an operator, crashed, starting or stopping), 53300 (no connection slot left).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;

/** What `pg` says when the server drops the connection or the pool cannot get one in time. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|is not currently accepting connections/i;

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
  thrownValue?: unknown;
}

/**
 * True when an error (or one it wraps) says the database itself is out of reach, as opposed to a
 * statement that failed: the request could succeed later unchanged.
 *
 * Errors are read by their fields, not by `instanceof Error`: raw statements pass the driver's
 * socket errors on unconverted, and those may come from another realm (a VM context) than this
 * module's `Error`; GraphQL wraps a value it does not take for an error in `thrownValue`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    if (current instanceof ConnectionException) return true;
    const { code, message, cause, errors, thrownValue } = current as ErrorLike;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)))
      return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    // Node's AggregateError (both addresses refused) and wrapped driver errors.
    const inner = Array.isArray(errors) ? (errors[0] as unknown) : undefined;
    current = cause ?? thrownValue ?? inner;
  }
  return false;
}
