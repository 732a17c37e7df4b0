import { ArgsType, Field } from 'type-graphql';
import { badInput } from '../errors.js';
import { FilterDate } from './rules.js';
import { DateScalar } from '../scalars.js';

/** A period: statistics over it, or a list filtered to it. */
@ArgsType()
export class DateRangeArgs {
  @Field(() => DateScalar, { nullable: true, description: 'First day included (起始日期)' })
  @FilterDate()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day included (截止日期)' })
  @FilterDate()
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
