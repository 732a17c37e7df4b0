/** Money that cannot be read as yuan with at most two decimals. */
export class MoneyFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyFormatError';
  }
}

const YUAN = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount of yuan ("1250.5", "-0.50", 45600000) as integer fen. Strings go through
 * BigInt only, so amounts beyond 2^53 fen stay exact; numbers must already be exact in yuan.
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
  const fen = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, '0'));
  if (typeof input === 'number' && fen > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new MoneyFormatError(`${text} is beyond exact numbers: send it as a string`);
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
