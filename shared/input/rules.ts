import { Extensions } from 'type-graphql';
import type { AmountKind } from './amounts.js';
import type { DateKind } from './dates.js';

/** Key under which an input field's rule travels in the schema's extensions. */
export const INPUT_RULE = 'hubInput';

/**
 * How the kit checks one input field, beyond its GraphQL type. Fields without a rule get the
 * strict default of their type: ids are UUIDs, strings are short text without control
 * characters, dates in mutations are events, amounts are positive and under the widest ceiling.
 */
export interface InputRule {
  freeText?: boolean;
  maxLength?: number;
  date?: DateKind;
  amount?: AmountKind;
}

/** The rule of a field, as the kit's check reads it from the schema. */
export function inputRuleOf(extensions: Readonly<Record<string, unknown>> | null | undefined) {
  return (extensions?.[INPUT_RULE] ?? {}) as InputRule;
}

function rule(value: InputRule): PropertyDecorator & MethodDecorator & ClassDecorator {
  return Extensions({ [INPUT_RULE]: value });
}

/** Free text (a summary, a reason): tab and line breaks allowed, up to 4,000 characters. */
export function FreeText(): PropertyDecorator {
  return rule({ freeText: true });
}

/** The date of an event: from 1949-10-01 to one year after today (China time). */
export function EventDate(): PropertyDecorator {
  return rule({ date: 'event' });
}

/** The end of a term (a contract, a certificate's validity): 1949-10-01 to 20 years ahead. */
export function TermEndDate(): PropertyDecorator {
  return rule({ date: 'term' });
}

/** A birth date: from 1900-01-01 to today (China time). */
export function BirthDate(): PropertyDecorator {
  return rule({ date: 'birth' });
}

/** A date that bounds a list or report: any calendar date. */
export function FilterDate(): PropertyDecorator {
  return rule({ date: 'any' });
}

/** An amount of money of a kind: positive and at most the kind's ceiling. */
export function Amount(kind: AmountKind): PropertyDecorator {
  return rule({ amount: kind });
}
