import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { RegionLevel } from '../../../shared/enums.js';
import { connectionType } from '../../../shared/pagination.js';
import { NATIONAL_CODE } from '../../../shared/scope.js';
import type { Region } from '../entities/index.js';

@ObjectType('Region', {
  description: 'Administrative division (行政区划), from province down to village',
})
@Directive('@key(fields: "code")')
export class RegionView {
  @Field(() => ID, {
    description: 'Division code (行政区划代码): 6, 9 or 12 digits; 100000 for the whole country',
  })
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

export const RegionConnection = connectionType(RegionView, 'Region', 'divisions (行政区划)');

/**
 * The whole country (全国, 100000): no row of the register but the root above its provinces,
 * whose figures are those of every province registered.
 */
export const NATIONAL_REGION: RegionView = {
  code: NATIONAL_CODE,
  name: '全国',
  level: RegionLevel.NATIONAL,
  parentCode: null,
};
