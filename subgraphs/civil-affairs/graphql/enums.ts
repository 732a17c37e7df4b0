import { registerEnumType } from 'type-graphql';
import {
  CaseStage,
  Certification,
  ClosureReason,
  ConsentGiver,
  ConsentPurpose,
  DataCategory,
  DesignationKind,
  DesignationLevel,
  Employment,
  HouseholdCategory,
  HouseholdEventKind,
  HouseholdRelation,
  NeedLevel,
  PersonCategory,
  ProjectStatus,
  ProcurementMethod,
  TrancheCondition,
  ProjectIndicator,
  EvaluationStage,
  Evaluator,
  ReferralState,
  ReferralUrgency,
  Sex,
  StationStatus,
  SupervisionKind,
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
  description: 'Employment of a social worker (用工性质)',
  valuesConfig: {
    FULL_TIME: { description: 'Full-time (专职)' },
    PART_TIME: { description: 'Part-time (兼职)' },
    LABOUR_DISPATCH: { description: 'Sent by a labour-dispatch company (劳务派遣)' },
    COMMUNITY_WORKER: { description: 'Community worker doing social work (社区工作者)' },
    ASSISTANT: { description: 'Social assistance assistant (社会救助协理员)' },
  },
});

registerEnumType(DesignationKind, {
  name: 'DesignationKind',
  description: 'Recognition a station was given (试点/示范)',
  valuesConfig: {
    PILOT: { description: 'Pilot (试点)' },
    DEMONSTRATION: { description: 'Demonstration station or point (示范站/示范点)' },
  },
});

registerEnumType(DesignationLevel, {
  name: 'DesignationLevel',
  description: 'Level of the government that gave a designation (级别)',
  valuesConfig: {
    NATIONAL: { description: 'National (国家级)' },
    PROVINCIAL: { description: 'Provincial (省级)' },
    CITY: { description: 'City or prefecture (市级/州级)' },
    COUNTY: { description: 'County (县级)' },
  },
});

registerEnumType(SupervisionKind, {
  name: 'SupervisionKind',
  description: 'Supervision held at a station (一督两会)',
  valuesConfig: {
    MONTHLY_WORKER_MEETING: {
      description: "Monthly meeting of the station's front-line workers (每月一线社工人员会议)",
    },
    JOINT_DEPARTMENT_MEETING: {
      description: 'Half-yearly joint meeting of departments (半年部门联席会议)',
    },
    ON_SITE_CHECK: { description: 'On-site supervision check (督导检查)' },
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
    PLANNED: { description: 'Planned, not yet put out to purchase (立项)' },
    PROCURING: { description: 'Being purchased (采购中)' },
    ACTIVE: { description: 'Contract signed, being delivered (执行中)' },
    EVALUATING: { description: 'Term over, final evaluation under way (评估中)' },
    COMPLETED: { description: 'Completed after a passed final evaluation (已结项)' },
    TERMINATED: { description: 'Terminated early (已终止)' },
  },
});

registerEnumType(ProcurementMethod, {
  name: 'ProcurementMethod',
  description: 'How the service was purchased (购买方式)',
  valuesConfig: {
    PUBLIC_TENDER: { description: 'Public tender (公开招标)' },
    COMPETITIVE_NEGOTIATION: {
      description: 'Competitive consultation or negotiation (竞争性磋商/谈判)',
    },
    SINGLE_SOURCE: { description: 'Single source (单一来源)' },
    INQUIRY: { description: 'Request for quotations (询价)' },
    ENTRUSTED: { description: 'Entrusted directly (委托)' },
  },
});

registerEnumType(TrancheCondition, {
  name: 'TrancheCondition',
  description: 'When a payment tranche falls due (付款条件)',
  valuesConfig: {
    ON_SIGNING: { description: 'On signing the contract (合同签订后)' },
    MID_TERM_PASSED: { description: 'After a passed mid-term evaluation (中期评估合格后)' },
    FINAL_PASSED: { description: 'After a passed final evaluation (末期评估合格后)' },
  },
});

registerEnumType(ProjectIndicator, {
  name: 'ProjectIndicator',
  description: 'What a project contracts to deliver, counted from its service records (绩效指标)',
  valuesConfig: {
    CASES: { description: 'Cases served, in cases (个案, 个)' },
    GROUPS: { description: 'Group sessions, in sessions (小组, 节)' },
    ACTIVITIES: { description: 'Community activities, in activities (社区活动, 场)' },
    PERSON_TIMES: { description: 'People served, in person-times (服务人次)' },
    HOURS: { description: 'Service hours, in hours (服务时长, 小时)' },
    HOUSEHOLDS_VISITED: { description: 'Households visited at home, in households (入户走访, 户)' },
  },
});

registerEnumType(EvaluationStage, {
  name: 'EvaluationStage',
  description: 'Which evaluation of the term (评估阶段)',
  valuesConfig: {
    MID_TERM: { description: 'Mid-term evaluation (中期评估)' },
    FINAL: { description: 'Final evaluation (末期评估)' },
  },
});

registerEnumType(Evaluator, {
  name: 'Evaluator',
  description: 'Who evaluated the project (评估主体)',
  valuesConfig: {
    SELF: { description: "The agency's own evaluation (自评)" },
    DEPARTMENT: { description: 'The purchasing department (部门评估)' },
    THIRD_PARTY: { description: 'An independent third party (第三方评估)' },
  },
});

registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  description: 'Group served by a project or a service (服务对象类别)',
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

registerEnumType(CaseStage, {
  name: 'CaseStage',
  description: 'Stage of case work (个案工作阶段), after MZ/T 094',
  valuesConfig: {
    INTAKE: { description: 'Intake (接案)' },
    ASSESSMENT: { description: 'Assessment of needs (预估)' },
    PLANNING: { description: 'Service plan (计划)' },
    INTERVENTION: { description: 'Intervention (介入)' },
    EVALUATION: { description: 'Evaluation (评估)' },
    CLOSED: { description: 'Closed (结案)' },
  },
});

registerEnumType(NeedLevel, {
  name: 'NeedLevel',
  description: 'How pressing a need is (需求程度)',
  valuesConfig: {
    LOW: { description: 'Low (一般)' },
    MEDIUM: { description: 'Medium (较急)' },
    HIGH: { description: 'High (紧迫)' },
  },
});

registerEnumType(ClosureReason, {
  name: 'ClosureReason',
  description: 'Why a case is closed (结案原因)',
  valuesConfig: {
    GOALS_MET: { description: 'Goals of the plan met (目标达成)' },
    REFERRED_ELSEWHERE: { description: 'Handed over to another service (转介结案)' },
    SERVICE_DECLINED: { description: 'The person no longer wants the service (服务对象拒绝服务)' },
    MOVED_AWAY: { description: 'Moved out of the area (迁出)' },
    DECEASED: { description: 'Deceased (死亡)' },
    OTHER: { description: 'Other (其他)' },
  },
});

registerEnumType(ConsentGiver, {
  name: 'ConsentGiver',
  description: 'Who gave a consent (同意人)',
  valuesConfig: {
    PERSON: { description: 'The person themselves (本人)' },
    GUARDIAN: {
      description: 'A guardian, for a child under 14 or a person without capacity (监护人)',
    },
  },
});

registerEnumType(DataCategory, {
  name: 'DataCategory',
  description:
    "Category of a person's data that may be shared with another department (共享信息类别)",
  valuesConfig: {
    IDENTITY: { description: 'Who the person is: the person record (身份信息)' },
    NEEDS: { description: 'Needs assessed in the case (需求评估)' },
    PLAN: { description: 'Goals of the service plan (服务计划)' },
  },
});

registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description: 'What shared data may be used for (使用目的)',
  valuesConfig: {
    REFERRAL: { description: 'Referral to another department for a service (转介服务)' },
    CASE_COORDINATION: { description: 'Coordinating case work between departments (个案协同)' },
  },
});

registerEnumType(ReferralUrgency, {
  name: 'ReferralUrgency',
  description: 'How soon a referral must be answered (紧急程度)',
  valuesConfig: {
    EMERGENCY: { description: 'Emergency (紧急)' },
    URGENT: { description: 'Urgent (较急)' },
    ROUTINE: { description: 'Routine (一般)' },
  },
});

registerEnumType(ReferralState, {
  name: 'ReferralState',
  description: 'Where a referral stands (转介状态)',
  valuesConfig: {
    SENT: { description: 'Sent, not yet seen by the receiving department (已发送)' },
    RECEIVED: { description: 'Received by the receiving department (已接收)' },
    ACCEPTED: { description: 'Accepted (已受理)' },
    DECLINED: { description: 'Declined, with a reason (已拒绝)' },
    REFERRED_ONWARD: { description: 'Passed on to another department (已再转介)' },
    IN_SERVICE: { description: 'Being served (服务中)' },
    COMPLETED: { description: 'Completed, with an outcome (已完成)' },
    CANCELLED: { description: 'Cancelled by the sending department (已撤回)' },
  },
});

registerEnumType(HouseholdCategory, {
  name: 'HouseholdCategory',
  description: 'Category of a household in the register (户类别)',
  valuesConfig: {
    MINIMUM_LIVING: { description: 'Minimum living guarantee household (低保户)' },
    EXTREME_POVERTY: { description: 'Extreme poverty support household (特困户)' },
    LOW_INCOME: { description: 'Low-income household (低收入户)' },
    CHILD_IN_DIFFICULTY: { description: 'Family of a child in difficulty (困境儿童家庭)' },
    LEFT_BEHIND: { description: 'Left-behind family (留守家庭)' },
    DISABILITY: { description: 'Family with a disabled member (残疾人家庭)' },
    EMPTY_NEST: { description: 'Empty-nest elderly household (空巢老人家庭)' },
    SINGLE_PARENT: { description: 'Single-parent family (单亲家庭)' },
  },
});

registerEnumType(HouseholdRelation, {
  name: 'HouseholdRelation',
  description: "A member's relation to the head of the household (与户主关系)",
  valuesConfig: {
    HEAD: { description: 'The head (户主)' },
    SPOUSE: { description: 'Spouse (配偶)' },
    CHILD: { description: 'Child (子女)' },
    PARENT: { description: 'Parent (父母)' },
    GRANDCHILD: { description: 'Grandchild (孙子女)' },
    GRANDPARENT: { description: 'Grandparent (祖父母)' },
    SIBLING: { description: 'Sibling (兄弟姐妹)' },
    OTHER: { description: 'Other (其他)' },
  },
});

registerEnumType(HouseholdEventKind, {
  name: 'HouseholdEventKind',
  description: "A change of a household's membership (成员变动)",
  valuesConfig: {
    JOINED: { description: 'Joined the household (迁入)' },
    LEFT: { description: 'Left the household (迁出)' },
    HEAD_CHANGED: { description: 'Became the head (户主变更)' },
  },
});

export {
  CaseStage,
  Certification,
  ClosureReason,
  ConsentGiver,
  ConsentPurpose,
  DataCategory,
  DesignationKind,
  DesignationLevel,
  Employment,
  HouseholdCategory,
  HouseholdEventKind,
  HouseholdRelation,
  NeedLevel,
  PersonCategory,
  ProjectStatus,
  ProcurementMethod,
  TrancheCondition,
  ProjectIndicator,
  EvaluationStage,
  Evaluator,
  ReferralState,
  ReferralUrgency,
  Sex,
  StationStatus,
  SupervisionKind,
  TargetGroup,
  WebhookDeliveryStatus,
  WebhookTopic,
};
