import { formatYuan } from '../money.js';

/**
 * Kinds of money the hub takes in, each with its ceiling. A ceiling is far above any real amount
 * of its kind and far below what would distort a dashboard: a typing error of a few zeros, or an
 * attacker's 92 quadrillion, is refused instead of being added to every total.
 */
export type AmountKind =
  | 'temporaryAssistance'
  | 'unionAssistance'
  | 'charityGrant'
  | 'donation'
  | 'contribution'
  | 'contractAmount'
  | 'device'
  | 'income'
  | 'allowance';

/** Ceiling of each kind, in yuan (元), inclusive. */
export const AMOUNT_CEILINGS_YUAN: Readonly<Record<AmountKind, number>> = {
  /** 临时救助: a single grant to one household. */
  temporaryAssistance: 200_000,
  /** 工会帮扶: a single grant to one worker. */
  unionAssistance: 200_000,
  /** 慈善资助: one grant from a fund. */
  charityGrant: 50_000_000,
  /** 慈善捐赠: one donation. */
  donation: 1_000_000_000,
  /** 部门出资: one allocation of a department to a project. */
  contribution: 1_000_000_000,
  /** 合同金额: the contract of a purchased-service project. */
  contractAmount: 1_000_000_000,
  /** 辅助器具: the value of one device. */
  device: 1_000_000,
  /** 家庭人均收入: monthly household income per head. */
  income: 1_000_000,
  /** 社工津贴补贴: one allowance a month to one social worker. */
  allowance: 100_000,
};

/** Whether zero is a meaningful amount of the kind (a household may have no income). */
const ZERO_ALLOWED: ReadonlySet<AmountKind> = new Set(['income', 'contractAmount']);

/** What is wrong with an amount of the kind, or null when it is within its bounds. */
export function amountProblem(fen: bigint, kind: AmountKind, field: string): string | null {
  if (ZERO_ALLOWED.has(kind) ? fen < 0n : fen <= 0n) {
    return ZERO_ALLOWED.has(kind)
      ? `${field} must not be negative`
      : `${field} must be more than zero`;
  }
  const ceiling = BigInt(AMOUNT_CEILINGS_YUAN[kind]) * 100n;
  if (fen > ceiling) return `${field} must be at most ${formatYuan(ceiling)} yuan`;
  return null;
}

/** The kind an amount has when its field names none: the widest, so that nothing real is refused. */
export const DEFAULT_AMOUNT_KIND: AmountKind = 'contribution';
