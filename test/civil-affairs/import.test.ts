import {
  Person,
  ServiceProject,
  SocialWorker,
  Station,
} from '../../subgraphs/civil-affairs/entities/index.js';
import { importFile, ImportRejected } from '../../subgraphs/civil-affairs/import/index.js';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';
import { civilAffairsEm, samplePath, SAMPLES, tableCounts } from './import-support.js';

// The README's sample files into a copy of the demo world: what each creates and updates, and
// that importing them again changes nothing.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

it('imports every sample, resolving references to the database and to earlier lines', async () => {
  const summaries = [];
  for (const kind of SAMPLES)
    summaries.push(await importFile(civilAffairsEm(hub), kind, samplePath(kind)));
  expect(summaries).toEqual([
    { kind: 'agencies', rows: 4, created: 3, updated: 1, unchanged: 0 },
    { kind: 'stations', rows: 5, created: 3, updated: 2, unchanged: 0 },
    { kind: 'social-workers', rows: 3, created: 3, updated: 0, unchanged: 0 },
    { kind: 'people', rows: 3, created: 3, updated: 0, unchanged: 0 },
    { kind: 'projects', rows: 2, created: 2, updated: 0, unchanged: 0 },
  ]);
  const em = civilAffairsEm(hub);
  const county = await em.findOneOrFail(Station, { name: '木兰县社工总站' });
  const township = await em.findOneOrFail(Station, {
    name: '木兰镇社工站',
    regionCode: '230127100',
  });
  const room = await em.findOneOrFail(Station, { name: '东兴1村社工室' });
  expect(county).toMatchObject({
    level: 'COUNTY_STATION',
    status: 'OPERATING',
    regionCode: '230127',
    openedOn: '2022-03-01',
  });
  // 木兰县社工总站 is created on line 2 and supervises the existing 木兰镇社工站 on line 3.
  expect(township.parentId).toBe(county.id);
  expect(room).toMatchObject({
    level: 'VILLAGE_ROOM',
    status: 'PLANNED',
    address: '东兴1村村委会\n党群服务中心二楼',
  });
  const person = await em.findOneOrFail(Person, { identityNumber: '23012719520715202X' });
  expect(person).toMatchObject({
    name: '李秀英',
    sex: 'FEMALE',
    birthDate: '1952-07-15',
    categories: ['MINIMUM_LIVING', 'LEFT_BEHIND_ELDERLY'],
  });
  const worker = await em.findOneOrFail(SocialWorker, { identityNumber: '230127198811211034' });
  expect(worker).toMatchObject({
    name: '陈志强',
    employment: 'PART_TIME',
    certification: 'NONE',
    stationId: township.id,
  });
  const project = await em.findOneOrFail(ServiceProject, {
    name: '木兰县乡镇社工站运营项目（2024年度）',
  });
  expect(BigInt(project.contractAmountFen)).toBe(36_000_000n);
  expect(project).toMatchObject({
    leadDepartment: 'CIVIL_AFFAIRS',
    serviceAreas: ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE'],
    startsOn: '2024-01-01',
  });
});

it('changes nothing when the same files are imported again', async () => {
  const before = await tableCounts(hub);
  const stamps = await civilAffairsEm(hub).find(
    Station,
    { regionCode: { $like: '230127%' } },
    { orderBy: { id: 'asc' } },
  );
  for (const kind of SAMPLES) {
    const summary = await importFile(civilAffairsEm(hub), kind, samplePath(kind));
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: summary.rows });
  }
  expect(await tableCounts(hub)).toEqual(before);
  const after = await civilAffairsEm(hub).find(
    Station,
    { regionCode: { $like: '230127%' } },
    { orderBy: { id: 'asc' } },
  );
  expect(after.map((station) => station.updatedAt.toISOString())).toEqual(
    stamps.map((station) => station.updatedAt.toISOString()),
  );
});

it('refuses a file with a bad row and writes nothing from it', async () => {
  const before = await tableCounts(hub);
  await expect(
    importFile(civilAffairsEm(hub), 'stations', samplePath('people')),
  ).rejects.toBeInstanceOf(ImportRejected);
  expect(await tableCounts(hub)).toEqual(before);
});
