import { ageOn } from '../../../shared/validators/identity-number.js';
import type { Consent } from '../entities/index.js';
import { ConsentGiver, type ConsentPurpose, type DataCategory } from '../entities/enums.js';

// When a consent lets the hub share a person's data with a department (PIPL art. 29 and 31):
// it must name the department, every category shared and the purpose; it must have been given
// and not expired; and once withdrawn it covers nothing, from that moment on.

/** Under this age (on the day given), a guardian consents for the child. */
export const AGE_OF_CONSENT = 14;

/** What a sharing asks a consent to cover. */
export interface Sharing {
  department: string;
  categories: readonly DataCategory[];
  purpose: ConsentPurpose;
  /** The day of the sharing: the consent must have been given by then. */
  on: string;
  /** Today: an expired consent covers nothing, even for a sharing dated earlier. */
  today: string;
}

/** Whether the consent is in force today: not withdrawn and not expired. */
export function inForce(
  consent: Pick<Consent, 'withdrawnOn' | 'expiresOn'>,
  today: string,
): boolean {
  return consent.withdrawnOn === null && (consent.expiresOn === null || consent.expiresOn >= today);
}

/** Whether the consent covers the sharing. */
export function covers(consent: Consent, sharing: Sharing): boolean {
  return (
    inForce(consent, sharing.today) &&
    consent.givenOn <= sharing.on &&
    consent.departments.includes(sharing.department) &&
    consent.purposes.includes(sharing.purpose) &&
    sharing.categories.every((category) => consent.categories.includes(category))
  );
}

/**
 * Who must give a consent: the person, unless a child under 14 on that day or without capacity,
 * when a guardian must. Returns the problem in words, or null.
 */
export function giverProblem(
  input: { givenBy: ConsentGiver; lacksCapacity: boolean; givenOn: string },
  birthDate: string,
): string | null {
  if (input.givenBy === ConsentGiver.GUARDIAN) return null;
  if (ageOn(birthDate, input.givenOn) < AGE_OF_CONSENT) {
    return `the person was under ${AGE_OF_CONSENT} on ${input.givenOn}: a guardian consents for a child (PIPL art. 31)`;
  }
  if (input.lacksCapacity) return 'a person without capacity consents through a guardian';
  return null;
}
