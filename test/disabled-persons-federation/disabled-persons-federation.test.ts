import { buildDisabilitySlice } from '../../subgraphs/disabled-persons-federation/demo.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { formatYuan } from '../../shared/money.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The disabled persons' federation subgraph through the gateway, beside civil affairs.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const world = buildDemoWorld();
const slice = buildDisabilitySlice(world);
const as = principal;
const ownCaseworker = as('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], '230127');
const ownSupervisor = as('DISABLED_PERSONS_FEDERATION', ['SUPERVISOR'], '100000');
const ownAdmin = as('DISABLED_PERSONS_FEDERATION', ['ADMIN'], '100000');
const civilCaseworker = as('CIVIL_AFFAIRS', ['CASEWORKER'], '230127');
const civilSupervisor = as('CIVIL_AFFAIRS', ['SUPERVISOR'], '230127');
const analyst = as('CIVIL_AFFAIRS', ['ANALYST'], '230127');
const linzeCaseworker = as('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], '620723');
const auditor = as('DISABLED_PERSONS_FEDERATION', ['AUDITOR'], '100000');

const mulanCertificate = slice.certificates.find((c) => c.personRegionCode.startsWith('230127'))!;
const certificateQuery = `query($id: ID!) { person(id: $id) { name disabilityCertificate { number category grade issuedOn expiresOn expired } } }`;

const count = (table: string) => hub.rowCount('disabled-persons-federation', table);

describe('certificates and who sees them', () => {
  it("shows the federation's caseworker the certificate with its number masked", async () => {
    const { data } = await hub.query(
      certificateQuery,
      { id: mulanCertificate.personId },
      { principal: ownCaseworker },
    );
    expect(data!.person.disabilityCertificate).toEqual({
      number: `${mulanCertificate.number.slice(0, 4)}************${mulanCertificate.number.slice(-4)}`,
      category: mulanCertificate.category,
      grade: mulanCertificate.grade,
      issuedOn: mulanCertificate.issuedOn,
      expiresOn: mulanCertificate.expiresOn,
      expired: false,
    });
  });

  it("hides it from another department's caseworker and de-identifies it for analysts", async () => {
    const other = await hub.query(
      certificateQuery,
      { id: mulanCertificate.personId },
      { principal: civilCaseworker, purpose: 'visit' },
    );
    expect(other.data!.person.disabilityCertificate).toBeNull();
    const forAnalyst = await hub.query(
      certificateQuery,
      { id: mulanCertificate.personId },
      { principal: analyst },
    );
    expect(forAnalyst.data!.person.disabilityCertificate).toMatchObject({
      number: null,
      category: mulanCertificate.category,
      grade: mulanCertificate.grade,
    });
  });

  it("reveals it to another department's supervisor with a purpose, logged once and readable by the federation's auditor", async () => {
    const before = await count('access_log');
    const { data } = await hub.query(
      certificateQuery,
      { id: mulanCertificate.personId },
      { principal: civilSupervisor, purpose: '低保复核' },
    );
    expect(data!.person.disabilityCertificate.number).toBe(mulanCertificate.number);
    expect(await count('access_log')).toBe(before + 1);
    const log = await hub.query(
      `query($id: ID!) { disabilityFederationAccessLog(filter: { personId: $id }) { totalCount edges { node { subject department fields purpose } } } }`,
      { id: mulanCertificate.personId },
      { principal: auditor },
    );
    expect(log.data!.disabilityFederationAccessLog).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            subject: civilSupervisor.subject,
            department: 'CIVIL_AFFAIRS',
            fields: ['disabilityCertificate'],
            purpose: '低保复核',
          },
        },
      ],
    });
  });

  it('keeps another county out', async () => {
    const { data } = await hub.query(
      certificateQuery,
      { id: mulanCertificate.personId },
      { principal: linzeCaseworker },
    );
    expect(data!.person).toBeNull();
    const list = await hub.query(
      '{ disabilityCertificates { totalCount } }',
      {},
      { principal: linzeCaseworker },
    );
    expect(list.data!.disabilityCertificates.totalCount).toBe(
      slice.certificates.filter((c) => c.personRegionCode.startsWith('620723')).length,
    );
  });
});

describe('figures over a region and a station', () => {
  it('counts certificates by category and grade, services, devices and money in SQL', async () => {
    const { data, errors } = await hub.query(`{ region(code: "620723") { name disabilityFederation {
      certificateHolders byCategory { category count } byGrade { grade count } rehabilitationServices rehabilitationHours
      assistiveDevices assistiveDeviceValue contributed } } }`);
    expect(errors).toBeUndefined();
    const linze = (code: string) => code.startsWith('620723');
    const certificates = slice.certificates.filter((c) => linze(c.personRegionCode));
    const figures = data!.region.disabilityFederation;
    expect(figures.certificateHolders).toBe(certificates.length);
    expect(figures.byGrade).toEqual(
      [1, 2, 3, 4].map((grade) => ({
        grade,
        count: certificates.filter((c) => c.grade === grade).length,
      })),
    );
    const rehabilitation = slice.rehabilitation.filter((r) => linze(r.personRegionCode));
    expect(figures.rehabilitationServices).toBe(rehabilitation.length);
    expect(figures.rehabilitationHours).toBe(
      rehabilitation.reduce((sum, r) => sum + r.durationMinutes, 0) / 60,
    );
    const devices = slice.devices.filter((d) => linze(d.personRegionCode));
    expect(figures.assistiveDevices).toBe(devices.length);
    expect(figures.assistiveDeviceValue).toBe(
      formatYuan(devices.reduce((sum, d) => sum + d.valueFen, 0n)),
    );
    expect(figures.contributed).toBe('20000.00');
  });

  it('refuses figures outside the caller region', async () => {
    // Another county is not found at all; the province above the caller's county is, but
    // without its figures.
    const { data, errors } = await hub.query(
      '{ linze: region(code: "620723") { code } province: region(code: "230000") { disabilityFederation { certificateHolders } } }',
      {},
      { principal: ownCaseworker },
    );
    expect(data).toEqual({ linze: null, province: { disabilityFederation: null } });
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it("adds the station team's rehabilitation to the civil-affairs station", async () => {
    const station = world.stations.find((s) => s.name === '平川镇社工站')!;
    const served = slice.rehabilitation.filter((r) => r.stationId === station.id);
    const { data } = await hub.query(
      `query($id: ID!) { station(id: $id) { name disabilityFederation { rehabilitationServices people hours } } }`,
      { id: station.id },
    );
    expect(data!.station).toEqual({
      name: '平川镇社工站',
      disabilityFederation: {
        rehabilitationServices: served.length,
        people: new Set(served.map((r) => r.personId)).size,
        hours: served.reduce((sum, r) => sum + r.durationMinutes, 0) / 60,
      },
    });
  });
});

describe('writes', () => {
  const person = world.people.find(
    (p) =>
      p.regionCode.startsWith('230127') && !slice.certificates.some((c) => c.personId === p.id),
  )!;
  const issue = (overrides: Record<string, unknown> = {}) => ({
    personId: person.id,
    personRegionCode: person.regionCode,
    identityNumber: person.identityNumber,
    category: 'PHYSICAL',
    grade: 2,
    issuedOn: '2024-03-01',
    expiresOn: '2034-03-01',
    ...overrides,
  });
  const mutation = `mutation($input: IssueCertificateInput!) { issueDisabilityCertificate(input: $input) { number category grade } }`;

  it('issues a certificate once per person, with the number built from the identity number', async () => {
    const first = await hub.query(
      mutation,
      { input: issue() },
      { principal: ownSupervisor, purpose: '发证' },
    );
    expect(first.data!.issueDisabilityCertificate).toEqual({
      number: `${person.identityNumber}42`,
      category: 'PHYSICAL',
      grade: 2,
    });
    const renewed = await hub.query(
      mutation,
      { input: issue({ grade: 3 }) },
      { principal: ownSupervisor, purpose: '换证' },
    );
    expect(renewed.data!.issueDisabilityCertificate.number).toBe(`${person.identityNumber}43`);
    expect(await count('certificates')).toBe(slice.certificates.length + 1);
  });

  it('refuses bad input and the wrong department, writing nothing', async () => {
    const before = await count('certificates');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ grade: 5 }, 'grade'],
      [{ expiresOn: '2024-01-01' }, 'expiresOn'],
      [
        {
          identityNumber: `${person.identityNumber.slice(0, 17)}${person.identityNumber.endsWith('1') ? '2' : '1'}`,
        },
        'identityNumber',
      ],
      [{ personRegionCode: '230127' }, 'personRegionCode'],
    ];
    for (const [overrides, field] of cases) {
      const { errors } = await hub.query(
        mutation,
        { input: issue(overrides) },
        { principal: ownSupervisor },
      );
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const wrongDepartment = await hub.query(
      mutation,
      { input: issue() },
      { principal: civilSupervisor },
    );
    expect(wrongDepartment.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outOfScope = await hub.query(
      mutation,
      { input: issue() },
      { principal: linzeCaseworker },
    );
    // Another county's person reads as no person at all.
    expect(outOfScope.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'personId',
    });
    expect(await count('certificates')).toBe(before);
  });

  it('records rehabilitation and devices for holders only, idempotently', async () => {
    const rehab = `mutation($input: RehabilitationInput!) { recordRehabilitationService(input: $input) { id kind hours person { id } } }`;
    const input = {
      personId: person.id,
      kind: 'THERAPY',
      servedOn: '2024-03-05',
      hours: 1.5,
      idempotencyKey: 'rehab-1',
    };
    const first = await hub.query(rehab, { input }, { principal: ownCaseworker });
    const again = await hub.query(rehab, { input }, { principal: ownCaseworker });
    expect(first.data!.recordRehabilitationService).toMatchObject({
      kind: 'THERAPY',
      hours: 1.5,
      person: { id: person.id },
    });
    expect(again.data!.recordRehabilitationService.id).toBe(
      first.data!.recordRehabilitationService.id,
    );
    const stranger = world.people.find(
      (p) =>
        p.regionCode.startsWith('230127') &&
        p.id !== person.id &&
        !slice.certificates.some((c) => c.personId === p.id),
    )!;
    const refused = await hub.query(
      rehab,
      { input: { ...input, personId: stranger.id, idempotencyKey: null } },
      { principal: ownCaseworker },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'personId',
    });

    const device = `mutation($input: AssistiveDeviceInput!) { grantAssistiveDevice(input: $input) { device value } }`;
    const deviceInput = {
      personId: person.id,
      device: '轮椅',
      value: '1200.00',
      grantedOn: '2024-03-06',
      reference: '残联辅具〔2024〕001号',
    };
    expect(
      (await hub.query(device, { input: deviceInput }, { principal: ownCaseworker })).data!
        .grantAssistiveDevice,
    ).toEqual({ device: '轮椅', value: '1200.00' });
    await hub.query(device, { input: deviceInput }, { principal: ownCaseworker });
    expect(await count('assistive_device_grants')).toBe(slice.devices.length + 1);
    const zero = await hub.query(
      device,
      { input: { ...deviceInput, value: '0', reference: 'x' } },
      { principal: ownCaseworker },
    );
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
  });

  it('records the federation money in a project, once per allocation document', async () => {
    const project = world.projects.find((p) => p.name.startsWith('木兰县'))!;
    const record = `mutation($input: ContributionInput!) { recordDisabilityFederationContribution(input: $input) { id name disabilityFederationContribution { department amount fundSources allocations indicators { name unit target achieved } } } }`;
    const input = {
      projectId: project.id,
      projectRegionCode: project.regionCode,
      amount: '36000.50',
      fundSource: 'DISABILITY_EMPLOYMENT_SECURITY_FUND',
      fundLevel: 'COUNTY',
      reference: '木残联发〔2024〕2号',
      contributedOn: '2024-02-01',
      indicators: [{ name: '康复服务', unit: '人次', target: 200, achieved: 40 }],
    };
    const first = await hub.query(record, { input }, { principal: ownAdmin });
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordDisabilityFederationContribution).toEqual({
      id: project.id,
      name: project.name,
      disabilityFederationContribution: {
        department: 'DISABLED_PERSONS_FEDERATION',
        amount: '36000.50',
        fundSources: ['DISABILITY_EMPLOYMENT_SECURITY_FUND'],
        allocations: 1,
        indicators: [{ name: '康复服务', unit: '人次', target: 200, achieved: 40 }],
      },
    });
    await hub.query(record, { input }, { principal: ownAdmin });
    const reused = await hub.query(
      record,
      { input: { ...input, amount: '1.00' } },
      { principal: ownAdmin },
    );
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'reference' });
    expect(await count('project_contributions')).toBe(slice.contributions.length + 1);
  });
});

it('sends as many statements for 200 people as for 10', async () => {
  const query = `query($first: Int!) { people(first: $first) { edges { node { disabilityCertificate { category } } } } }`;
  const statements = async (first: number) => {
    const before = hub.sqlCount('disabled-persons-federation');
    const { data } = await hub.query(query, { first }, { principal: ownSupervisor, purpose: null });
    expect(data!.people.edges).toHaveLength(first);
    return hub.sqlCount('disabled-persons-federation') - before;
  };
  expect(await statements(200)).toBe(await statements(10));
});
