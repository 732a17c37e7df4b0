import { registerEnumType } from 'type-graphql';
import {
  ChildrenHomeStatus,
  FamilyServiceKind,
  WomenChildCaseKind,
  WomenChildCaseStatus,
} from '../entities/enums.js';

registerEnumType(ChildrenHomeStatus, {
  name: 'ChildrenHomeStatus',
  description: "Status of a children's home (儿童之家状态)",
});

registerEnumType(WomenChildCaseKind, {
  name: 'WomenChildCaseKind',
  description: 'Kind of women and children case (个案类型)',
  valuesConfig: {
    DOMESTIC_VIOLENCE: { description: 'Domestic violence (家庭暴力)' },
    CHILD_PROTECTION: { description: 'Child protection (儿童保护)' },
    WOMAN_IN_DIFFICULTY: { description: 'Woman in difficulty (困难妇女)' },
    FAMILY_CONFLICT: { description: 'Family conflict (家庭矛盾)' },
  },
});

registerEnumType(WomenChildCaseStatus, {
  name: 'WomenChildCaseStatus',
  description: 'Status of a case (个案状态)',
});

registerEnumType(FamilyServiceKind, {
  name: 'FamilyServiceKind',
  description: 'Kind of family service (家庭服务类型)',
  valuesConfig: {
    PARENTING_CLASS: { description: 'Parenting class (家长课堂)' },
    FAMILY_EDUCATION: { description: 'Family education (家庭教育)' },
    MEDIATION: { description: 'Marriage and family mediation (婚姻家庭纠纷调解)' },
    HOME_VISIT: { description: 'Home visit (入户走访)' },
  },
});

export { ChildrenHomeStatus, FamilyServiceKind, WomenChildCaseKind, WomenChildCaseStatus };
