import { type GraphQLError, Kind } from 'graphql';
import { DateScalar, MoneyScalar } from '../../shared/scalars.js';

function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
}

describe('scalars refuse what the database would', () => {
  it('Date: no year 0000, no impossible day, as a variable or a literal', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    const yearZero = refusal(() => DateScalar.parseValue('0000-01-01'));
    expect(yearZero.message).toBe('Date: year 0000 does not exist');
    expect(yearZero.extensions.code).toBe('BAD_USER_INPUT');
    expect(
      refusal(() => DateScalar.parseLiteral({ kind: Kind.STRING, value: '2023-02-29' })).message,
    ).toBe('Date: 2023-02-29 is not a day of the calendar');
    expect(
      refusal(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20230101' })).extensions.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('Money: nothing beyond a bigint column of fen', () => {
    expect(MoneyScalar.parseValue('92233720368547758.07')).toBe(2n ** 63n - 1n);
    const huge = refusal(() => MoneyScalar.parseValue('92233720368547758.08'));
    expect(huge.extensions.code).toBe('BAD_USER_INPUT');
    expect(huge.message).toMatch(/beyond the largest amount that can be stored/);
  });
});
