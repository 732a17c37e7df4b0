import { emitAllBenefits } from '../../shared/ledger/outbox.js';
import { womenFederationBenefits } from './benefits.js';
import type { DemoLoader } from '../../shared/subgraph.js';
import { publishedContributions } from '../../demo-world/contributions.js';
import { DemoIds, SeededRandom } from '../../demo-world/random.js';
import type { WorldContribution } from '../../demo-world/contributions.js';
import type { DemoWorld } from '../../demo-world/types.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { insertInBatches } from '../../demo-world/insert.js';
import {
  ChildrenHome,
  FamilyService,
  ProjectContribution,
  WomenChildCase,
} from './entities/index.js';

// The women's federation's part of the demo world: a children's home in a village of each
// operating township, cases for some women in Linze, family services at the stations, and
// federation money in the Yanuan project.

export interface WomenFederationSlice {
  homes: Array<{
    id: string;
    name: string;
    villageCode: string;
    stationId: string;
    openedOn: string;
    status: string;
  }>;
  cases: Array<{
    id: string;
    personId: string;
    personRegionCode: string;
    kind: string;
    status: string;
    openedOn: string;
    closedOn: string | null;
    summary: string;
    reference: string;
  }>;
  services: Array<{
    id: string;
    stationId: string;
    regionCode: string;
    kind: string;
    servedOn: string;
    households: number;
    personTimes: number;
  }>;
  contributions: WorldContribution[];
}

/** Builds the federation's slice from the shared world; the same world gives the same slice. */
export function buildWomenFederationSlice(world: DemoWorld): WomenFederationSlice {
  const random = new SeededRandom(17);
  const ids = new DemoIds(random, Date.parse('2023-06-01T00:00:00Z'));
  const slice: WomenFederationSlice = { homes: [], cases: [], services: [], contributions: [] };
  for (const station of world.stations.filter(
    (candidate) => candidate.status === 'OPERATING' && candidate.level === 'TOWNSHIP_STATION',
  )) {
    const village = world.regions.find(
      (region) => region.parentCode === station.regionCode && region.level === 'VILLAGE',
    )!;
    slice.homes.push({
      id: ids.next(),
      name: `${village.name}儿童之家`,
      villageCode: village.code,
      stationId: station.id,
      openedOn: random.date('2021-06-01', '2023-06-01'),
      status: 'OPERATING',
    });
    for (let index = 0; index < 3; index += 1) {
      const kind = random.pick(['PARENTING_CLASS', 'FAMILY_EDUCATION', 'MEDIATION', 'HOME_VISIT']);
      slice.services.push({
        id: ids.next(),
        stationId: station.id,
        regionCode: station.regionCode,
        kind,
        servedOn: random.date('2023-06-01', '2023-12-20'),
        households: random.int(5, 30),
        personTimes: random.int(10, 60),
      });
    }
  }
  world.people
    .filter(
      (person) =>
        person.regionCode.startsWith('620723') &&
        person.sex === 'FEMALE' &&
        person.birthDate < '2000-01-01',
    )
    .slice(0, 6)
    .forEach((person, index) => {
      const closed = index % 3 === 0;
      const openedOn = random.date('2023-01-01', '2023-09-30');
      slice.cases.push({
        id: ids.next(),
        personId: person.id,
        personRegionCode: person.regionCode,
        kind: index % 2 === 0 ? 'WOMAN_IN_DIFFICULTY' : 'FAMILY_CONFLICT',
        status: closed ? 'CLOSED' : 'OPEN',
        openedOn,
        closedOn: closed ? random.date(openedOn, '2023-12-20') : null,
        summary: '家庭经济困难，已链接临时救助与就业培训资源，定期回访。',
        reference: `临妇案〔2023〕${String(index + 1).padStart(3, '0')}号`,
      });
    });
  const yanuan = world.projects.find((project) => project.name.startsWith('鸭暖镇'));
  if (yanuan) {
    slice.contributions.push({
      id: ids.next(),
      projectId: yanuan.id,
      projectRegionCode: yanuan.regionCode,
      amountFen: 2_000_000n,
      fundSource: 'WOMEN_FEDERATION_FUNDS',
      fundLevel: 'COUNTY',
      reference: '临妇发〔2023〕3号',
      contributedOn: '2023-04-20',
      indicators: [{ name: '家庭教育服务', unit: '场次', target: 24, achieved: 15 }],
    });
  }
  slice.contributions.push(
    ...publishedContributions(world, 'WOMEN_FEDERATION', 'WOMEN_FEDERATION_FUNDS', '川妇发', ids),
  );
  return slice;
}

/** Loads the federation's slice of the demo world into an empty database, in one transaction. */
export const loadDemo: DemoLoader = async (em, logger) => {
  if ((await em.count(ChildrenHome, {})) > 0) return false;
  const slice = buildWomenFederationSlice(buildDemoWorld());
  await em.transactional(async (tx) => {
    await insertInBatches(tx, ChildrenHome, slice.homes);
    await insertInBatches(tx, WomenChildCase, slice.cases);
    await insertInBatches(tx, FamilyService, slice.services);
    await insertInBatches(tx, ProjectContribution, slice.contributions);
    // Snapshots of every benefit record, so that a ledger built from scratch sees the world.
    await emitAllBenefits(tx, womenFederationBenefits);
  });
  logger.info({ homes: slice.homes.length, cases: slice.cases.length }, 'demo world loaded');
  return true;
};
