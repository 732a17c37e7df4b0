import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { DuplicateReason } from '../register/duplicates.js';

registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  description: 'Why two entries of the register may be one person (疑似重复原因)',
  valuesConfig: {
    SAME_NAME_BIRTH_DATE_VILLAGE: {
      description: 'Same name, birth date and village (同名同生日同村)',
    },
    NEAR_IDENTITY_NUMBER: {
      description: 'Same name, identity numbers one or two characters apart (身份证号疑似录错)',
    },
  },
});

@ObjectType('DuplicateCandidate', {
  description: 'Two entries of the register that may be one person (疑似重复登记)',
})
export class DuplicateCandidateView {
  @Field(() => [DuplicateReason], { description: 'Why they may be one person' })
  reasons!: DuplicateReason[];

  /** The two entries, for `people`. */
  personIds!: [string, string];
}

@ArgsType()
export class DuplicateArgs {
  @Field(() => String, { description: 'Division whose register is searched (排查范围)' })
  regionCode!: string;

  @Field(() => Int, { defaultValue: 50, description: 'Most pairs returned, 1 to 200' })
  @Min(1)
  @Max(200)
  first!: number;
}

export { DuplicateReason };
