import type { Principal } from '../context.js';
import {
  personalAccess,
  worksWithRecords,
  type RecordAccess,
  type RecordHolder,
} from './access.js';

// One masking rule per kind of personal field, applied wherever a field of that kind appears,
// whatever path the query took to reach it: `Person.name` and `Person.youthVolunteer.name` are
// both names and are shown, masked or withheld alike.

/** Kinds of personal field (个人信息类别). */
export type PersonalKind =
  /** A person's name (姓名). */
  | 'name'
  /** Identity numbers and the numbers of certificates issued to a person (身份证号、证件号). */
  | 'identifier'
  /** Date of birth and age (出生日期、年龄). */
  | 'birthDate'
  /** Sex (性别): a quasi-identifier, shown to analysts only as the analyst view releases it. */
  | 'demographic'
  /** Telephone numbers (联系电话). */
  | 'phone'
  /** Where a person lives or works: village of residence, address, employer (住址、单位). */
  | 'address'
  /**
   * Sensitive categories (敏感个人信息, PIPL art. 28): disability, hardship, minors' and women's
   * cases, the kind of such records and the reasons recorded for them.
   */
  | 'sensitive'
  /**
   * Dates of a person's sensitive records (opened, issued, enrolled, granted): a neighbour may
   * know them, so analysts do not see them.
   */
  | 'eventDate'
  /** Free-text notes about a person's situation (个案摘要). */
  | 'caseNote'
  /**
   * A department's case work with a person (个案工作): its cases, their needs, plans, history
   * and referrals, and the consents behind them. Worked with in full by the case team that holds
   * it, revealed to no one else; analysts see only the figures.
   */
  | 'caseWork'
  /**
   * Assistance status and what was given to a person: categories of the register (低保、特困…),
   * money, goods and services received, and their references (救助).
   */
  | 'assistance';

/** What a caller receives of a value: as it is, masked, generalised, or nothing. */
export type Treatment = 'shown' | 'masked' | 'generalised' | 'withheld';

/** The rule of one kind: a treatment per access level, and who may have it revealed. */
export interface MaskingRule {
  readonly treatment: Readonly<Record<RecordAccess, Treatment>>;
  /**
   * Revealed only to supervisors who work with the holder's records anyway; a supervisor of
   * another department who states a purpose gets what `none` gets.
   */
  readonly revealedToHolderOnly: boolean;
}

const rule = (
  revealed: Treatment,
  full: Treatment,
  deIdentified: Treatment,
  revealedToHolderOnly = false,
): MaskingRule => ({
  treatment: { revealed, full, 'de-identified': deIdentified, none: 'withheld' },
  revealedToHolderOnly,
});

/**
 * The masking rules (脱敏规则). `none` withholds everything; analysts (`de-identified`) never
 * see a name, number, phone or note, and see birth dates and places only generalised (an age
 * band, the township), so that the k-anonymity of the analyst view can hold; sensitive
 * categories stay visible to them because the person is no longer identified. Case notes and
 * assistance are revealed only to supervisors of the department that keeps them.
 */
export const MASKING_RULES: Readonly<Record<PersonalKind, MaskingRule>> = {
  name: rule('shown', 'shown', 'withheld'),
  identifier: rule('shown', 'masked', 'withheld'),
  birthDate: rule('shown', 'shown', 'generalised'),
  demographic: rule('shown', 'shown', 'generalised'),
  phone: rule('shown', 'masked', 'withheld'),
  address: rule('shown', 'shown', 'generalised'),
  sensitive: rule('shown', 'shown', 'shown'),
  eventDate: rule('shown', 'shown', 'withheld'),
  caseNote: rule('shown', 'withheld', 'withheld', true),
  caseWork: rule('shown', 'shown', 'withheld', true),
  assistance: rule('shown', 'shown', 'withheld', true),
};

/** The treatment of one kind of field at an access level (for a known principal and holder). */
export function treatmentOf(
  kind: PersonalKind,
  access: RecordAccess,
  principal?: Principal,
  holder?: RecordHolder,
): Treatment {
  const { treatment, revealedToHolderOnly } = MASKING_RULES[kind];
  if (
    access === 'revealed' &&
    revealedToHolderOnly &&
    principal &&
    holder &&
    !worksWithRecords(principal, holder)
  ) {
    return treatment.none;
  }
  return treatment[access];
}

/** The treatment a principal gets for a kind of field of a holder's record. */
export function personalTreatment(
  kind: PersonalKind,
  principal: Principal,
  purpose: string | null,
  holder: RecordHolder,
): Treatment {
  return treatmentOf(kind, personalAccess(principal, purpose, holder), principal, holder);
}

/** `孙*兰` → `孙**`: the first character and a star for each other one. */
export function maskName(name: string): string {
  const characters = Array.from(name);
  return `${characters[0] ?? ''}${'*'.repeat(Math.max(characters.length - 1, 1))}`;
}

/** `2301**********123X`: the first and the last four characters. */
export function maskIdentifier(value: string): string {
  return `${value.slice(0, 4)}${'*'.repeat(Math.max(value.length - 8, 1))}${value.slice(-4)}`;
}

/** `138****5678`: the operator prefix and the last four digits. */
export function maskPhone(value: string): string {
  return `${value.slice(0, 3)}${'*'.repeat(Math.max(value.length - 7, 1))}${value.slice(-4)}`;
}

const DEFAULT_MASKS: Partial<Record<PersonalKind, (value: string) => string>> = {
  name: maskName,
  identifier: maskIdentifier,
  phone: maskPhone,
};

/** How to mask or generalise one value, where the kind's default does not fit. */
export interface MaskForms<T> {
  masked?: (value: T) => T | null;
  generalised?: (value: T) => T | null;
}

/**
 * Applies a treatment to a value: as it is, masked (the kind's default mask for strings),
 * generalised (only when a generalisation is given), or `null`.
 */
export function applyTreatment<T>(
  kind: PersonalKind,
  treatment: Treatment,
  value: T,
  forms: MaskForms<T> = {},
): T | null {
  if (value === null || value === undefined) return null;
  switch (treatment) {
    case 'shown':
      return value;
    case 'masked': {
      if (forms.masked) return forms.masked(value);
      const mask = DEFAULT_MASKS[kind];
      return mask && typeof value === 'string' ? (mask(value) as T) : null;
    }
    case 'generalised':
      return forms.generalised ? forms.generalised(value) : null;
    default:
      return null;
  }
}

/**
 * What a principal sees of one personal value kept by `holder`. A resolver that reveals
 * (access `revealed`) writes the access-log row itself, before it returns the value.
 */
export function maskPersonal<T>(
  kind: PersonalKind,
  value: T,
  principal: Principal,
  purpose: string | null,
  holder: RecordHolder,
  forms?: MaskForms<T>,
): T | null {
  return applyTreatment(kind, personalTreatment(kind, principal, purpose, holder), value, forms);
}
