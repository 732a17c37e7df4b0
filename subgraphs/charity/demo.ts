import { emitAllBenefits } from '../../shared/ledger/outbox.js';
import { charityBenefits } from './benefits.js';
import type { DemoLoader } from '../../shared/subgraph.js';
import { DemoIds, SeededRandom, syntheticName } from '../../demo-world/random.js';
import type { DemoWorld } from '../../demo-world/types.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { deliberateOverlaps } from '../../demo-world/overlaps.js';
import { insertInBatches } from '../../demo-world/insert.js';
import { CharityFund, CharityGrant, CharityVolunteer, Donation } from './entities/index.js';

// Charity's part of the demo world: Linze's community governance special fund and Mulan's
// charity association fund, donations in 2023, 10,000 yuan to each of two Linze communities,
// aid to some people in difficulty, a grant to the Yanuan project, and volunteers.

export interface CharitySlice {
  funds: Array<{
    id: string;
    name: string;
    kind: string;
    regionCode: string;
    establishedOn: string;
  }>;
  donations: Array<{
    id: string;
    fundId: string;
    donor: string;
    anonymous: boolean;
    amountFen: bigint;
    receivedOn: string;
    reference: string;
  }>;
  grants: Array<{
    id: string;
    fundId: string;
    recipientKind: string;
    projectId: string | null;
    communityCode: string | null;
    personId: string | null;
    recipientRegionCode: string;
    amountFen: bigint;
    grantedOn: string;
    purpose: string;
    reference: string;
  }>;
  volunteers: Array<{
    id: string;
    name: string;
    regionCode: string;
    stationId: string;
    joinedOn: string;
  }>;
}

const DONORS = [
  '临泽县枣业商会',
  '张掖市某建材公司',
  '爱心人士',
  '县直机关干部职工',
  '木兰县个体工商户协会',
];

/** Builds charity's slice from the shared world; the same world gives the same slice. */
export function buildCharitySlice(world: DemoWorld): CharitySlice {
  const random = new SeededRandom(13);
  const ids = new DemoIds(random, Date.parse('2023-05-01T00:00:00Z'));
  const slice: CharitySlice = { funds: [], donations: [], grants: [], volunteers: [] };
  const linze = {
    id: ids.next(),
    name: '临泽县社区治理专项基金',
    kind: 'COMMUNITY_GOVERNANCE',
    regionCode: '620723',
    establishedOn: '2022-06-01',
  };
  const mulan = {
    id: ids.next(),
    name: '木兰县慈善会救助基金',
    kind: 'CHARITY_ASSOCIATION',
    regionCode: '230127',
    establishedOn: '2021-03-01',
  };
  slice.funds.push(linze, mulan);
  for (const fund of slice.funds) {
    for (let index = 0; index < 6; index += 1) {
      slice.donations.push({
        id: ids.next(),
        fundId: fund.id,
        donor: random.pick(DONORS),
        anonymous: index % 3 === 2,
        amountFen: BigInt(random.int(5, 40)) * 100_000n,
        receivedOn: random.date('2023-01-10', '2023-06-30'),
        reference: `${fund.regionCode}-捐-2023-${String(index + 1).padStart(3, '0')}`,
      });
    }
  }
  const grant = (
    fundId: string,
    kind: string,
    target: { projectId?: string; communityCode?: string; personId?: string },
    region: string,
    yuan: number,
    purpose: string,
    grantedOn?: string,
  ) =>
    slice.grants.push({
      id: ids.next(),
      fundId,
      recipientKind: kind,
      projectId: target.projectId ?? null,
      communityCode: target.communityCode ?? null,
      personId: target.personId ?? null,
      recipientRegionCode: region,
      amountFen: BigInt(yuan) * 100n,
      grantedOn: grantedOn ?? random.date('2023-07-01', '2023-12-20'),
      purpose,
      reference: `慈资-${slice.grants.length + 1}`,
    });
  const communities = world.regions
    .filter(
      (region) =>
        region.level === 'VILLAGE' &&
        region.code.startsWith('620723') &&
        region.name.includes('社区'),
    )
    .slice(0, 2);
  for (const community of communities)
    grant(
      linze.id,
      'COMMUNITY',
      { communityCode: community.code },
      community.code,
      10_000,
      '社区治理微项目',
    );
  const yanuan = world.projects.find((project) => project.name.startsWith('鸭暖镇'));
  if (yanuan)
    grant(
      linze.id,
      'PROJECT',
      { projectId: yanuan.id },
      yanuan.regionCode,
      15_000,
      '社工站服务配套',
    );
  world.people
    .filter(
      (person) =>
        person.regionCode.startsWith('230127') && person.categories.includes('EXTREME_POVERTY'),
    )
    .slice(0, 5)
    .forEach((person) =>
      grant(mulan.id, 'PERSON', { personId: person.id }, person.regionCode, 800, '冬季取暖救助'),
    );
  // Places with a published number of charity volunteers get exactly that many, below.
  const counted = world.published.filter((place) => place.charityVolunteers);
  for (const station of world.stations.filter(
    (candidate) =>
      candidate.status === 'OPERATING' &&
      candidate.level === 'TOWNSHIP_STATION' &&
      !counted.some((place) => candidate.regionCode.startsWith(place.code)),
  )) {
    for (let index = 0; index < 2; index += 1) {
      slice.volunteers.push({
        id: ids.next(),
        name: syntheticName(random),
        regionCode: station.regionCode,
        stationId: station.id,
        joinedOn: random.date('2023-01-01', '2023-10-01'),
      });
    }
  }
  // Money raised, funds, grants and volunteers where they were published, exactly.
  for (const place of world.published.filter((candidate) => candidate.charityRaisedYuan)) {
    const county = world.regions.find((region) => region.code === place.code)!;
    const communities = world.regions.filter(
      (region) =>
        region.level === 'VILLAGE' &&
        region.code.startsWith(place.code) &&
        region.name.includes('社区'),
    );
    const funds = place.charityCommunityFunds
      ? communities.slice(0, place.charityCommunityFunds).map((community) => ({
          id: ids.next(),
          name: `${community.name}社区发展治理基金`,
          kind: 'COMMUNITY_GOVERNANCE',
          regionCode: community.code,
          establishedOn: '2022-01-01',
        }))
      : [
          {
            id: ids.next(),
            name: `${county.name}社区发展基金`,
            kind: 'COMMUNITY_GOVERNANCE',
            regionCode: place.code,
            establishedOn: '2022-01-01',
          },
        ];
    slice.funds.push(...funds);
    const donations = Math.max(12, funds.length);
    const base = Math.floor(place.charityRaisedYuan! / donations);
    for (let index = 0; index < donations; index += 1) {
      const yuan = index === 0 ? place.charityRaisedYuan! - base * (donations - 1) : base;
      slice.donations.push({
        id: ids.next(),
        fundId: funds[index % funds.length]!.id,
        donor: random.pick(DONORS),
        anonymous: index % 4 === 3,
        amountFen: BigInt(yuan) * 100n,
        receivedOn: random.date('2022-02-01', '2023-06-30'),
        reference: `${place.code}-捐-${String(index + 1).padStart(3, '0')}`,
      });
    }
    for (const fund of funds.slice(0, place.charityPilotGrants?.communities ?? 0)) {
      grant(
        fund.id,
        'COMMUNITY',
        { communityCode: fund.regionCode },
        fund.regionCode,
        place.charityPilotGrants!.yuan,
        '社区治理试点',
      );
    }
    const stations = world.stations.filter(
      (station) =>
        station.level === 'TOWNSHIP_STATION' && station.regionCode.startsWith(place.code),
    );
    for (let index = 0; index < (place.charityVolunteers ?? 0); index += 1) {
      const station = stations[index % stations.length]!;
      slice.volunteers.push({
        id: ids.next(),
        name: syntheticName(random),
        regionCode: station.regionCode,
        stationId: station.id,
        joinedOn: random.date('2022-01-01', '2023-10-01'),
      });
    }
  }
  // The people helped by three departments on purpose: a grant two days after civil affairs'.
  for (const overlap of deliberateOverlaps(world))
    grant(
      mulan.id,
      'PERSON',
      { personId: overlap.personId },
      overlap.regionCode,
      1_000,
      '生活救助',
      overlap.charityOn,
    );
  return slice;
}

/** Loads charity's slice of the demo world into an empty database, in one transaction. */
export const loadDemo: DemoLoader = async (em, logger) => {
  if ((await em.count(CharityFund, {})) > 0) return false;
  const slice = buildCharitySlice(buildDemoWorld());
  await em.transactional(async (tx) => {
    await insertInBatches(tx, CharityFund, slice.funds);
    await insertInBatches(tx, Donation, slice.donations);
    await insertInBatches(tx, CharityGrant, slice.grants);
    await insertInBatches(tx, CharityVolunteer, slice.volunteers);
    // Snapshots of every benefit record, so that a ledger built from scratch sees the world.
    await emitAllBenefits(tx, charityBenefits);
  });
  logger.info({ funds: slice.funds.length, grants: slice.grants.length }, 'demo world loaded');
  return true;
};
