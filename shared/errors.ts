import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { NotFoundError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import type { Logger } from './logger.js';

/** The `extensions.code` values that clients of the hub can rely on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  CONFLICT: 'CONFLICT',
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
 * A record a write refers to that the caller cannot use: absent, or outside the caller's region,
 * answered alike. Names the field, never the value or a region.
 */
export function notFoundInScope(field: string, what: string): GraphQLError {
  return new GraphQLError(`no ${what} with this ${field} in your region`, {
    extensions: { code: ErrorCode.NOT_FOUND, field },
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

export interface FormatErrorOptions {
  /** Include stack traces and internal messages (development only). */
  exposeInternals: boolean;
  logger: Logger;
}

/**
 * Builds Apollo Server's `formatError`: one place where library errors become the hub's codes and
 * where unexpected errors are logged and masked.
 */
export function createErrorFormatter(options: FormatErrorOptions) {
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
    // is bad input like any other, and clients should not need two codes for it.
    const cause = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)
      ?.originalError;
    if (
      code === 'GRAPHQL_VALIDATION_FAILED' &&
      cause?.extensions?.code === ErrorCode.BAD_USER_INPUT
    ) {
      return {
        ...formatted,
        extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (code === 'UNAUTHORIZED') {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.FORBIDDEN } };
    }
    if (error instanceof NotFoundError) {
      return { ...formatted, extensions: { code: ErrorCode.NOT_FOUND } };
    }
    if (error instanceof UniqueConstraintViolationException) {
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
    // Errors raised on purpose (ours, Apollo's, graphql-js validation) carry their own code.
    if (code !== undefined && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;

    options.logger.error({ err: error, path: formatted.path }, 'unexpected error');
    if (options.exposeInternals) return formatted;
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
