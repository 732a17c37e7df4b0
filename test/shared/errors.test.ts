import { runInNewContext } from 'node:vm';
import { NotFoundError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, locatedError, type GraphQLFormattedError } from 'graphql';
import { POSTGRES_ERRORS } from '../../shared/db/errors.js';
import { createErrorFormatter } from '../../shared/errors.js';
import { createLogger } from '../../shared/logger.js';

const logger = createLogger('errors-test');

describe('error formatting', () => {
  const internal: GraphQLFormattedError = {
    message: 'relation "people" does not exist',
    path: ['people'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: relation …', '    at …'] },
  };

  it('masks unexpected errors and drops stack traces in production', () => {
    const format = createErrorFormatter({ exposeInternals: false, logger });
    expect(format(internal, new Error('relation "people" does not exist'))).toEqual({
      message: 'Internal server error',
      path: ['people'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps them in development', () => {
    const format = createErrorFormatter({ exposeInternals: true, logger });
    expect(format(internal, new Error('x'))).toBe(internal);
  });

  it('passes errors raised on purpose, and names the field of validation errors', () => {
    const format = createErrorFormatter({ exposeInternals: false, logger });
    const forbidden = { message: 'no', extensions: { code: 'FORBIDDEN' } };
    expect(format(forbidden, new GraphQLError('no'))).toBe(forbidden);
    const validation = {
      message: 'Argument Validation Error',
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          {
            property: 'name',
            constraints: { isLength: 'name must be 1–100 characters' },
            children: [],
          },
        ],
      },
    };
    expect(format(validation, null)).toEqual({
      message: 'name: name must be 1–100 characters',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'name',
        problems: [{ field: 'name', message: 'name must be 1–100 characters' }],
      },
    });
    expect(
      format({ message: 'denied', extensions: { code: 'UNAUTHORIZED' } }, null).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  describe('database refusals', () => {
    const pgError = (code: string, message: string) =>
      Object.assign(new Error(message), { code, severity: 'ERROR', column: 'identity_number' });
    const asFormatted: GraphQLFormattedError = {
      message: 'insert into "people" ... - invalid input syntax for type uuid: "x"',
      path: ['registerPerson'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };

    it.each([
      ['22P02', 'invalid input syntax for type uuid: "x"'],
      ['22003', 'value "99999999999999999999" is out of range for type bigint'],
      ['22007', 'invalid input syntax for type date: "x"'],
      ['22008', 'date/time field value out of range: "0000-01-01"'],
      ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
      ['22001', 'value too long for type character varying(100)'],
    ])('answers %s as bad input without the SQL text, even in development', (code, text) => {
      for (const exposeInternals of [false, true]) {
        const format = createErrorFormatter({ exposeInternals, logger, database: POSTGRES_ERRORS });
        const answer = format(asFormatted, pgError(code, text));
        expect(answer.extensions).toEqual({ code: 'BAD_USER_INPUT' });
        expect(answer.path).toEqual(['registerPerson']);
        expect(JSON.stringify(answer)).not.toMatch(
          /insert|uuid|bigint|UTF8|varying|people|identity/,
        );
      }
    });

    it('masks other database errors, even in development', () => {
      const format = createErrorFormatter({
        exposeInternals: true,
        logger,
        database: POSTGRES_ERRORS,
      });
      const answer = format(asFormatted, pgError('42P01', 'relation "people" does not exist'));
      expect(answer).toEqual({
        message: 'Internal server error',
        path: ['registerPerson'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    });
  });
  it('answers a unique key taken meanwhile as a conflict, and a record not found as NOT_FOUND', () => {
    const format = createErrorFormatter({
      exposeInternals: false,
      logger,
      database: POSTGRES_ERRORS,
    });
    const formatted: GraphQLFormattedError = {
      message: 'duplicate key value violates unique constraint "people_identity_number_unique"',
      path: ['registerPerson'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    const taken = new UniqueConstraintViolationException(
      Object.assign(new Error(formatted.message), { code: '23505' }),
    );
    expect(format(formatted, taken)).toEqual({
      message: 'A record with the same unique key was written at the same time; retry the request',
      path: ['registerPerson'],
      extensions: { code: 'CONFLICT' },
    });
    expect(format(formatted, new NotFoundError('Person not found')).extensions).toEqual({
      code: 'NOT_FOUND',
    });
  });

  describe('a database out of reach', () => {
    const format = createErrorFormatter({
      exposeInternals: false,
      logger,
      service: 'women-federation',
      database: POSTGRES_ERRORS,
    });
    const asFormatted: GraphQLFormattedError = {
      message: 'Internal server error',
      path: ['_entities', 0, 'womenFederationCases'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    const refused = (error: Error) =>
      Object.assign(error, { errno: -111, code: 'ECONNREFUSED', syscall: 'connect' });

    it.each([
      ['a socket error', () => refused(new Error('connect ECONNREFUSED 127.0.0.1:5432'))],
      [
        'a socket error of another realm, which GraphQL wraps as a value it does not take for an error',
        () => {
          const foreign = runInNewContext('new Error("connect ECONNREFUSED 127.0.0.1:5432")');
          return locatedError(refused(foreign as Error), null, ['people']).originalError!;
        },
      ],
      [
        'both addresses refused, wrapped in a cause',
        () =>
          new Error('read failed', {
            cause: new AggregateError([refused(new Error('connect ECONNREFUSED ::1:5432'))]),
          }),
      ],
      ['a server shutting down', () => Object.assign(new Error('terminating'), { code: '57P01' })],
    ])('names the department for %s', (_, error) => {
      expect(format(asFormatted, error())).toEqual({
        message: expect.stringContaining('women-federation department is unavailable'),
        path: asFormatted.path,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'women-federation' },
      });
    });

    it('leaves a failed statement an internal error', () => {
      const failed = Object.assign(new Error('relation "people" does not exist'), {
        code: '42P01',
        severity: 'ERROR',
      });
      expect(format(asFormatted, failed).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    });
  });
});
