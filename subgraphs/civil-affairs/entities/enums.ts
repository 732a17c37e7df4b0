/** Whether a station is open. */
export enum StationStatus {
  PLANNED = 'PLANNED',
  OPERATING = 'OPERATING',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
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

/** Whether a social worker works at the station full time. */
export enum Employment {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
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
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  TERMINATED = 'TERMINATED',
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
