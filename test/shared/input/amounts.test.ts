import { AMOUNT_CEILINGS_YUAN, amountProblem } from '../../../shared/input/amounts.js';
import { MAX_FEN, parseYuan } from '../../../shared/money.js';

describe('amounts', () => {
  it('are positive, and at most the ceiling of their kind', () => {
    expect(amountProblem(0n, 'temporaryAssistance', 'amount')).toBe(
      'amount must be more than zero',
    );
    expect(amountProblem(-1n, 'donation', 'amount')).toBe('amount must be more than zero');
    expect(amountProblem(1n, 'temporaryAssistance', 'amount')).toBeNull();
    const ceiling = BigInt(AMOUNT_CEILINGS_YUAN.temporaryAssistance) * 100n;
    expect(amountProblem(ceiling, 'temporaryAssistance', 'amount')).toBeNull();
    expect(amountProblem(ceiling + 1n, 'temporaryAssistance', 'amount')).toBe(
      'amount must be at most 200000.00 yuan',
    );
  });

  it('may be zero where zero means something: no income', () => {
    expect(amountProblem(0n, 'income', 'householdIncomePerCapita')).toBeNull();
    expect(amountProblem(-1n, 'income', 'householdIncomePerCapita')).toBe(
      'householdIncomePerCapita must not be negative',
    );
  });

  it('the 92 quadrillion of the report is refused by its ceiling, and beyond bigint by the parser', () => {
    expect(
      amountProblem(parseYuan('92000000000000000.00'), 'temporaryAssistance', 'amount'),
    ).toMatch(/at most/);
    expect(parseYuan('92233720368547758.07')).toBe(MAX_FEN);
    expect(() => parseYuan('92233720368547758.08')).toThrow('beyond the largest amount');
    expect(() => parseYuan('9'.repeat(100000))).toThrow('beyond the largest amount');
  });
});
