// The demo world's data: what the world builder produces and the departments' slices read.

export interface WorldRegion {
  code: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
  parentCode: string | null;
}
export interface WorldAgency {
  id: string;
  name: string;
  creditCode: string;
  regionCode: string;
}
export interface WorldStation {
  id: string;
  name: string;
  level: 'CITY_CENTRE' | 'COUNTY_STATION' | 'TOWNSHIP_STATION' | 'VILLAGE_ROOM';
  status: 'PLANNED' | 'OPERATING';
  regionCode: string;
  parentId: string | null;
  operatorId: string;
  openedOn: string | null;
  /** Standards' attributes, set by demo-world/station-standards.ts after everything else. */
  supervisingStationId?: string | null;
  premisesArea?: number | null;
  independentOffice?: boolean | null;
  signage?: boolean | null;
}
export interface WorldWorker {
  id: string;
  name: string;
  identityNumber: string;
  regionCode: string;
  stationId: string;
  agencyId: string;
  employment: 'FULL_TIME' | 'PART_TIME' | 'LABOUR_DISPATCH' | 'COMMUNITY_WORKER' | 'ASSISTANT';
  certification: 'NONE' | 'ASSISTANT_SOCIAL_WORKER' | 'SOCIAL_WORKER';
  /** When the qualification was obtained; set with the standards, after everything else. */
  certifiedOn?: string | null;
}
export interface WorldDesignation {
  id: string;
  stationId: string;
  kind: 'PILOT' | 'DEMONSTRATION';
  level: 'NATIONAL' | 'PROVINCIAL' | 'CITY' | 'COUNTY';
  year: number;
}
export interface WorldSupervisionEvent {
  id: string;
  stationId: string;
  regionCode: string;
  kind: 'MONTHLY_WORKER_MEETING' | 'JOINT_DEPARTMENT_MEETING' | 'ON_SITE_CHECK';
  heldOn: string;
  heldBy: string;
  heldByStationId: string | null;
  notes: string | null;
}
export interface WorldTraining {
  id: string;
  workerId: string;
  trainedOn: string;
  hours: number;
  topic: string;
  organiser: string;
}
export interface WorldAllowance {
  id: string;
  workerId: string;
  title: string;
  monthlyAmountFen: bigint;
  startsOn: string;
  endsOn: string | null;
}
export interface WorldReward {
  id: string;
  workerId: string;
  title: string;
  awardedOn: string;
  awardedBy: string;
}
/** Station standards and workers' files of the world (demo-world/station-standards.ts). */
export interface WorldStandards {
  designations: WorldDesignation[];
  supervisionEvents: WorldSupervisionEvent[];
  trainings: WorldTraining[];
  allowances: WorldAllowance[];
  rewards: WorldReward[];
}
export interface WorldPerson {
  id: string;
  name: string;
  identityNumber: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  regionCode: string;
  categories: string[];
}
export interface WorldProject {
  id: string;
  name: string;
  leadDepartment: 'CIVIL_AFFAIRS';
  agencyId: string;
  regionCode: string;
  stationIds: string[];
  serviceAreas: string[];
  targetGroups: string[];
  startsOn: string;
  endsOn: string;
  contractAmountFen: bigint;
  status: 'ACTIVE' | 'COMPLETED';
}
export interface WorldRecord {
  id: string;
  method: 'CASE' | 'GROUP' | 'COMMUNITY_ACTIVITY' | 'HOME_VISIT' | 'TRAINING';
  serviceArea:
    | 'SOCIAL_ASSISTANCE'
    | 'ELDERLY_CARE'
    | 'CHILD_WELFARE'
    | 'COMMUNITY_GOVERNANCE'
    | 'SOCIAL_AFFAIRS'
    | 'NEEDS_ASSESSMENT'
    | 'RESOURCE_LINKAGE'
    | 'INDUSTRY_DEVELOPMENT'
    | null;
  targetGroups: Array<
    | 'ASSISTANCE_RECIPIENTS'
    | 'ELDERLY'
    | 'CHILDREN'
    | 'YOUTH'
    | 'WOMEN'
    | 'PEOPLE_WITH_DISABILITIES'
    | 'WORKERS_IN_DIFFICULTY'
    | 'COMMUNITY_RESIDENTS'
  >;
  stationId: string;
  projectId: string;
  regionCode: string;
  servedOn: string;
  durationMinutes: number;
  personTimes: number;
  households: number;
  workerIds: string[];
  personIds: string[];
  summary: string;
}
export interface WorldAssistance {
  id: string;
  personId: string;
  regionCode: string;
  stationId: string;
  amountFen: bigint;
  grantedOn: string;
  reason: string;
}

export interface DemoWorld {
  regions: WorldRegion[];
  agencies: WorldAgency[];
  stations: WorldStation[];
  workers: WorldWorker[];
  people: WorldPerson[];
  /**
   * People of the register entered a second time under a mistyped number: civil affairs loads
   * them into the register, no other slice sees them, and no published figure counts them.
   */
  duplicates: WorldPerson[];
  projects: WorldProject[];
  records: WorldRecord[];
  assistance: WorldAssistance[];
  standards: WorldStandards;
  /** Figures other departments must reproduce for a published place. */
  published: WorldPublishedFigures[];
}

/** What a published place needs from the other departments' slices. */
export interface WorldPublishedFigures {
  /** The county (or new area) code. */
  code: string;
  youthVolunteers?: number;
  /** Volunteer services (person-times of volunteering) recorded by those volunteers. */
  youthVolunteerServices?: number;
  /** Volunteer teams (organisations) the volunteers belong to; one per station when absent. */
  youthTeams?: number;
  charityRaisedYuan?: number;
  /** Community funds (one per urban community) holding the money raised. */
  charityCommunityFunds?: number;
  /** Pilot communities granted a fixed amount each. */
  charityPilotGrants?: { communities: number; yuan: number };
  charityVolunteers?: number;
  /** Money each department put into the place's first project, in yuan. */
  contributionsYuan?: Partial<
    Record<
      'TRADE_UNION' | 'YOUTH_LEAGUE' | 'WOMEN_FEDERATION' | 'DISABLED_PERSONS_FEDERATION',
      number
    >
  >;
  /** The project the contributions go to (set by the generator). */
  projectId?: string;
}
