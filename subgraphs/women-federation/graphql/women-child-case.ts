import { Field, ObjectType } from 'type-graphql';
import { maskPersonal } from '../../../shared/department/masking.js';
import { personalRecord, type PersonalMask } from '../../../shared/department/personal-records.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { CASES, caseAccess } from '../access.js';
import type { WomenChildCase } from '../entities/index.js';
import type { WomenFederationContext } from '../loaders.js';
import { WomenChildCaseKind, WomenChildCaseStatus } from './enums.js';
import { PersonRef } from './references.js';

@ObjectType({ description: 'Women and children case (妇女儿童个案) as the caller may see it' })
export class WomenChildCaseView {
  @Field(() => WomenChildCaseKind)
  kind!: WomenChildCaseKind;

  @Field(() => WomenChildCaseStatus)
  status!: WomenChildCaseStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Opened on; null when de-identified' })
  openedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  closedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Summary (个案摘要): only for the federation's supervisors who state a purpose",
  })
  summary!: string | null;

  @Field(() => PersonRef, { description: 'The woman or child of the case (服务对象)' })
  person!: { id: string };
}

export const WomenChildCaseConnection = connectionType(
  WomenChildCaseView,
  'WomenChildCase',
  'women and children cases (妇女儿童个案)',
);

/** A case as the masking rule lets the caller see it. */
function showCase(item: WomenChildCase, mask: PersonalMask): WomenChildCaseView {
  return {
    kind: item.kind,
    status: item.status,
    openedOn: mask('eventDate', item.openedOn),
    closedOn: mask('eventDate', item.closedOn),
    summary: mask('caseNote', item.summary),
    person: { id: item.personId },
  };
}

/**
 * One case of a list of many people's cases as the caller may see it, `null` when withheld; a
 * reveal is logged for its person, under the same field as the person's own cases.
 */
export function toWomenChildCaseView(
  item: WomenChildCase,
  ctx: WomenFederationContext,
): Promise<WomenChildCaseView | null> {
  return personalRecord(ctx, CASES, 'womenFederationCases', item, (mask) => showCase(item, mask));
}

/**
 * A person's cases as the caller may see them, `null` when withheld; a reveal of them is logged.
 * The summary only for the federation's own revealing supervisors.
 */
export async function toWomenChildCaseViews(
  cases: WomenChildCase[],
  ctx: WomenFederationContext,
): Promise<WomenChildCaseView[] | null> {
  const access = caseAccess(ctx.principal, ctx.purpose);
  if (access === 'none') return null;
  if (access === 'revealed' && cases.length) {
    await ctx.loaders.reveal.load({
      personId: cases[0]!.personId,
      personRegionCode: cases[0]!.personRegionCode,
      field: 'womenFederationCases',
    });
  }
  return cases.map((item) =>
    showCase(item, (kind, value) => maskPersonal(kind, value, ctx.principal, ctx.purpose, CASES)),
  );
}
