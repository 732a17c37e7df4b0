import { Extensions } from 'type-graphql';

/** Key under which an input field's rule travels in the schema's extensions. */
export const INPUT_RULE = 'hubInput';

/**
 * How the kit checks one input field, beyond its GraphQL type. Fields without a rule get the
 * strict default of their type: ids are UUIDs, strings are short text without control
 * characters.
 */
export interface InputRule {
  freeText?: boolean;
  maxLength?: number;
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
