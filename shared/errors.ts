import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { Logger } from './logger.js';

/** The `extensions.code` values that clients of the hub can rely on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  CONFLICT: 'CONFLICT',
  /** The operation's estimated cost is over the gateway's limit (HTTP 400). */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** A department cannot answer for now (its database is down); `serviceName` names it. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Input that cannot be accepted; `field` names the argument or input field at fault, e.g. `regionCode` or `stationIds.1`. */
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

/** A referenced record that does not exist. */
export function notFound(typeName: string, id: string, field?: string): GraphQLError {
  return new GraphQLError(`${typeName} ${id} does not exist`, {
    extensions: { code: ErrorCode.NOT_FOUND, ...(field ? { field } : {}) },
  });
}

/**
 * A value that must be unique but is taken, by a record the caller may or may not see: says
 * only that the value cannot be used (no record, no id, no region).
 */
export function unusable(field: string, what: string): GraphQLError {
  return badInput(field, `this ${what} cannot be used`);
}

/** The caller is known but may not do or see this. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** The caller did not prove who they are. */
export function unauthenticated(message = 'Authentication required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

interface FieldProblem {
  field: string;
  message: string;
}

/** Flattens class-validator's nested errors into `path: message` pairs. */
function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * PostgreSQL refusals of a value (SQLSTATE class 22) that only a client's input can cause, with
 * what the client is told instead of the database's text.
 */
const DATABASE_INPUT_ERRORS: Readonly<Record<string, string>> = {
  '22P02': 'a value is not of the expected form (e.g. an id that is not a UUID)',
  '22003': 'a number is out of range',
  '22007': 'a date or time is not valid',
  '22008': 'a date or time is out of range',
  '22021': 'a text contains a character that cannot be stored (e.g. a NUL byte)',
  '22001': 'a text is too long',
};

/**
 * How a service tells its database's errors apart (`shared/db/errors.ts`); the gateway, which has
 * no database, has none and does not load the ORM for them.
 */
export interface DatabaseErrors {
  /** The SQLSTATE of an error from the database; undefined for any other error. */
  sqlState(error: unknown): string | undefined;
  /** Whether an error came from the database: its text is never shown to a client. */
  fromDatabase(error: unknown): boolean;
  /** A record asked for that is not there. */
  notFound(error: unknown): boolean;
  /** A unique key that a write made at the same time took first. */
  uniqueViolation(error: unknown): boolean;
  /** The database itself out of reach: the request could succeed later unchanged. */
  unavailable(error: unknown): boolean;
}

export interface FormatErrorOptions {
  /** Include stack traces and internal messages (development only). */
  exposeInternals: boolean;
  logger: Logger;
  /** The service whose errors these are, named in errors that say it is unavailable. */
  service?: string;
  /** The service's database errors, when it has a database. */
  database?: DatabaseErrors;
}

/**
 * Builds Apollo Server's `formatError`: one place where library errors become the hub's codes and
 * where unexpected errors are logged and masked.
 */
export function createErrorFormatter(options: FormatErrorOptions) {
  const database = options.database;
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const code = formatted.extensions?.code;

    if (code === 'BAD_USER_INPUT' && formatted.extensions?.validationErrors) {
      const problems = flattenValidationErrors(
        formatted.extensions.validationErrors as ValidationError[],
      );
      const first = problems[0];
      return {
        message: first ? `${first.field}: ${first.message}` : formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code, field: first?.field, problems },
      };
    }
    // A literal that a scalar refuses (e.g. Money "1.005") fails validation in graphql-js, but it
    // is bad input like any other, and clients should not need two codes for it. A validation
    // rule of the hub's own (the cost limit) keeps its code too.
    const cause = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)
      ?.originalError;
    const causeCode = cause?.extensions?.code;
    if (
      code === 'GRAPHQL_VALIDATION_FAILED' &&
      (causeCode === ErrorCode.BAD_USER_INPUT || causeCode === ErrorCode.QUERY_TOO_COSTLY)
    ) {
      return { ...formatted, extensions: { ...formatted.extensions, code: causeCode } };
    }
    if (code === 'UNAUTHORIZED') {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.FORBIDDEN } };
    }
    if (database?.notFound(error)) {
      return { ...formatted, extensions: { code: ErrorCode.NOT_FOUND } };
    }
    if (database?.uniqueViolation(error)) {
      return {
        message:
          'A record with the same unique key was written at the same time; retry the request',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    // Apollo Server refuses some requests with HTTP 400 and no code (a persisted query whose
    // hash does not match it): the client's mistake, which it must be told.
    const rawExtensions = (raw as { extensions?: { code?: unknown; http?: { status?: number } } })
      ?.extensions;
    if (
      rawExtensions?.code === undefined &&
      rawExtensions?.http?.status === 400 &&
      !formatted.path
    ) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    }
    // A department whose database is down is a fact for the client (retry later, other
    // departments still answer), not an internal fault to hide.
    if (options.service && database?.unavailable(error)) {
      options.logger.error({ err: error, path: formatted.path }, 'database unavailable');
      return {
        message: `The ${options.service} department is unavailable (its database cannot be reached); retry later`,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: options.service },
      };
    }
    // Errors raised on purpose (ours, Apollo's, graphql-js validation) carry their own code.
    if (code !== undefined && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;

    // The last line behind the kit's input check: a value the database refused is the client's
    // mistake, but the database's message (SQL, table and column names) is never passed on.
    const state = database?.sqlState(error);
    const inputProblem = state ? DATABASE_INPUT_ERRORS[state] : undefined;
    if (inputProblem) {
      options.logger.warn({ err: error, path: formatted.path }, 'input refused by the database');
      return {
        message: `Bad input: ${inputProblem}`,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    options.logger.error({ err: error, path: formatted.path }, 'unexpected error');
    if (options.exposeInternals && !database?.fromDatabase(error)) return formatted;
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
