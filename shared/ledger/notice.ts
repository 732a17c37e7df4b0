import type { HubContext } from '../context.js';
import { department } from '../departments.js';
import { addDays } from '../input/dates.js';
import type { HelpNoticeView, OtherHelpView } from './graphql.js';
import {
  NOTICE_WINDOW_DAYS,
  type OtherHelpAnswer,
  type OtherHelpEntry,
  type OtherHelpQuery,
} from './other-help.js';

// A warning at the moment of giving. When a department records cash help, civil affairs — which
// keeps the ledger across departments — is asked, as the caller, what other departments gave the
// same person or a member of the person's household within the window around the grant. The
// answer goes back twice: as the grant's `otherHelp` field, and as a notice in the response's
// `extensions.notices`, so a system that never asked for the field still receives it. Amounts
// appear only where the caller may see the giving department's assistance. The ledger knows what
// its consumer has applied: help recorded within the last poll interval may not be in it yet.

/** The code of the notice in `extensions.notices`. */
const OTHER_HELP_NOTICE = 'OTHER_HELP_IN_WINDOW';

/** The window searched around a grant. */
function windowOf(query: OtherHelpQuery) {
  return {
    from: addDays(query.givenOn, -query.windowDays),
    to: addDays(query.givenOn, query.windowDays),
  };
}

function describe(help: OtherHelpEntry[], windowDays: number): string {
  if (!help.length) return `No other department's help in the ledger within ${windowDays} days`;
  const items = help.map(
    (entry) =>
      `${department(entry.department).description} ${entry.programme} on ${entry.givenOn}` +
      (entry.toHouseholdMember ? ' (to a household member)' : ''),
  );
  return `Other departments helped this person or household within ${windowDays} days of the grant (重复帮扶提示): ${items.join('; ')}`;
}

/** The notice of an answer; `null` when the ledger could not be asked. */
function helpNotice(query: OtherHelpQuery, answer: OtherHelpAnswer | null): HelpNoticeView {
  const { from, to } = windowOf(query);
  const help: OtherHelpView[] = (answer?.help ?? []).map((entry) => ({
    department: entry.department,
    programme: entry.programme,
    kind: entry.kind,
    givenOn: entry.givenOn,
    toHouseholdMember: entry.toHouseholdMember,
    amount: entry.amountFen === null ? null : BigInt(entry.amountFen),
  }));
  return {
    checked: answer !== null,
    from,
    to,
    windowDays: query.windowDays,
    departments: [...new Set(help.map((entry) => entry.department))],
    help,
    message: answer
      ? describe(answer.help, query.windowDays)
      : 'The ledger could not be asked about other departments’ help; the grant was recorded unchecked',
  };
}

/**
 * After a cash grant is written (or replayed): asks the ledger about other departments' help to
 * the same person or household, puts a notice in the response when there was some, and returns
 * what the grant's `otherHelp` field shows. The grant is written whatever the answer: a ledger
 * that cannot be asked gives a notice that says so.
 */
export async function noticeOtherHelp(
  ctx: Pick<HubContext, 'owner' | 'notices' | 'principal'>,
  field: string,
  grant: { personId: string; givenOn: string },
): Promise<HelpNoticeView> {
  const query: OtherHelpQuery = {
    personId: grant.personId,
    givenOn: grant.givenOn,
    department: ctx.principal.department,
    windowDays: NOTICE_WINDOW_DAYS,
  };
  const answer = await ctx.owner.otherHelp(query).catch(() => null);
  const notice = helpNotice(query, answer);
  if (!notice.checked || notice.departments.length) {
    ctx.notices.push({
      code: notice.checked ? OTHER_HELP_NOTICE : 'OTHER_HELP_UNCHECKED',
      message: notice.message,
      path: [field],
      departments: notice.departments,
    });
  }
  return notice;
}
