import {
  DriverException,
  NotFoundError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { DatabaseErrors } from '../errors.js';
import { isDatabaseUnavailable } from './unavailable.js';

/** The SQLSTATE of a database error, raw from pg or wrapped by MikroORM; undefined otherwise. */
function sqlState(error: unknown): string | undefined {
  if (error instanceof DriverException) return error.sqlState ?? error.code;
  const code = (error as { code?: unknown; severity?: unknown } | null)?.code;
  const fromPg = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
  return fromPg && (error as { severity?: unknown }).severity !== undefined ? code : undefined;
}

/** The errors of a department's PostgreSQL, raw from pg or wrapped by MikroORM. */
export const POSTGRES_ERRORS: DatabaseErrors = {
  sqlState,
  fromDatabase: (error) => error instanceof DriverException || sqlState(error) !== undefined,
  notFound: (error) => error instanceof NotFoundError,
  uniqueViolation: (error) => error instanceof UniqueConstraintViolationException,
  unavailable: isDatabaseUnavailable,
};
