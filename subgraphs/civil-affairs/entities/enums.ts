/** Whether a station is open. */
export enum StationStatus {
  PLANNED = 'PLANNED',
  OPERATING = 'OPERATING',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}

/** Recognition a station has been given (试点/示范). */
export enum DesignationKind {
  PILOT = 'PILOT',
  DEMONSTRATION = 'DEMONSTRATION',
}

/** Level of the government that gave a designation. */
export enum DesignationLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
}

/** Supervision held at a station (一督两会: 每月一线社工会议, 半年部门联席会议, 督导检查). */
export enum SupervisionKind {
  MONTHLY_WORKER_MEETING = 'MONTHLY_WORKER_MEETING',
  JOINT_DEPARTMENT_MEETING = 'JOINT_DEPARTMENT_MEETING',
  ON_SITE_CHECK = 'ON_SITE_CHECK',
}

/** Categories of the civil-affairs register of people in difficulty. */
export enum PersonCategory {
  MINIMUM_LIVING = 'MINIMUM_LIVING',
  EXTREME_POVERTY = 'EXTREME_POVERTY',
  LOW_INCOME = 'LOW_INCOME',
  ORPHAN = 'ORPHAN',
  CHILD_IN_DIFFICULTY = 'CHILD_IN_DIFFICULTY',
  LEFT_BEHIND_CHILD = 'LEFT_BEHIND_CHILD',
  LEFT_BEHIND_ELDERLY = 'LEFT_BEHIND_ELDERLY',
  EMPTY_NEST_ELDERLY = 'EMPTY_NEST_ELDERLY',
}

/** Sex as recorded in the identity number. */
export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/**
 * How a social worker is employed at the station: full or part time (the first two values, as
 * records before the others were written), sent by a labour-dispatch company (劳务派遣), or a
 * community worker (社区工作者) or assistance assistant (协理员) doing social work beside the post.
 */
export enum Employment {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  LABOUR_DISPATCH = 'LABOUR_DISPATCH',
  COMMUNITY_WORKER = 'COMMUNITY_WORKER',
  ASSISTANT = 'ASSISTANT',
}

/** National social work qualification held. */
export enum Certification {
  NONE = 'NONE',
  ASSISTANT_SOCIAL_WORKER = 'ASSISTANT_SOCIAL_WORKER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  SENIOR_SOCIAL_WORKER = 'SENIOR_SOCIAL_WORKER',
}

/** Life cycle of a purchased-service project. */
export enum ProjectStatus {
  PLANNED = 'PLANNED',
  PROCURING = 'PROCURING',
  ACTIVE = 'ACTIVE',
  EVALUATING = 'EVALUATING',
  COMPLETED = 'COMPLETED',
  TERMINATED = 'TERMINATED',
}

/** How a purchased service was bought (购买方式), after the government procurement law. */
export enum ProcurementMethod {
  PUBLIC_TENDER = 'PUBLIC_TENDER',
  COMPETITIVE_NEGOTIATION = 'COMPETITIVE_NEGOTIATION',
  SINGLE_SOURCE = 'SINGLE_SOURCE',
  INQUIRY = 'INQUIRY',
  ENTRUSTED = 'ENTRUSTED',
}

/** When a payment tranche of a contract falls due (付款条件). */
export enum TrancheCondition {
  ON_SIGNING = 'ON_SIGNING',
  MID_TERM_PASSED = 'MID_TERM_PASSED',
  FINAL_PASSED = 'FINAL_PASSED',
}

/** What a project contracts to deliver (绩效指标), each counted from its service records. */
export enum ProjectIndicator {
  CASES = 'CASES',
  GROUPS = 'GROUPS',
  ACTIVITIES = 'ACTIVITIES',
  PERSON_TIMES = 'PERSON_TIMES',
  HOURS = 'HOURS',
  HOUSEHOLDS_VISITED = 'HOUSEHOLDS_VISITED',
}

/** The two evaluations of a project's term (中期评估, 末期评估). */
export enum EvaluationStage {
  MID_TERM = 'MID_TERM',
  FINAL = 'FINAL',
}

/** Who evaluated a project (评估主体). */
export enum Evaluator {
  SELF = 'SELF',
  DEPARTMENT = 'DEPARTMENT',
  THIRD_PARTY = 'THIRD_PARTY',
}

/** Groups of people a project serves. */
export enum TargetGroup {
  ASSISTANCE_RECIPIENTS = 'ASSISTANCE_RECIPIENTS',
  ELDERLY = 'ELDERLY',
  CHILDREN = 'CHILDREN',
  YOUTH = 'YOUTH',
  WOMEN = 'WOMEN',
  PEOPLE_WITH_DISABILITIES = 'PEOPLE_WITH_DISABILITIES',
  WORKERS_IN_DIFFICULTY = 'WORKERS_IN_DIFFICULTY',
  COMMUNITY_RESIDENTS = 'COMMUNITY_RESIDENTS',
}

/**
 * What a department's systems may be told by webhook; the values are the topics' wire names
 * (the body's `type`), the keys their names in the graph.
 */
export enum WebhookTopic {
  REFERRAL_RECEIVED = 'referral.received',
  REFERRAL_ANSWERED = 'referral.answered',
  REFERRAL_OVERDUE = 'referral.overdue',
  REFERRAL_CANCELLED = 'referral.cancelled',
}

/** Where a webhook delivery stands. */
export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/** Stages of case work (个案工作), after MZ/T 094: 接案 → 预估 → 计划 → 介入 → 评估 → 结案. */
export enum CaseStage {
  INTAKE = 'INTAKE',
  ASSESSMENT = 'ASSESSMENT',
  PLANNING = 'PLANNING',
  INTERVENTION = 'INTERVENTION',
  EVALUATION = 'EVALUATION',
  CLOSED = 'CLOSED',
}

/** How pressing an assessed need is. */
export enum NeedLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

/** Why a case was closed (结案原因). */
export enum ClosureReason {
  GOALS_MET = 'GOALS_MET',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  SERVICE_DECLINED = 'SERVICE_DECLINED',
  MOVED_AWAY = 'MOVED_AWAY',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}

/** Who gave a consent. */
export enum ConsentGiver {
  PERSON = 'PERSON',
  GUARDIAN = 'GUARDIAN',
}

/** Categories of a person's data that a consent lets the hub share with another department. */
export enum DataCategory {
  IDENTITY = 'IDENTITY',
  NEEDS = 'NEEDS',
  PLAN = 'PLAN',
}

/** What shared data may be used for. */
export enum ConsentPurpose {
  REFERRAL = 'REFERRAL',
  CASE_COORDINATION = 'CASE_COORDINATION',
}

/** How soon a referral must be answered. */
export enum ReferralUrgency {
  EMERGENCY = 'EMERGENCY',
  URGENT = 'URGENT',
  ROUTINE = 'ROUTINE',
}

/** Where a referral stands, after the workflow states of a FHIR Task. */
export enum ReferralState {
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REFERRED_ONWARD = 'REFERRED_ONWARD',
  IN_SERVICE = 'IN_SERVICE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** Categories of a household in the register (户类别): civil affairs' record of assistance. */
export enum HouseholdCategory {
  MINIMUM_LIVING = 'MINIMUM_LIVING',
  EXTREME_POVERTY = 'EXTREME_POVERTY',
  LOW_INCOME = 'LOW_INCOME',
  CHILD_IN_DIFFICULTY = 'CHILD_IN_DIFFICULTY',
  LEFT_BEHIND = 'LEFT_BEHIND',
  DISABILITY = 'DISABILITY',
  EMPTY_NEST = 'EMPTY_NEST',
  SINGLE_PARENT = 'SINGLE_PARENT',
}

/** A member's relation to the head of the household (与户主关系). */
export enum HouseholdRelation {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  GRANDCHILD = 'GRANDCHILD',
  GRANDPARENT = 'GRANDPARENT',
  SIBLING = 'SIBLING',
  OTHER = 'OTHER',
}

/** What a household's membership history records. */
export enum HouseholdEventKind {
  JOINED = 'JOINED',
  LEFT = 'LEFT',
  HEAD_CHANGED = 'HEAD_CHANGED',
}
