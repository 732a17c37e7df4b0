import { z } from 'zod';
import { DEPARTMENT_CODES, type DepartmentCode } from '../departments.js';
import type { BenefitKind, BenefitProgramme } from './benefit.js';

// The question a department asks civil affairs' ledger when it records a grant, and the answer,
// as they travel between services (see notice.ts for what is done with them).

/** Days either side of a grant in which other help is reported. */
export const NOTICE_WINDOW_DAYS = 30;

/** Path of civil affairs' endpoint that answers it for the other departments. */
export const OTHER_HELP_PATH = '/internal/ledger/other-help';

/** What a department asks about the grant it has just recorded. */
export const otherHelpQuery = z.object({
  personId: z.string().uuid(),
  givenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The department that gave the grant: its own help is not "other". */
  department: z.enum(DEPARTMENT_CODES),
  windowDays: z.number().int().min(1).max(366),
});
export type OtherHelpQuery = z.infer<typeof otherHelpQuery>;

/** One entry of the answer, as JSON carries it (money in fen as a string). */
export interface OtherHelpEntry {
  department: DepartmentCode;
  programme: BenefitProgramme;
  kind: BenefitKind;
  givenOn: string;
  toHouseholdMember: boolean;
  /** Null unless the caller may see the giving department's assistance. */
  amountFen: string | null;
}

/** Civil affairs' answer: other help in the window, oldest first; none for a person out of scope. */
export interface OtherHelpAnswer {
  help: OtherHelpEntry[];
}
