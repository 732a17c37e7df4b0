import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { DateFormatError, parseCalendarDate } from './input/dates.js';
import { formatYuan, MoneyFormatError, parseYuan } from './money.js';

function moneyInputError(message: string): GraphQLError {
  return new GraphQLError(`Money: ${message}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function toFen(value: unknown): bigint {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw moneyInputError('expected a decimal string of yuan such as "1250.50"');
  }
  try {
    return parseYuan(value);
  } catch (error) {
    if (error instanceof MoneyFormatError) throw moneyInputError(error.message);
    throw error;
  }
}

/**
 * Money (金额): a decimal string of yuan with two decimals, e.g. `"45600000.00"`. Stored as
 * integer fen (`bigint`) so that sums stay exact beyond 2^31 and 2^53 fen.
 */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description:
    'Amount of money in yuan (元) as a decimal string with two decimals, e.g. "45600000.00"; exact, never a float',
  serialize(value) {
    if (typeof value === 'bigint') return formatYuan(value);
    if (typeof value === 'string' || typeof value === 'number') return formatYuan(toFen(value));
    throw new TypeError('Money can only serialise bigint fen');
  },
  parseValue: toFen,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return toFen(ast.kind === Kind.STRING ? ast.value : Number(ast.value));
    }
    throw moneyInputError('expected a decimal string of yuan such as "1250.50"');
  },
});

function toDate(value: unknown): string {
  try {
    return parseCalendarDate(value);
  } catch (error) {
    if (error instanceof DateFormatError) {
      throw new GraphQLError(`Date: ${error.message}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    throw error;
  }
}

/**
 * Calendar date (日期) `YYYY-MM-DD`, without time zone; kept as a string end to end. Only real
 * days of the years 0001 to 9999 pass, so that the database never meets a date it refuses.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date (日期) in the form YYYY-MM-DD, without time zone',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new TypeError('Date can only serialise YYYY-MM-DD strings');
  },
  parseValue: toDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date: expected a date such as 2023-05-01', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return toDate(ast.value);
  },
});

/** Instant in time, RFC 3339 with offset. */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  name: 'DateTime',
  description: 'Instant in time (时间), RFC 3339 with time-zone offset, e.g. 2023-05-01T08:00:00Z',
});
