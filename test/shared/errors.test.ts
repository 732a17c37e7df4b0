import { GraphQLError, type GraphQLFormattedError } from 'graphql';
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
});
