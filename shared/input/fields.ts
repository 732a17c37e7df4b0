import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../scalars.js';
import { IsDivisionCode } from '../validation.js';
import { EventDate, FilterDate } from './rules.js';

/** Applies decorators as if they were written in this order above the property. */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (const decorator of decorators.toReversed()) decorator(target, property);
  };
}

/**
 * Where the caller believes the person of a record lives, a township or village; the division
 * in the register is the one that counts.
 */
export function PersonRegionCode(): PropertyDecorator {
  return stacked(
    Field(() => String, {
      nullable: true,
      description:
        'Where the caller believes the person lives; checked against the register, never taken from here',
    }),
    IsOptional(),
    IsDivisionCode(['TOWNSHIP', 'VILLAGE']),
  );
}

/** The date something happened (served, granted, opened): a real date, not in the future. */
export function EventOn(description?: string): PropertyDecorator {
  return stacked(
    Field(() => DateScalar, description ? { description } : {}),
    EventDate(),
  );
}

/** One end of a list filter's or a statistic's period, a day included; open when omitted. */
export function PeriodBound(description: string): PropertyDecorator {
  return stacked(
    Field(() => DateScalar, { nullable: true, description }),
    FilterDate(),
  );
}

/** An optional id of another record (a station, a project): a UUID when given. */
export function OptionalId(description?: string): PropertyDecorator {
  return stacked(
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    IsUUID(),
  );
}

/** A key the writing system chooses so that a retry returns the first record. */
export function IdempotencyKey(description?: string): PropertyDecorator {
  return stacked(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    Length(1, 100),
  );
}

/** The first field of a list's filter: only records in this division's subtree. */
@InputType()
export abstract class RegionFilter {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;
}
