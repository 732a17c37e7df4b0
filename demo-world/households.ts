import { DemoIds, SeededRandom } from './random.js';
import type { DemoWorld, WorldPerson } from './types.js';

// Households of the demo world, built from its people. Every person given temporary assistance
// heads a household of their own (so Ceheng's 743 assisted households are 743 households); in
// Mulan and Linze, whose people are followed person by person, the others of each village live
// in households of two to four, related as their ages allow, and a few live in none. Some
// members have left and some households have a new head, with the events the mutations would
// have written. A head registered at a township (Ceheng's) lives in one of its villages. The
// same world always gives the same rows.

type Row = Record<string, unknown>;
export interface DemoHouseholds {
  households: Row[];
  members: Row[];
  events: Row[];
}

/** Counties whose people are grouped into households by village. */
const GROUPED = ['230127', '620723'];

/** The household category a person's category of the register puts the household in. */
const CATEGORY_OF: Record<string, string> = {
  MINIMUM_LIVING: 'MINIMUM_LIVING',
  EXTREME_POVERTY: 'EXTREME_POVERTY',
  LOW_INCOME: 'LOW_INCOME',
  ORPHAN: 'CHILD_IN_DIFFICULTY',
  CHILD_IN_DIFFICULTY: 'CHILD_IN_DIFFICULTY',
  LEFT_BEHIND_CHILD: 'LEFT_BEHIND',
  LEFT_BEHIND_ELDERLY: 'LEFT_BEHIND',
  EMPTY_NEST_ELDERLY: 'EMPTY_NEST',
};

const year = (person: WorldPerson) => Number(person.birthDate.slice(0, 4));
const noon = (day: string) => new Date(`${day}T04:00:00Z`);
const later = (a: string, b: string) => (a > b ? a : b);

/** A member's relation to the head, as plausible as their years of birth make it. */
function relationTo(head: WorldPerson, member: WorldPerson, hasSpouse: boolean): string {
  const gap = year(member) - year(head);
  if (gap >= 45) return 'GRANDCHILD';
  if (gap >= 17) return 'CHILD';
  if (gap <= -45) return 'GRANDPARENT';
  if (gap <= -17) return 'PARENT';
  if (Math.abs(gap) <= 10 && !hasSpouse && member.sex !== head.sex) return 'SPOUSE';
  return Math.abs(gap) <= 12 ? 'SIBLING' : 'OTHER';
}

/** Builds the households of the demo world. */
export function buildDemoHouseholds(world: DemoWorld): DemoHouseholds {
  const random = new SeededRandom(1203);
  const ids = new DemoIds(random, Date.parse('2023-06-01T00:00:00Z'));
  const out: DemoHouseholds = { households: [], members: [], events: [] };
  const names = new Map(world.regions.map((region) => [region.code, region.name]));
  const villagesUnder = new Map<string, string[]>();
  for (const region of world.regions.filter((region) => region.level === 'VILLAGE')) {
    const siblings = villagesUnder.get(region.parentCode!) ?? [];
    villagesUnder.set(region.parentCode!, [...siblings, region.code]);
  }
  /** A household's village: the head's, or one of the head's township when they have none. */
  const villageOf = (person: WorldPerson) => {
    const under = villagesUnder.get(person.regionCode);
    return under ? random.pick(under) : person.regionCode;
  };
  const byId = new Map(world.people.map((person) => [person.id, person]));
  const assisted = [...new Set(world.assistance.map((grant) => grant.personId))].map(
    (id) => byId.get(id) as WorldPerson,
  );
  const assistedIds = new Set(assisted.map((person) => person.id));
  const grouped = (person: WorldPerson) =>
    GROUPED.some((county) => person.regionCode.startsWith(county));

  const event = (household: string, values: Row) =>
    out.events.push({
      id: ids.next(),
      householdId: household,
      formerHeadPersonId: null,
      reason: null,
      at: noon(values.effectiveOn as string),
      bySubject: 'system',
      byDepartment: 'CIVIL_AFFAIRS',
      ...values,
    });

  /** One household: the head first, then the others; returns its id. */
  const household = (head: WorldPerson, others: WorldPerson[]) => {
    const id = ids.next();
    const people = [head, ...others];
    const categories = [
      ...new Set(people.flatMap((person) => person.categories.map((c) => CATEGORY_OF[c]!))),
    ].sort();
    const village = villageOf(head);
    out.households.push({
      id,
      regionCode: village,
      address: `${names.get(village) ?? ''}${random.int(1, 9)}组${random.int(1, 120)}号`,
      categories,
      headPersonId: head.id,
    });
    const registered = random.date('2016-01-01', '2022-12-31');
    let hasSpouse = false;
    for (const person of people) {
      const relation: string = person === head ? 'HEAD' : relationTo(head, person, hasSpouse);
      hasSpouse ||= relation === 'SPOUSE';
      const joinedOn = later(registered, person.birthDate);
      out.members.push({
        id: ids.next(),
        householdId: id,
        personId: person.id,
        relation,
        joinedOn,
        leftOn: null,
      });
      event(id, { kind: 'JOINED', personId: person.id, relation, effectiveOn: joinedOn });
    }
    return id;
  };

  // Everyone assisted outside the grouped counties heads a household alone.
  for (const person of assisted.filter((person) => !grouped(person))) household(person, []);

  // In the grouped counties, village by village: the assisted first, each with a few others.
  const villages = new Map<string, WorldPerson[]>();
  for (const person of world.people.filter(grouped)) {
    villages.set(person.regionCode, [...(villages.get(person.regionCode) ?? []), person]);
  }
  const made: string[] = [];
  for (const people of villages.values()) {
    const pool = people.filter((person) => !assistedIds.has(person.id));
    for (const head of people.filter((person) => assistedIds.has(person.id))) {
      made.push(household(head, pool.splice(0, Math.min(random.int(1, 3), pool.length))));
    }
    while (pool.length >= 2) {
      // About one in six is left without a household.
      if (random.next() < 0.16) {
        pool.shift();
        continue;
      }
      const group = pool.splice(0, Math.min(random.int(2, 4), pool.length));
      const head = [...group].sort((a, b) => a.birthDate.localeCompare(b.birthDate))[0]!;
      made.push(
        household(
          head,
          group.filter((person) => person !== head),
        ),
      );
    }
  }
  const adult = (id: unknown) => year(byId.get(id as string)!) <= 2005;
  addChanges(made, out, event, random, { adult, assisted: (id) => assistedIds.has(id as string) });
  return out;
}

/**
 * Members who left (every fifth household of three or more) and heads handed on to a grown child
 * (never by an assisted head, who keeps heading their household).
 */
function addChanges(
  made: string[],
  out: DemoHouseholds,
  event: (household: string, values: Row) => void,
  random: SeededRandom,
  who: { adult: (personId: unknown) => boolean; assisted: (personId: unknown) => boolean },
): void {
  made.forEach((id, index) => {
    const members = out.members.filter((member) => member.householdId === id);
    const row = out.households.find((household) => household.id === id)!;
    if (index % 5 === 0 && members.length >= 3) {
      const leaving = members.at(-1)!;
      const on = later(random.date('2023-01-01', '2023-12-31'), leaving.joinedOn as string);
      leaving.leftOn = on;
      event(id, {
        kind: 'LEFT',
        personId: leaving.personId,
        relation: leaving.relation,
        effectiveOn: on,
        reason: '外出务工，迁出本户',
      });
    }
    const child = members.find(
      (member) => member.relation === 'CHILD' && !member.leftOn && who.adult(member.personId),
    );
    const head = members.find((member) => member.relation === 'HEAD')!;
    if (index % 4 === 1 && members.length === 2 && child && !who.assisted(head.personId)) {
      const on = later(random.date('2023-01-01', '2023-12-31'), child.joinedOn as string);
      head.relation = 'PARENT';
      child.relation = 'HEAD';
      row.headPersonId = child.personId;
      event(id, {
        kind: 'HEAD_CHANGED',
        personId: child.personId,
        relation: 'HEAD',
        formerHeadPersonId: head.personId,
        effectiveOn: on,
        reason: '原户主年迈，由子女接任户主',
      });
    }
  });
}
