import { emitAllBenefits } from '../../shared/ledger/outbox.js';
import { youthLeagueBenefits } from './benefits.js';
import type { DemoLoader } from '../../shared/subgraph.js';
import { publishedContributions } from '../../demo-world/contributions.js';
import { DemoIds, SeededRandom, syntheticName } from '../../demo-world/random.js';
import type { WorldContribution } from '../../demo-world/contributions.js';
import type { DemoWorld } from '../../demo-world/types.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { insertInBatches } from '../../demo-world/insert.js';
import {
  ProgrammeEnrolment,
  ProjectContribution,
  Volunteer,
  VolunteerService,
  VolunteerTeam,
  YouthProgramme,
} from './entities/index.js';

// The Youth League's part of the demo world: a volunteer team at every operating township
// station, their hours in 2023, a care programme for Linze's left-behind children at Pingchuan,
// a confidence group at the Mulan town station, and League money in the Pingchuan project.

export interface YouthLeagueSlice {
  teams: Array<{
    id: string;
    name: string;
    regionCode: string;
    stationId: string;
    foundedOn: string;
  }>;
  volunteers: Array<{
    id: string;
    teamId: string;
    name: string;
    personId: string | null;
    regionCode: string;
    joinedOn: string;
  }>;
  services: Array<{
    id: string;
    volunteerId: string;
    regionCode: string;
    servedOn: string;
    durationMinutes: number;
    activity: string;
  }>;
  programmes: Array<{
    id: string;
    name: string;
    kind: string;
    regionCode: string;
    stationId: string;
    startsOn: string;
    endsOn: string;
  }>;
  enrolments: Array<{
    id: string;
    programmeId: string;
    personId: string;
    personRegionCode: string;
    enrolledOn: string;
  }>;
  contributions: WorldContribution[];
}

/** Builds the League's slice from the shared world; the same world gives the same slice. */
export function buildYouthLeagueSlice(world: DemoWorld): YouthLeagueSlice {
  const random = new SeededRandom(11);
  const ids = new DemoIds(random, Date.parse('2023-04-01T00:00:00Z'));
  const slice: YouthLeagueSlice = {
    teams: [],
    volunteers: [],
    services: [],
    programmes: [],
    enrolments: [],
    contributions: [],
  };
  // Places with a published number of volunteers get exactly that many, below.
  const exact = world.published.filter((place) => place.youthVolunteers);
  for (const station of world.stations.filter(
    (candidate) =>
      candidate.status === 'OPERATING' &&
      candidate.level === 'TOWNSHIP_STATION' &&
      !exact.some((place) => candidate.regionCode.startsWith(place.code)),
  )) {
    const team = {
      id: ids.next(),
      name: `${station.name.replace('社工站', '')}青年志愿服务队`,
      regionCode: station.regionCode,
      stationId: station.id,
      foundedOn: station.openedOn ?? '2023-01-01',
    };
    slice.teams.push(team);
    const adults = world.people.filter(
      (person) =>
        person.regionCode.startsWith(station.regionCode) && person.birthDate < '2000-01-01',
    );
    for (let index = 0; index < random.int(5, 10); index += 1) {
      const person = index < 2 ? adults[index] : undefined;
      const volunteer = {
        id: ids.next(),
        teamId: team.id,
        name: person?.name ?? syntheticName(random),
        personId: person?.id ?? null,
        regionCode: station.regionCode,
        joinedOn: team.foundedOn,
      };
      slice.volunteers.push(volunteer);
      for (let visit = 0; visit < random.int(1, 4); visit += 1) {
        slice.services.push({
          id: ids.next(),
          volunteerId: volunteer.id,
          regionCode: station.regionCode,
          servedOn: random.date('2023-06-01', '2023-12-20'),
          durationMinutes: 30 * random.int(2, 8),
          activity: random.pick(['关爱空巢老人', '留守儿童陪伴', '社区环境整治', '助老送餐']),
        });
      }
    }
  }
  const pingchuan = world.stations.find((station) => station.name === '平川镇社工站');
  const mulanTown = world.stations.find((station) => station.name === '木兰镇社工站');
  if (pingchuan) {
    const care = {
      id: ids.next(),
      name: '平川镇留守儿童关爱计划',
      kind: 'LEFT_BEHIND_CHILDREN_CARE',
      regionCode: pingchuan.regionCode,
      stationId: pingchuan.id,
      startsOn: '2023-03-01',
      endsOn: '2023-12-31',
    };
    slice.programmes.push(care);
    for (const child of world.people.filter(
      (person) =>
        person.regionCode.startsWith('620723') && person.categories.includes('LEFT_BEHIND_CHILD'),
    )) {
      slice.enrolments.push({
        id: ids.next(),
        programmeId: care.id,
        personId: child.id,
        personRegionCode: child.regionCode,
        enrolledOn: random.date('2023-03-01', '2023-06-30'),
      });
    }
  }
  if (mulanTown) {
    slice.programmes.push({
      id: ids.next(),
      name: '木兰镇青少年自信心小组',
      kind: 'CONFIDENCE_GROUP',
      regionCode: mulanTown.regionCode,
      stationId: mulanTown.id,
      startsOn: '2023-07-01',
      endsOn: '2023-08-31',
    });
  }
  const project = world.projects.find((candidate) => candidate.name.startsWith('平川镇'));
  if (project) {
    slice.contributions.push({
      id: ids.next(),
      projectId: project.id,
      projectRegionCode: project.regionCode,
      amountFen: 3_000_000n,
      fundSource: 'LEAGUE_FUNDS',
      fundLevel: 'COUNTY',
      reference: '临团发〔2023〕5号',
      contributedOn: '2023-03-15',
      indicators: [{ name: '留守儿童关爱服务', unit: '人次', target: 300, achieved: 210 }],
    });
  }
  for (const place of exact) {
    const stations = world.stations.filter(
      (station) =>
        station.level === 'TOWNSHIP_STATION' && station.regionCode.startsWith(place.code),
    );
    const teams = Array.from({ length: place.youthTeams ?? stations.length }, (_, index) => {
      const station = stations[index % stations.length]!;
      const base = station.name.replace('社工站', '');
      return {
        id: ids.next(),
        name: place.youthTeams
          ? `${base}青年志愿服务队${Math.floor(index / stations.length) + 1}`
          : `${base}青年志愿服务队`,
        regionCode: station.regionCode,
        stationId: station.id,
        foundedOn: '2022-06-01',
      };
    });
    slice.teams.push(...teams);
    for (let index = 0; index < place.youthVolunteers!; index += 1) {
      const team = teams[index % teams.length]!;
      slice.volunteers.push({
        id: ids.next(),
        teamId: team.id,
        name: syntheticName(random),
        personId: null,
        regionCode: team.regionCode,
        joinedOn: random.date('2022-06-01', '2023-06-30'),
      });
    }
    // Published volunteer person-times, one service each, over the place's volunteers.
    const own = slice.volunteers.filter((volunteer) => volunteer.regionCode.startsWith(place.code));
    for (let index = 0; index < (place.youthVolunteerServices ?? 0); index += 1) {
      const volunteer = own[index % own.length]!;
      slice.services.push({
        id: ids.next(),
        volunteerId: volunteer.id,
        regionCode: volunteer.regionCode,
        servedOn: random.date('2022-01-01', '2023-12-20'),
        durationMinutes: 120,
        activity: '志愿服务',
      });
    }
  }
  slice.contributions.push(
    ...publishedContributions(world, 'YOUTH_LEAGUE', 'LEAGUE_FUNDS', '川团发', ids),
  );
  return slice;
}

/** Loads the League's slice of the demo world into an empty database, in one transaction. */
export const loadDemo: DemoLoader = async (em, logger) => {
  if ((await em.count(VolunteerTeam, {})) > 0) return false;
  const slice = buildYouthLeagueSlice(buildDemoWorld());
  await em.transactional(async (tx) => {
    await insertInBatches(tx, VolunteerTeam, slice.teams);
    await insertInBatches(tx, Volunteer, slice.volunteers);
    await insertInBatches(tx, VolunteerService, slice.services);
    await insertInBatches(tx, YouthProgramme, slice.programmes);
    await insertInBatches(tx, ProgrammeEnrolment, slice.enrolments);
    await insertInBatches(tx, ProjectContribution, slice.contributions);
    // Snapshots of every benefit record, so that a ledger built from scratch sees the world.
    await emitAllBenefits(tx, youthLeagueBenefits);
  });
  logger.info(
    { teams: slice.teams.length, volunteers: slice.volunteers.length },
    'demo world loaded',
  );
  return true;
};
