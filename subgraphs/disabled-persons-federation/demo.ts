import { emitAllBenefits } from '../../shared/ledger/outbox.js';
import { disabilityFederationBenefits } from './benefits.js';
import type { DemoLoader } from '../../shared/subgraph.js';
import { publishedContributions } from '../../demo-world/contributions.js';
import { SeededRandom, DemoIds } from '../../demo-world/random.js';
import type { DemoWorld, WorldPerson } from '../../demo-world/types.js';
import type { WorldContribution } from '../../demo-world/contributions.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { insertInBatches } from '../../demo-world/insert.js';
import {
  AssistiveDeviceGrant,
  DisabilityCertificate,
  ProjectContribution,
  RehabilitationService,
} from './entities/index.js';

// The disabled persons' federation's part of the demo world: certificates for some of the
// registered people, rehabilitation at their township's station, devices, and money put into
// the Pingchuan project. Synthetic below the published aggregates, like the rest.

export interface WorldCertificate {
  id: string;
  personId: string;
  personRegionCode: string;
  number: string;
  category: string;
  grade: number;
  issuedOn: string;
  expiresOn: string;
}
export interface WorldRehabilitation {
  id: string;
  personId: string;
  personRegionCode: string;
  stationId: string | null;
  kind: string;
  servedOn: string;
  durationMinutes: number;
}
export interface WorldDevice {
  id: string;
  personId: string;
  personRegionCode: string;
  device: string;
  valueFen: bigint;
  grantedOn: string;
  reference: string;
}

export interface DisabilitySlice {
  certificates: WorldCertificate[];
  rehabilitation: WorldRehabilitation[];
  devices: WorldDevice[];
  contributions: WorldContribution[];
}

const CATEGORIES = [
  'VISION',
  'HEARING',
  'SPEECH',
  'PHYSICAL',
  'INTELLECTUAL',
  'MENTAL',
  'MULTIPLE',
];
const DIGIT: Record<string, number> = {
  VISION: 1,
  HEARING: 2,
  SPEECH: 3,
  PHYSICAL: 4,
  INTELLECTUAL: 5,
  MENTAL: 6,
  MULTIPLE: 7,
};
const DEVICES: Array<[string, number]> = [
  ['轮椅', 1200],
  ['助行器', 380],
  ['助听器', 2600],
  ['盲杖', 90],
];

/** Builds the federation's slice from the shared world; the same world gives the same slice. */
export function buildDisabilitySlice(world: DemoWorld): DisabilitySlice {
  const random = new SeededRandom(5);
  const ids = new DemoIds(random, Date.parse('2023-02-01T00:00:00Z'));
  const slice: DisabilitySlice = {
    certificates: [],
    rehabilitation: [],
    devices: [],
    contributions: [],
  };
  const stationOf = (person: WorldPerson) =>
    world.stations.find(
      (station) =>
        station.status === 'OPERATING' && person.regionCode.startsWith(station.regionCode),
    )?.id ?? null;

  // One registered person in eight holds a certificate.
  world.people.forEach((person, index) => {
    if (index % 8 !== 3) return;
    const category = CATEGORIES[index % CATEGORIES.length] as string;
    const grade = 1 + (index % 4);
    const issuedOn = random.date('2019-01-01', '2023-06-30');
    const certificate = {
      id: ids.next(),
      personId: person.id,
      personRegionCode: person.regionCode,
      number: `${person.identityNumber}${DIGIT[category]}${grade}`,
      category,
      grade,
      issuedOn,
      expiresOn: `${Number(issuedOn.slice(0, 4)) + 10}${issuedOn.slice(4)}`,
    };
    slice.certificates.push(certificate);
    const stationId = stationOf(person);
    for (let visit = 0; visit < 1 + (index % 3); visit += 1) {
      slice.rehabilitation.push({
        id: ids.next(),
        personId: person.id,
        personRegionCode: person.regionCode,
        stationId,
        kind: visit === 0 ? 'ASSESSMENT' : 'HOME_REHABILITATION',
        servedOn: random.date('2023-06-01', '2023-12-20'),
        durationMinutes: visit === 0 ? 60 : 90,
      });
    }
    if (category === 'PHYSICAL' || category === 'HEARING' || category === 'VISION') {
      const [device, yuan] = DEVICES[CATEGORIES.indexOf(category) % DEVICES.length] as [
        string,
        number,
      ];
      slice.devices.push({
        id: ids.next(),
        personId: person.id,
        personRegionCode: person.regionCode,
        device,
        valueFen: BigInt(yuan) * 100n,
        grantedOn: random.date('2023-03-01', '2023-12-20'),
        reference: `残联辅具〔2023〕${String(slice.devices.length + 1).padStart(3, '0')}号`,
      });
    }
  });

  const pingchuan = world.projects.find((project) => project.name.startsWith('平川镇'));
  if (pingchuan) {
    slice.contributions.push({
      id: ids.next(),
      projectId: pingchuan.id,
      projectRegionCode: pingchuan.regionCode,
      amountFen: 2_000_000n,
      fundSource: 'DISABILITY_EMPLOYMENT_SECURITY_FUND',
      fundLevel: 'COUNTY',
      reference: '临残联发〔2022〕12号',
      contributedOn: '2022-05-10',
      indicators: [{ name: '残疾人康复服务', unit: '人次', target: 120, achieved: 86 }],
    });
  }
  slice.contributions.push(
    ...publishedContributions(
      world,
      'DISABLED_PERSONS_FEDERATION',
      'DISABILITY_EMPLOYMENT_SECURITY_FUND',
      '川残联发',
      ids,
    ),
  );
  return slice;
}

/** Loads the federation's slice of the demo world into an empty database, in one transaction. */
export const loadDemo: DemoLoader = async (em, logger) => {
  if ((await em.count(DisabilityCertificate, {})) > 0) return false;
  const slice = buildDisabilitySlice(buildDemoWorld());
  await em.transactional(async (tx) => {
    await insertInBatches(tx, DisabilityCertificate, slice.certificates);
    await insertInBatches(tx, RehabilitationService, slice.rehabilitation);
    await insertInBatches(tx, AssistiveDeviceGrant, slice.devices);
    await insertInBatches(tx, ProjectContribution, slice.contributions);
    // Snapshots of every benefit record, so that a ledger built from scratch sees the world.
    await emitAllBenefits(tx, disabilityFederationBenefits);
  });
  logger.info({ certificates: slice.certificates.length }, 'demo world loaded');
  return true;
};
