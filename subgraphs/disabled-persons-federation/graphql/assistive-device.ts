import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import type { AssistiveDeviceGrant } from '../entities/index.js';
import { PersonRef } from './references.js';

@ObjectType({ description: 'Assistive device given (辅助器具发放)' })
export class AssistiveDeviceView {
  @Field(() => ID, { description: 'Record id' })
  id!: string;

  @Field({ description: 'Device (器具名称), e.g. 轮椅' })
  device!: string;

  @Field(() => MoneyScalar, { description: 'Value (价值)' })
  value!: bigint;

  @Field(() => DateScalar, { description: 'Given on (发放日期)' })
  grantedOn!: string;

  @Field(() => PersonRef, { description: 'Person given to' })
  person!: { id: string };
}

export const AssistiveDeviceConnection = connectionType(
  AssistiveDeviceView,
  'AssistiveDevice',
  'assistive devices given (辅助器具发放)',
);

/** The graph's view of a device grant. */
export function toAssistiveDeviceView(row: AssistiveDeviceGrant): AssistiveDeviceView {
  return {
    id: row.id,
    device: row.device,
    value: BigInt(row.valueFen),
    grantedOn: row.grantedOn,
    person: { id: row.personId },
  };
}
