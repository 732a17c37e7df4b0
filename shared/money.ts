/** Money that cannot be read as yuan with at most two decimals. */
export class MoneyFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyFormatError';
  }
}

const YUAN = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** The largest amount a PostgreSQL `bigint` column of fen holds: 2^63 − 1 fen. */
export const MAX_FEN = 2n ** 63n - 1n;

/**
 * Reads an amount of yuan ("1250.5", "-0.50", 45600000) as integer fen. Strings go through
 * BigInt only, so amounts beyond 2^53 fen stay exact; numbers must already be exact in yuan.
 * Amounts whose fen do not fit a `bigint` column ({@link MAX_FEN}) are refused.
 */
export function parseYuan(input: string | number): bigint {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new MoneyFormatError(`${input} is not an amount of money`);
    text = String(input);
    if (/e/i.test(text))
      throw new MoneyFormatError(`${text} is too large or too small to be exact`);
  } else {
    text = input.trim();
  }
  const match = YUAN.exec(text);
  if (!match) {
    throw new MoneyFormatError(
      `"${text}" is not an amount in yuan: use digits with at most two decimals, e.g. "1250.50"`,
    );
  }
  const [, sign, whole = '0', decimals = ''] = match;
  // 2^63 fen is 18 digits of yuan: a longer number is refused before BigInt reads it.
  if (whole.replace(/^0+/, '').length > 18) {
    throw new MoneyFormatError(
      `${text.slice(0, 24)}… is beyond the largest amount that can be stored`,
    );
  }
  const fen = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, '0'));
  if (typeof input === 'number' && fen > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new MoneyFormatError(`${text} is beyond exact numbers: send it as a string`);
  }
  // Nothing larger can be stored, added up or compared with what is stored.
  if (fen > MAX_FEN) {
    throw new MoneyFormatError(`${text} is beyond the largest amount that can be stored`);
  }
  return sign ? -fen : fen;
}

/** Writes integer fen as yuan with exactly two decimals: 4560000000n → "45600000.00". */
export function formatYuan(fen: bigint): string {
  const negative = fen < 0n;
  const absolute = negative ? -fen : fen;
  const yuan = absolute / 100n;
  const cents = (absolute % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** Whole yuan as fen, for figures published in whole yuan. */
export function fenFromYuanInteger(yuan: number): bigint {
  if (!Number.isSafeInteger(yuan))
    throw new MoneyFormatError(`${yuan} is not a whole number of yuan`);
  return BigInt(yuan) * 100n;
}
