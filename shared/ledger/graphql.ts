import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../enums.js';
import { DateScalar, MoneyScalar } from '../scalars.js';
import type { BenefitKind, BenefitProgramme } from './benefit.js';
import { BENEFIT_PROGRAMMES } from './outbox.js';
import { NOTICE_WINDOW_DAYS } from './other-help.js';

// The ledger in the graph: its programmes and kinds, named once for every subgraph that shows
// them, and the notice a department's cash grant carries of the other departments' help.

/** The ledger's programmes and kinds, as the graph names them: the kit's lists, described. */
export const BenefitProgrammeValue = Object.fromEntries(
  Object.keys(BENEFIT_PROGRAMMES).map((programme) => [programme, programme]),
) as { readonly [P in BenefitProgramme]: P };
const PROGRAMME_DESCRIPTIONS: Record<BenefitProgramme, { description: string }> = {
  TEMPORARY_ASSISTANCE: { description: 'Temporary assistance, civil affairs (临时救助)' },
  UNION_ASSISTANCE: { description: 'Union assistance, trade union (工会帮扶)' },
  ASSISTIVE_DEVICE: { description: "Assistive device, disabled persons' federation (辅具)" },
  REHABILITATION: { description: "Rehabilitation service, disabled persons' federation (康复)" },
  YOUTH_PROGRAMME: { description: 'A place in a youth programme, Youth League (青少年项目)' },
  CHARITY_GRANT: { description: 'Charity grant to a person (慈善救助)' },
};
registerEnumType(BenefitProgrammeValue, {
  name: 'BenefitProgramme',
  description: 'The programme a benefit was given through (帮扶项目)',
  valuesConfig: PROGRAMME_DESCRIPTIONS,
});

const KIND_DESCRIPTIONS: Record<BenefitKind, { description: string }> = {
  CASH: { description: 'Money (现金)' },
  IN_KIND: { description: 'Goods (实物)' },
  SERVICE: { description: 'A service (服务)' },
};
export const BenefitKindValue = Object.fromEntries(
  Object.keys(KIND_DESCRIPTIONS).map((kind) => [kind, kind]),
) as { readonly [K in BenefitKind]: K };
registerEnumType(BenefitKindValue, {
  name: 'BenefitKind',
  description: 'What form the help took (帮扶形式)',
  valuesConfig: KIND_DESCRIPTIONS,
});

/** What every view of one department's help shows first: who gave what, how and when. */
@ObjectType()
export abstract class GivenHelp {
  @Field(() => Department, { description: 'Department that gave it' })
  department!: Department;

  @Field(() => BenefitProgrammeValue, { description: 'Programme (帮扶项目)' })
  programme!: BenefitProgramme;

  @Field(() => BenefitKindValue, { description: 'Form (帮扶形式)' })
  kind!: BenefitKind;

  @Field(() => DateScalar, { description: 'Given on (发放日期)' })
  givenOn!: string;
}

@ObjectType('OtherHelp', {
  description:
    "Another department's help to the person, or to a member of the person's household, near a grant (其他部门帮扶)",
})
@Directive('@shareable')
export class OtherHelpView extends GivenHelp {
  @Field({ description: 'Given to another member of the household, not to the person' })
  toHouseholdMember!: boolean;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Amount of cash help: only when the caller may see the giving department's assistance",
  })
  amount!: bigint | null;
}

@ObjectType('HelpNotice', {
  description:
    'What the benefit ledger knew, when a cash grant was recorded, of other departments’ help to the same person or household (重复帮扶提示)',
})
@Directive('@shareable')
export class HelpNoticeView {
  @Field({
    description:
      'The ledger was asked; false when it could not answer, and the grant was recorded unchecked',
  })
  checked!: boolean;

  @Field(() => DateScalar, { description: 'First day of the window searched' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the window searched' })
  to!: string;

  @Field(() => [Department], { description: 'Other departments that helped in the window' })
  departments!: Department[];

  @Field(() => [OtherHelpView], { description: 'Their help, oldest first' })
  help!: OtherHelpView[];

  @Field({ description: 'The notice in words, for a person at the counter' })
  message!: string;

  @Field(() => Int, { description: 'Days either side of the grant searched' })
  windowDays!: number;
}

/** The `otherHelp` field of a cash grant: the notice of its write. */
export function OtherHelpField(): PropertyDecorator {
  return Field(() => HelpNoticeView, {
    nullable: true,
    description: `Other departments’ help to the same person or household within ${NOTICE_WINDOW_DAYS} days either side of this grant, as the benefit ledger knew it when the grant was recorded (重复帮扶提示). Answered by the write and its replays only (null when the grant is read later); the same warning comes in the response’s \`extensions.notices\` when there is any.`,
  });
}
