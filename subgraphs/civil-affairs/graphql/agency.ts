import { Directive, Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import type { Agency } from '../entities/index.js';
import { recordFields, RecordView } from './record.js';

@ObjectType('Agency', {
  description: 'Social work agency (社工机构), the contractor (承接机构) that runs stations',
})
@Directive('@key(fields: "id")')
export class AgencyView extends RecordView {
  @Field({ description: 'Registered name (机构名称)' })
  name!: string;

  @Field({ description: 'Unified social credit code (统一社会信用代码, GB 32100)' })
  creditCode!: string;

  @Field(() => String, { nullable: true, description: 'Office address (地址)' })
  address!: string | null;

  /** For `region`. */
  regionCode!: string;
}

export const AgencyConnection = connectionType(
  AgencyView,
  'Agency',
  'social work agencies (社工机构)',
);

export function toAgencyView(agency: Agency): AgencyView {
  return {
    ...recordFields(agency),
    name: agency.name,
    creditCode: agency.creditCode,
    address: agency.address,
    regionCode: agency.regionCode,
  };
}
