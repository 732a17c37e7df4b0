import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { hasRole } from '../../../shared/auth.js';
import { CASE_TEAM } from '../../../shared/department/access.js';
import type { Department } from '../../../shared/enums.js';
import { DateRangeArgs, dateRange } from '../../../shared/input/period.js';
import { CaseView, toCaseView, toLinkedRecordView } from '../graphql/case.js';
import { ConsentView, toConsentView } from '../graphql/consent.js';
import { PersonView } from '../graphql/person.js';
import { ReferralView, toReferralView } from '../graphql/referral.js';
import { TimelineEntryView } from '../graphql/timeline.js';
import type { CivilAffairsContext } from '../loaders.js';

type Ctx = CivilAffairsContext;

/** A list of case work for case teams; null for every other role. */
async function forCaseTeams<R, V>(
  ctx: Ctx,
  rows: () => Promise<R[]>,
  toView: (row: R) => V,
): Promise<V[] | null> {
  return hasRole(ctx.principal, CASE_TEAM) ? (await rows()).map(toView) : null;
}

/**
 * A person's case work as the caller's department sees it: its own cases, the referrals it sent
 * or received, every consent (any department's case team must know what it may share), and all
 * of it as one timeline. Other roles see none of it.
 */
@Resolver(() => PersonView)
export class PersonCaseWorkResolver {
  @FieldResolver(() => [CaseView], {
    nullable: true,
    description: "Your department's cases of the person (个案); null for roles outside case work",
  })
  async cases(@Root() person: PersonView, @Ctx() ctx: Ctx): Promise<CaseView[] | null> {
    return forCaseTeams(ctx, () => ctx.loaders.caseWork.casesByPerson.load(person.id), toCaseView);
  }

  @FieldResolver(() => [ReferralView], {
    nullable: true,
    description: 'Referrals of the person your department sent or received (转介)',
  })
  async referrals(@Root() person: PersonView, @Ctx() ctx: Ctx): Promise<ReferralView[] | null> {
    const { referralsByPerson } = ctx.loaders.caseWork;
    return forCaseTeams(ctx, () => referralsByPerson.load(person.id), toReferralView);
  }

  @FieldResolver(() => [ConsentView], {
    nullable: true,
    description: "The person's consents to share their data, newest first (知情同意)",
  })
  async consents(@Root() person: PersonView, @Ctx() ctx: Ctx): Promise<ConsentView[] | null> {
    const { consentsByPerson } = ctx.loaders.caseWork;
    return forCaseTeams(ctx, () => consentsByPerson.load(person.id), toConsentView);
  }

  @FieldResolver(() => [TimelineEntryView], {
    nullable: true,
    description:
      "The person's case work across departments as one timeline, oldest first (服务时间线): steps of your department's cases, of referrals your department sent or received, records linked to them, consents",
  })
  async timeline(
    @Root() person: PersonView,
    @Args(() => DateRangeArgs) period: DateRangeArgs,
    @Ctx() ctx: Ctx,
  ): Promise<TimelineEntryView[] | null> {
    if (!hasRole(ctx.principal, CASE_TEAM)) return null;
    const { from, to } = dateRange(period);
    const loaders = ctx.loaders.caseWork;
    const [cases, referrals, consents] = await Promise.all([
      loaders.casesByPerson.load(person.id),
      loaders.referralsByPerson.load(person.id),
      loaders.consentsByPerson.load(person.id),
    ]);
    const [caseEvents, links, referralEvents] = await Promise.all([
      Promise.all(cases.map((row) => loaders.eventsByCase.load(row.id))),
      Promise.all(cases.map((row) => loaders.linksByCase.load(row.id))),
      Promise.all(referrals.map((row) => loaders.eventsByReferral.load(row.id))),
    ]);
    const entries: TimelineEntryView[] = [];
    const add = (
      entry: Omit<TimelineEntryView, 'caseId' | 'referralId' | 'linkedRecord'> &
        Partial<TimelineEntryView>,
    ) => entries.push({ caseId: null, referralId: null, linkedRecord: null, ...entry });
    for (const events of caseEvents) {
      for (const event of events) {
        add({
          on: event.effectiveOn,
          at: event.at,
          department: event.byDepartment as Department,
          kind: `CASE_${event.kind}`,
          caseId: event.caseId,
        });
      }
    }
    for (const caseLinks of links) {
      for (const link of caseLinks) {
        add({
          on: link.recordDate,
          at: link.linkedAt,
          department: link.department as Department,
          kind: 'RECORD_LINKED',
          caseId: link.caseId,
          linkedRecord: toLinkedRecordView(link),
        });
      }
    }
    for (const events of referralEvents) {
      for (const event of events) {
        add({
          on: event.effectiveOn,
          at: event.at,
          department: event.byDepartment as Department,
          kind: `REFERRAL_${event.kind}`,
          referralId: event.referralId,
        });
      }
    }
    for (const consent of consents) {
      const department = consent.recordedByDepartment as Department;
      add({ on: consent.givenOn, at: consent.createdAt, department, kind: 'CONSENT_GIVEN' });
      if (consent.withdrawnOn) {
        add({
          on: consent.withdrawnOn,
          at: consent.updatedAt,
          department: (consent.withdrawnByDepartment ?? department) as Department,
          kind: 'CONSENT_WITHDRAWN',
        });
      }
    }
    return entries
      .filter((entry) => (!from || entry.on >= from) && (!to || entry.on <= to))
      .sort((a, b) => a.on.localeCompare(b.on) || a.at.getTime() - b.at.getTime());
  }
}
