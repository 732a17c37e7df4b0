import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsDivisionCode } from '../../../shared/validation.js';

@InputType({ description: 'A division to add to the tree (新增行政区划)' })
export class RegisterRegionInput {
  @Field({ description: 'Division code: 6, 9 or 12 digits' })
  @IsDivisionCode()
  code!: string;

  @Field({ description: 'Name (名称)' })
  @Length(1, 100)
  name!: string;
}
