import { ValidateBy, type ValidationOptions } from 'class-validator';
import { validateCreditCode } from './validators/credit-code.js';
import { parseDivisionCode, type RegionLevel } from './validators/division-code.js';
import { validateIdentityNumber } from './validators/identity-number.js';

// class-validator decorators for the identifiers the hub accepts, so that inputs are checked by
// their check rules before any resolver runs.

/** A resident identity number with a correct GB 11643 check character. */
export function IsIdentityNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIdentityNumber',
      validator: {
        validate: (value) => typeof value === 'string' && validateIdentityNumber(value).ok,
        defaultMessage: (args) => {
          const result = validateIdentityNumber(String(args?.value));
          return result.ok
            ? 'invalid identity number'
            : `invalid identity number: ${result.reason}`;
        },
      },
    },
    options,
  );
}

/** A unified social credit code with a correct GB 32100 check character. */
export function IsCreditCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCreditCode',
      validator: {
        validate: (value) => typeof value === 'string' && validateCreditCode(value).ok,
        defaultMessage: (args) => {
          const result = validateCreditCode(String(args?.value));
          return result.ok
            ? 'invalid credit code'
            : `invalid unified social credit code: ${result.reason}`;
        },
      },
    },
    options,
  );
}

/** A division code of 6, 9 or 12 digits, optionally only of the given levels. */
export function IsDivisionCode(
  levels?: RegionLevel[],
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDivisionCode',
      validator: {
        validate: (value) => {
          if (typeof value !== 'string') return false;
          const result = parseDivisionCode(value);
          return result.ok && (!levels || levels.includes(result.level));
        },
        defaultMessage: (args) => {
          const result = parseDivisionCode(String(args?.value));
          if (!result.ok) return `invalid division code: ${result.reason}`;
          return `division code ${result.code} is a ${result.level.toLowerCase()}, expected ${levels?.join(' or ').toLowerCase()}`;
        },
      },
    },
    options,
  );
}
