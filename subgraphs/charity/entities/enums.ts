/** Kind of charity fund (基金类型). */
export enum CharityFundKind {
  COMMUNITY_GOVERNANCE = 'COMMUNITY_GOVERNANCE',
  CHARITY_ASSOCIATION = 'CHARITY_ASSOCIATION',
  WELFARE_LOTTERY = 'WELFARE_LOTTERY',
}

/** Who a grant goes to. */
export enum CharityRecipientKind {
  PROJECT = 'PROJECT',
  COMMUNITY = 'COMMUNITY',
  PERSON = 'PERSON',
}
