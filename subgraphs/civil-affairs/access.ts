import type { RecordHolder } from '../../shared/department/access.js';
import { maskIdentifier } from '../../shared/department/masking.js';

// What civil affairs adds to the shared access rules (shared/department/access.ts, where the
// role sets are): its own records of people, and what of them is logged when revealed.

/** Civil affairs' own records of a person: categories of the register and assistance. */
export const CIVIL_AFFAIRS_RECORDS: RecordHolder = { owner: 'CIVIL_AFFAIRS' };

/** Fields of a person whose reveal is written to civil affairs' access log. */
export type RevealedField =
  'identityNumber' | 'categories' | 'temporaryAssistance' | 'householdCategories' | 'benefits';

/** `2301**********123X`: the province and city, and the last four characters. */
export const maskIdentityNumber = maskIdentifier;
