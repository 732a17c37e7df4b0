import { PeriodBound } from './fields.js';
import { ArgsType } from 'type-graphql';
import { badInput } from '../errors.js';

/** A period: statistics over it, or a list filtered to it. */
@ArgsType()
export class DateRangeArgs {
  @PeriodBound('First day included (起始日期)')
  from?: string | null;

  @PeriodBound('Last day included (截止日期)')
  to?: string | null;
}

/** The range asked for, either end open when omitted; a range ending before it starts is refused. */
export function dateRange(args: DateRangeArgs): { from: string | null; to: string | null } {
  const from = args.from ?? null;
  const to = args.to ?? null;
  if (from && to && to < from) throw badInput('to', `to (${to}) is before from (${from})`);
  return { from, to };
}

/** Condition on a date column for a list filter's optional range (`from`, `to`). */
export function inDateRange(column: string, from?: string | null, to?: string | null) {
  const range = dateRange({ from, to });
  const condition: Record<string, string> = {};
  if (range.from) condition.$gte = range.from;
  if (range.to) condition.$lte = range.to;
  return Object.keys(condition).length ? { [column]: condition } : {};
}
