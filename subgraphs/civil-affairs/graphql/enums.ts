import { registerEnumType } from 'type-graphql';
import {
  Certification,
  Employment,
  PersonCategory,
  ProjectStatus,
  Sex,
  StationStatus,
  TargetGroup,
  WebhookDeliveryStatus,
  WebhookTopic,
} from '../entities/enums.js';

// The entity enums as the graph names and describes them. Every graphql/ file that uses one
// imports it from here, so that it is registered before the schema is built.

registerEnumType(StationStatus, {
  name: 'StationStatus',
  description: 'Operating status of a station (运行状态)',
  valuesConfig: {
    PLANNED: { description: 'Planned or being built (筹建中)' },
    OPERATING: { description: 'Operating (运行中)' },
    SUSPENDED: { description: 'Temporarily suspended (暂停)' },
    CLOSED: { description: 'Closed (已撤销)' },
  },
});

registerEnumType(PersonCategory, {
  name: 'PersonCategory',
  description: 'Category in the register of people in difficulty (困难群体类别)',
  valuesConfig: {
    MINIMUM_LIVING: { description: 'Minimum living guarantee (低保)' },
    EXTREME_POVERTY: { description: 'Extreme poverty support (特困)' },
    LOW_INCOME: { description: 'Low-income household (低收入)' },
    ORPHAN: { description: 'Orphan (孤儿)' },
    CHILD_IN_DIFFICULTY: { description: 'Child in difficulty (困境儿童)' },
    LEFT_BEHIND_CHILD: { description: 'Left-behind child (留守儿童)' },
    LEFT_BEHIND_ELDERLY: { description: 'Left-behind elderly (留守老人)' },
    EMPTY_NEST_ELDERLY: { description: 'Empty-nest elderly (空巢老人)' },
  },
});

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex (性别), derived from the identity number',
  valuesConfig: { MALE: { description: 'Male (男)' }, FEMALE: { description: 'Female (女)' } },
});

registerEnumType(Employment, {
  name: 'Employment',
  description: 'Employment of a social worker (专职/兼职)',
  valuesConfig: {
    FULL_TIME: { description: 'Full-time (专职)' },
    PART_TIME: { description: 'Part-time (兼职)' },
  },
});

registerEnumType(Certification, {
  name: 'Certification',
  description: 'Social work qualification (社会工作者职业资格)',
  valuesConfig: {
    NONE: { description: 'Not certified (未持证)' },
    ASSISTANT_SOCIAL_WORKER: { description: 'Assistant social worker (助理社会工作师)' },
    SOCIAL_WORKER: { description: 'Social worker (社会工作师)' },
    SENIOR_SOCIAL_WORKER: { description: 'Senior social worker (高级社会工作师)' },
  },
});

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Status of a purchased-service project (项目状态)',
  valuesConfig: {
    PLANNED: { description: 'Being procured (采购中)' },
    ACTIVE: { description: 'Being delivered (执行中)' },
    COMPLETED: { description: 'Completed and evaluated (已结项)' },
    TERMINATED: { description: 'Terminated early (已终止)' },
  },
});

registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  description: 'Group served by a project (服务对象)',
  valuesConfig: {
    ASSISTANCE_RECIPIENTS: { description: 'Social assistance recipients (社会救助对象)' },
    ELDERLY: { description: 'Elderly people (老年人)' },
    CHILDREN: { description: 'Children (儿童)' },
    YOUTH: { description: 'Young people (青少年)' },
    WOMEN: { description: 'Women (妇女)' },
    PEOPLE_WITH_DISABILITIES: { description: 'People with disabilities (残疾人)' },
    WORKERS_IN_DIFFICULTY: { description: 'Workers in difficulty (困难职工)' },
    COMMUNITY_RESIDENTS: { description: 'Community residents (社区居民)' },
  },
});

registerEnumType(WebhookTopic, {
  name: 'WebhookTopic',
  description:
    "What a webhook tells a department (Webhook 主题); the body's `type` is its wire name",
  valuesConfig: {
    REFERRAL_RECEIVED: {
      description: 'A referral was sent to the department (`referral.received`)',
    },
    REFERRAL_ANSWERED: {
      description: 'A referral the department sent was answered (`referral.answered`)',
    },
    REFERRAL_OVERDUE: {
      description: 'A referral passed its deadline unanswered (`referral.overdue`)',
    },
    REFERRAL_CANCELLED: { description: 'A referral was withdrawn (`referral.cancelled`)' },
  },
});

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands (投递状态)',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: due now or after its back-off' },
    DELIVERED: { description: 'The endpoint answered 2xx' },
    FAILED: { description: 'Every attempt failed; a replay tries again' },
  },
});

export {
  Certification,
  Employment,
  PersonCategory,
  ProjectStatus,
  Sex,
  StationStatus,
  TargetGroup,
  WebhookDeliveryStatus,
  WebhookTopic,
};
