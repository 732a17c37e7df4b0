import { Field, ID, ObjectType } from 'type-graphql';
import { Department } from '../../../shared/enums.js';
import { DateScalar, DateTimeScalar } from '../../../shared/scalars.js';
import { LinkedRecordView } from './case.js';

@ObjectType('TimelineEntry', {
  description:
    "One thing that happened in a person's case work, in any department (服务时间线): a case step, a referral step, a linked record, a consent",
})
export class TimelineEntryView {
  @Field(() => DateScalar, { description: 'Day it took effect' })
  on!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded' })
  at!: Date;

  @Field(() => Department, { description: 'Department that acted or holds the record' })
  department!: Department;

  @Field({
    description:
      'What happened: CASE_OPENED, CASE_CLOSED…, REFERRAL_SENT, REFERRAL_ACCEPTED…, RECORD_LINKED, CONSENT_GIVEN, CONSENT_WITHDRAWN',
  })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The case it belongs to' })
  caseId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The referral it belongs to' })
  referralId!: string | null;

  @Field(() => LinkedRecordView, { nullable: true, description: 'The record linked' })
  linkedRecord!: LinkedRecordView | null;
}
