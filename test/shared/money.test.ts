import { fenFromYuanInteger, formatYuan, MoneyFormatError, parseYuan } from '../../shared/money.js';

describe('money as integer fen', () => {
  it.each([
    ['123', 12300n],
    ['123.4', 12340n],
    ['123.45', 12345n],
    ['-0.50', -50n],
    ['45600000.00', 4560000000n],
    [' 0 ', 0n],
  ])('reads "%s" as %s fen', (input, fen) => {
    expect(parseYuan(input)).toBe(fen);
  });

  it('reads exact numbers', () => {
    expect(parseYuan(1250.5)).toBe(125050n);
    expect(parseYuan(300000)).toBe(30000000n);
  });

  it('writes fen as yuan with two decimals', () => {
    expect(formatYuan(4560000000n)).toBe('45600000.00');
    expect(formatYuan(-50n)).toBe('-0.50');
    expect(formatYuan(0n)).toBe('0.00');
    expect(formatYuan(7n)).toBe('0.07');
  });

  it('keeps province-level sums exact beyond 2^31 and 2^53 fen', () => {
    // Sichuan leveraged 289 M yuan: 28,900,000,000 fen is beyond 2^31.
    expect(parseYuan('289000000.00') > 2n ** 31n).toBe(true);
    const big = parseYuan('90071992547409.93'); // 2^53 + 1 fen
    expect(big).toBe(2n ** 53n + 1n);
    expect(formatYuan(big + big)).toBe('180143985094819.86');
    expect(
      formatYuan(parseYuan('45600000.00') + parseYuan('289000000.00') + parseYuan('0.01')),
    ).toBe('334600000.01');
  });

  it.each(['1.005', '', '1e5', '1,000.00', 'abc', '.5', '1.'])('refuses "%s"', (input) => {
    expect(() => parseYuan(input)).toThrow(MoneyFormatError);
  });

  it('refuses numbers that are not exact', () => {
    expect(() => parseYuan(Number.NaN)).toThrow(MoneyFormatError);
    expect(() => parseYuan(Number.POSITIVE_INFINITY)).toThrow(MoneyFormatError);
    expect(() => parseYuan(1e21)).toThrow(MoneyFormatError);
    expect(() => parseYuan(0.125)).toThrow(MoneyFormatError);
    expect(() => fenFromYuanInteger(1.5)).toThrow(MoneyFormatError);
    expect(fenFromYuanInteger(300000)).toBe(30000000n);
  });
});
