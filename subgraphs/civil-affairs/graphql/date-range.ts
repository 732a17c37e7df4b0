import { ArgsType, Field } from 'type-graphql';
import { badInput } from '../../../shared/errors.js';
import { FilterDate } from '../../../shared/input/rules.js';
import { DateScalar } from '../../../shared/scalars.js';

/** A period for the statistics of a region. */
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
