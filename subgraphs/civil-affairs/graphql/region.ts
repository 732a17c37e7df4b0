import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { RegionLevel } from '../../../shared/enums.js';
import type { Region } from '../entities/index.js';

@ObjectType('Region', {
  description: 'Administrative division (行政区划), from province down to village',
})
@Directive('@key(fields: "code")')
export class RegionView {
  @Field(() => ID, { description: 'Division code (行政区划代码): 6, 9 or 12 digits' })
  code!: string;

  @Field({ description: 'Name (名称), e.g. 木兰县' })
  name!: string;

  @Field(() => RegionLevel, { description: 'Level (层级), derived from the code' })
  level!: RegionLevel;

  /** For `parent`. */
  parentCode!: string | null;
}

export function toRegionView(region: Region): RegionView {
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    parentCode: region.parentCode,
  };
}
