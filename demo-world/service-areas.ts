import type { WorldPerson, WorldProject, WorldRecord } from './types.js';

// The service area (服务领域) and groups served (服务对象类别) of the demo's service records,
// decided from what the record already says — the people served, or the project's areas taken in
// turn — and never drawn at random, so that classifying them leaves every id and date as it was.

type Area = NonNullable<WorldRecord['serviceArea']>;
type Group = WorldRecord['targetGroups'][number];
export type Classified = Pick<WorldRecord, 'serviceArea' | 'targetGroups'>;

/** The group a category of the register belongs to. */
const GROUP_OF_CATEGORY: Record<string, Group> = {
  MINIMUM_LIVING: 'ASSISTANCE_RECIPIENTS',
  EXTREME_POVERTY: 'ASSISTANCE_RECIPIENTS',
  LOW_INCOME: 'ASSISTANCE_RECIPIENTS',
  ORPHAN: 'CHILDREN',
  CHILD_IN_DIFFICULTY: 'CHILDREN',
  LEFT_BEHIND_CHILD: 'CHILDREN',
  LEFT_BEHIND_ELDERLY: 'ELDERLY',
  EMPTY_NEST_ELDERLY: 'ELDERLY',
};

/** The group an area mainly serves. */
const GROUP_OF_AREA: Partial<Record<Area, Group>> = {
  SOCIAL_ASSISTANCE: 'ASSISTANCE_RECIPIENTS',
  ELDERLY_CARE: 'ELDERLY',
  CHILD_WELFARE: 'CHILDREN',
  COMMUNITY_GOVERNANCE: 'COMMUNITY_RESIDENTS',
  INDUSTRY_DEVELOPMENT: 'COMMUNITY_RESIDENTS',
};

const GROUP_ORDER: Group[] = [
  'ASSISTANCE_RECIPIENTS',
  'ELDERLY',
  'CHILDREN',
  'COMMUNITY_RESIDENTS',
];

/**
 * A service to registered people: the groups of their categories, and the area of the most
 * protected of them (children before the elderly before assistance).
 */
export function servingPeople(people: WorldPerson[]): Classified {
  const groups = new Set(
    people.flatMap((person) => person.categories.map((category) => GROUP_OF_CATEGORY[category]!)),
  );
  const serviceArea: Area = groups.has('CHILDREN')
    ? 'CHILD_WELFARE'
    : groups.has('ELDERLY')
      ? 'ELDERLY_CARE'
      : 'SOCIAL_ASSISTANCE';
  return { serviceArea, targetGroups: GROUP_ORDER.filter((group) => groups.has(group)) };
}

/**
 * A service to no one named: the project's areas taken in turn, with the group each serves;
 * community activities also reach the residents at large.
 */
export function inTurn(
  project: WorldProject,
  turn: number,
  method: WorldRecord['method'],
): Classified {
  const serviceArea = project.serviceAreas[turn % project.serviceAreas.length] as Area;
  return ofArea(serviceArea, method === 'COMMUNITY_ACTIVITY');
}

/** An area with the group it serves (and the residents, for activities open to all). */
export function ofArea(serviceArea: Area, residentsToo = false): Classified {
  const groups = new Set<Group>();
  const main = GROUP_OF_AREA[serviceArea];
  if (main) groups.add(main);
  if (residentsToo) groups.add('COMMUNITY_RESIDENTS');
  return { serviceArea, targetGroups: GROUP_ORDER.filter((group) => groups.has(group)) };
}
