import { registerEnumType } from 'type-graphql';
import { YouthProgrammeKind } from '../entities/enums.js';

registerEnumType(YouthProgrammeKind, {
  name: 'YouthProgrammeKind',
  description: 'Kind of youth programme (青少年项目类型)',
  valuesConfig: {
    CONFIDENCE_GROUP: { description: 'Confidence group (自信心小组)' },
    LEFT_BEHIND_CHILDREN_CARE: { description: 'Care for left-behind children (留守儿童关爱)' },
    STUDY_SUPPORT: { description: 'Study support (学业辅导)' },
    SUMMER_CAMP: { description: 'Summer camp (暑期营)' },
  },
});

export { YouthProgrammeKind };
