import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import type { Principal } from '../../shared/context.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import {
  principal,
  startTestHub,
  type GraphQLResponse,
  type TestHub,
  HUB_SETUP_TIMEOUT_MS,
} from '../support/hub.js';

// The seams between departments, tried as a hostile caseworker of Mulan County would: every
// mutation that names a person, project, station, region or a record of its own is sent once with
// an id that exists in Linze County and once with an id that was never issued. Both must be
// refused with one identical answer, and nothing may be written. The list of mutations comes from
// the supergraph, so a new mutation without a case here fails the suite.

const MULAN = '230127';
const LINZE = '620723';
const NEVER_ISSUED = '01890000-0000-7000-8000-0000000000aa';

const world = buildDemoWorld();
const pick = <T extends { regionCode: string }>(
  rows: T[],
  code: string,
  test?: (row: T) => boolean,
) => {
  const found = rows.find((row) => row.regionCode.startsWith(code) && (test?.(row) ?? true));
  if (!found) throw new Error(`the demo world has no such row in ${code}`);
  return found;
};
const mulanPerson = pick(world.people, MULAN);
const linzePerson = pick(world.people, LINZE);
const mulanProject = pick(world.projects, MULAN, (p) => p.status === 'ACTIVE');
const linzeProject = pick(world.projects, LINZE);
const mulanStation = pick(world.stations, MULAN, (s) => s.level === 'TOWNSHIP_STATION');
const linzeStation = pick(world.stations, LINZE, (s) => s.level === 'TOWNSHIP_STATION');
const mulanTownship = mulanStation.regionCode;
const linzeTownship = linzeStation.regionCode;
/** A well-formed township code under Mulan that no one has registered. */
const UNREGISTERED_TOWNSHIP = `${MULAN}598`;
const villageUnder = (township: string) => {
  const found = world.regions.find(
    (region) => region.level === 'VILLAGE' && region.code.startsWith(township),
  );
  if (!found) throw new Error(`the demo world has no village under ${township}`);
  return found.code;
};
const mulanVillage = villageUnder(mulanTownship);
const linzeVillage = villageUnder(linzeTownship);
/** A well-formed village code under Mulan that no one has registered. */
const UNREGISTERED_VILLAGE = `${mulanTownship}398`;

type Department = Principal['department'];
const caller = (department: Department) =>
  principal(department, ['ADMIN', 'SUPERVISOR', 'CASEWORKER'], MULAN);

/** One way a mutation names something: the field, and the value from Linze to try. */
interface Probe {
  field: string;
  elsewhere: () => string | Promise<string>;
  absent: string;
  /** Variables with the probed value in place. */
  variables: (value: string) => Record<string, unknown>;
}

interface SeamCase {
  department: Department;
  document: string;
  probes: Probe[];
}

const on = mulanProject.startsOn > '2024-01-01' ? mulanProject.startsOn : '2024-01-01';
const input = (fields: Record<string, unknown>) => (value: string, field: string) => ({
  input: { ...fields, [field]: value },
});
const mutation = (name: string, type: string) =>
  `mutation Seam($input: ${type}!) { ${name}(input: $input) { __typename } }`;

let hub: TestHub;
/** Ids of a department's own records, found in its database. */
async function ownId(service: string, sql: string): Promise<string> {
  const em = hub.subgraphs[service]!.database.orm.em.fork();
  const rows = await em.getConnection().execute<Array<{ id: string }>>(sql);
  if (!rows[0]) throw new Error(`no row for ${sql}`);
  return rows[0].id;
}

/** A probe of `field` in an `input` argument built from `fields`. */
function probe(
  field: string,
  fields: Record<string, unknown>,
  elsewhere: () => string | Promise<string>,
  absent = NEVER_ISSUED,
): Probe {
  return { field, elsewhere, absent, variables: (value) => input(fields)(value, field) };
}
const personProbe = (fields: Record<string, unknown>, field = 'personId') =>
  probe(field, fields, () => linzePerson.id);
const projectProbe = (fields: Record<string, unknown>) =>
  probe('projectId', fields, () => linzeProject.id);
const stationProbe = (fields: Record<string, unknown>) =>
  probe('stationId', fields, () => linzeStation.id);
const regionProbe = (fields: Record<string, unknown>, field = 'regionCode') =>
  probe(field, fields, () => linzeTownship, UNREGISTERED_TOWNSHIP);

const contribution = {
  projectId: mulanProject.id,
  amount: '100.00',
  fundSource: 'GOVERNMENT_BUDGET',
  fundLevel: 'COUNTY',
  reference: 'seam-contribution',
  contributedOn: on,
};
const contributionCase = (department: Department, name: string): SeamCase => ({
  department,
  document: mutation(name, 'ContributionInput'),
  probes: [projectProbe(contribution)],
});
const SERVICE_OF: Partial<Record<Department, string>> = {
  CIVIL_AFFAIRS: 'civil-affairs',
  TRADE_UNION: 'trade-union',
  YOUTH_LEAGUE: 'youth-league',
  WOMEN_FEDERATION: 'women-federation',
  DISABLED_PERSONS_FEDERATION: 'disabled-persons-federation',
};
/** A reversal names an allocation by its document number: one made in another county, or none at all. */
const reversalCase = (department: Department, name: string): SeamCase => ({
  department,
  document: mutation(name, 'ReversalInput'),
  probes: [
    probe(
      'reference',
      { reason: 'recorded in error' },
      () =>
        ownId(
          SERVICE_OF[department]!,
          `select reference as id from project_contributions where project_region_code not like '${MULAN}%' limit 1`,
        ),
      'seam-never-issued',
    ),
  ],
});

/** Mulan's own case work, found in the demo databases once the hub runs. */
const mulan = { case: '', household: '', receivedByDisability: '', inServiceWithWomen: '' };
const linzeCase = () =>
  ownId('civil-affairs', `select id from cases where region_code like '${LINZE}%' limit 1`);
const linzeReferral = () =>
  ownId('civil-affairs', `select id from referrals where region_code like '${LINZE}%' limit 1`);
const linzeHousehold = () =>
  ownId('civil-affairs', `select id from households where region_code like '${LINZE}%' limit 1`);
/** A change of a household: a Linze household, or a Linze person in Mulan's household. */
const householdChange = (
  name: string,
  type: string,
  fields: Record<string, unknown>,
): SeamCase => ({
  department: 'CIVIL_AFFAIRS',
  document: mutation(name, type),
  probes: [
    probe('householdId', { personId: mulanPerson.id, on, ...fields }, linzeHousehold),
    {
      field: 'personId',
      elsewhere: () => linzePerson.id,
      absent: NEVER_ISSUED,
      variables: (id) => ({ input: { householdId: mulan.household, personId: id, on, ...fields } }),
    },
  ],
});
/** A step of a Linze case, by civil affairs, which leads it. */
const caseStep = (name: string, type: string, fields: Record<string, unknown>): SeamCase => ({
  department: 'CIVIL_AFFAIRS',
  document: mutation(name, type),
  probes: [probe('caseId', { on, ...fields }, linzeCase)],
});
/** A step of a Linze referral, by the department that would take it. */
const referralStep = (
  department: Department,
  name: string,
  type: string,
  fields: Record<string, unknown>,
): SeamCase => ({
  department,
  document: mutation(name, type),
  probes: [probe('referralId', fields, linzeReferral)],
});
const referralRequest = {
  toDepartment: 'TRADE_UNION',
  reason: 'seam',
  urgency: 'ROUTINE',
  sharedCategories: ['IDENTITY'],
};
const onward = { toDepartment: 'TRADE_UNION', reason: 'seam', urgency: 'ROUTINE' };
/** A case with one more probe, of a field nested in its input. */
const withProbe = (seam: SeamCase, extra: Probe): SeamCase => ({
  ...seam,
  probes: [...seam.probes, extra],
});
const completion = (id: string) => ({
  outcome: 'seam',
  linkedRecord: { kind: 'WOMEN_CHILD_CASE', id },
});
/** The township station that serves a person. */
const mulanPersonStation = pick(
  world.stations,
  MULAN,
  (s) => s.level === 'TOWNSHIP_STATION' && mulanPerson.regionCode.startsWith(s.regionCode),
);

const CASES: Record<string, SeamCase> = {
  // Charity (慈善)
  establishCharityFund: {
    department: 'CHARITY',
    document: mutation('establishCharityFund', 'CharityFundInput'),
    probes: [regionProbe({ name: 'seam fund', kind: 'COMMUNITY_GOVERNANCE', establishedOn: on })],
  },
  receiveDonation: {
    department: 'CHARITY',
    document: mutation('receiveDonation', 'DonationInput'),
    probes: [
      probe(
        'fundId',
        { donor: 'seam', amount: '10.00', receivedOn: on, reference: 'seam-donation' },
        () =>
          ownId(
            'charity',
            `select id from charity_funds where region_code like '${LINZE}%' limit 1`,
          ),
      ),
    ],
  },
  makeCharityGrant: {
    department: 'CHARITY',
    document: mutation('makeCharityGrant', 'CharityGrantInput'),
    probes: [
      probe(
        'fundId',
        {
          recipientKind: 'PERSON',
          personId: mulanPerson.id,
          amount: '1.00',
          grantedOn: on,
          purpose: 'seam',
          reference: 'seam-grant',
        },
        () =>
          ownId(
            'charity',
            `select id from charity_funds where region_code like '${LINZE}%' limit 1`,
          ),
      ),
    ],
  },
  reverseCharityGrant: {
    department: 'CHARITY',
    document: mutation('reverseCharityGrant', 'ReversalInput'),
    probes: [
      probe(
        'reference',
        { reason: 'made in error' },
        () =>
          ownId(
            'charity',
            `select reference as id from charity_grants where recipient_region_code not like '${MULAN}%' limit 1`,
          ),
        'seam-never-issued',
      ),
    ],
  },
  registerCharityVolunteer: {
    department: 'CHARITY',
    document: mutation('registerCharityVolunteer', 'CharityVolunteerInput'),
    probes: [
      regionProbe({ name: 'seam', joinedOn: on }),
      stationProbe({ name: 'seam', joinedOn: on, regionCode: mulanTownship }),
    ],
  },
  // Civil affairs (民政)
  registerAgency: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('registerAgency', 'RegisterAgencyInput'),
    probes: [regionProbe({ name: 'seam agency', creditCode: '91350100M000100Y43' })],
  },
  registerPerson: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('registerPerson', 'RegisterPersonInput'),
    probes: [regionProbe({ name: '测试', identityNumber: '11010519491231002X' })],
  },
  registerRegion: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('registerRegion', 'RegisterRegionInput'),
    probes: [
      probe('code', { name: '测试村' }, () => `${linzeTownship}201`, `${UNREGISTERED_TOWNSHIP}201`),
    ],
  },
  createServiceProject: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('createServiceProject', 'CreateServiceProjectInput'),
    probes: [
      regionProbe({
        name: 'seam project',
        leadDepartment: 'CIVIL_AFFAIRS',
        stationIds: [],
        serviceAreas: ['SOCIAL_ASSISTANCE'],
        targetGroups: ['ELDERLY'],
        startsOn: '2024-01-01',
        endsOn: '2024-12-31',
        contractAmount: '1000.00',
      }),
    ],
  },
  // A project's life cycle: a project of another county, or a milestone or rectification of one,
  // reads as one never issued.
  updateServiceProject: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('updateServiceProject', 'UpdateServiceProjectInput'),
    probes: [projectProbe({ name: 'seam' })],
  },
  setServiceProjectStatus: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('setServiceProjectStatus', 'SetServiceProjectStatusInput'),
    probes: [projectProbe({ status: 'TERMINATED', reason: 'seam' })],
  },
  recordProjectBid: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('recordProjectBid', 'RecordProjectBidInput'),
    probes: [projectProbe({ agencyId: pick(world.agencies, MULAN).id })],
  },
  signProjectContract: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('signProjectContract', 'SignProjectContractInput'),
    probes: [
      projectProbe({
        agencyId: pick(world.agencies, MULAN).id,
        selectionReason: 'seam',
        contractNumber: 'seam',
        signedOn: on,
      }),
    ],
  },
  addProjectMilestone: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('addProjectMilestone', 'AddProjectMilestoneInput'),
    probes: [projectProbe({ title: 'seam', deliverable: 'seam', dueOn: on })],
  },
  amendServiceProject: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('amendServiceProject', 'AmendServiceProjectInput'),
    probes: [projectProbe({ reason: 'seam', amendedOn: on, contractAmount: '100.00' })],
  },
  recordProjectEvaluation: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('recordProjectEvaluation', 'RecordProjectEvaluationInput'),
    probes: [
      projectProbe({
        stage: 'MID_TERM',
        evaluator: 'SELF',
        evaluatedOn: on,
        score: 80,
        findings: 'seam',
      }),
    ],
  },
  closeProjectRectification: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('closeProjectRectification', 'CloseProjectRectificationInput'),
    probes: [
      probe('rectificationId', { closedOn: on, note: 'seam' }, () =>
        ownId(
          'civil-affairs',
          `select r.id from project_rectifications r join service_projects p on p.id = r.project_id
            where p.region_code like '${LINZE}%' limit 1`,
        ),
      ),
    ],
  },
  payProjectTranche: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('payProjectTranche', 'PayProjectTrancheInput'),
    probes: [
      probe('milestoneId', { paidOn: on }, () =>
        ownId(
          'civil-affairs',
          `select m.id from project_milestones m join service_projects p on p.id = m.project_id
            where p.region_code like '${LINZE}%' limit 1`,
        ),
      ),
    ],
  },
  recordCivilAffairsContribution: contributionCase(
    'CIVIL_AFFAIRS',
    'recordCivilAffairsContribution',
  ),
  reverseCivilAffairsContribution: reversalCase('CIVIL_AFFAIRS', 'reverseCivilAffairsContribution'),
  recordService: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('recordService', 'RecordServiceInput'),
    probes: [
      stationProbe({ method: 'GROUP', servedOn: on, hours: 1, personTimes: 1 }),
      {
        field: 'personIds.0',
        elsewhere: () => linzePerson.id,
        absent: NEVER_ISSUED,
        variables: (value) => ({
          input: {
            method: 'GROUP',
            stationId: mulanStation.id,
            servedOn: on,
            hours: 1,
            personTimes: 1,
            personIds: [value],
          },
        }),
      },
    ],
  },
  registerSocialWorker: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('registerSocialWorker', 'RegisterSocialWorkerInput'),
    probes: [
      regionProbe({ name: '测试', employment: 'FULL_TIME' }),
      stationProbe({ name: '测试', employment: 'FULL_TIME', regionCode: mulanTownship }),
    ],
  },
  createStation: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('createStation', 'CreateStationInput'),
    probes: [regionProbe({ name: 'seam', level: 'VILLAGE_ROOM' })],
  },
  updateStation: {
    department: 'CIVIL_AFFAIRS',
    document: `mutation Seam($id: ID!, $supervisingStationId: ID) { updateStation(id: $id, input: { name: "seam", supervisingStationId: $supervisingStationId }) { __typename } }`,
    probes: [
      {
        field: 'id',
        elsewhere: () => linzeStation.id,
        absent: NEVER_ISSUED,
        variables: (id) => ({ id }),
      },
      {
        field: 'supervisingStationId',
        elsewhere: () => linzeStation.id,
        absent: NEVER_ISSUED,
        variables: (supervisingStationId) => ({ id: mulanStation.id, supervisingStationId }),
      },
    ],
  },
  recordSupervisionEvent: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('recordSupervisionEvent', 'RecordSupervisionEventInput'),
    probes: [
      stationProbe({ kind: 'ON_SITE_CHECK', heldOn: '2024-01-08', heldBy: 'seam' }),
      probe(
        'heldByStationId',
        { stationId: mulanStation.id, kind: 'ON_SITE_CHECK', heldOn: '2024-01-08', heldBy: 'seam' },
        () => linzeStation.id,
      ),
    ],
  },
  // A social worker's file: a worker of another county reads as one never registered.
  ...Object.fromEntries(
    (
      [
        [
          'recordWorkerTraining',
          'RecordWorkerTrainingInput',
          { trainedOn: '2024-01-08', hours: 8, topic: 'seam', organiser: 'seam' },
        ],
        [
          'recordWorkerAllowance',
          'RecordWorkerAllowanceInput',
          { title: 'seam', monthlyAmount: '100.00', startsOn: '2024-01-01' },
        ],
        [
          'recordWorkerReward',
          'RecordWorkerRewardInput',
          { title: 'seam', awardedOn: '2024-01-08', awardedBy: 'seam' },
        ],
      ] as const
    ).map(([name, type, fields]) => [
      name,
      {
        department: 'CIVIL_AFFAIRS',
        document: mutation(name, type),
        probes: [
          probe('workerId', fields, () =>
            ownId(
              'civil-affairs',
              `select id from social_workers where region_code like '${LINZE}%' limit 1`,
            ),
          ),
        ],
      },
    ]),
  ),
  // Merging entries of the register: both in the caller's region; a merge of Linze reads as none.
  mergePeople: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('mergePeople', 'MergePeopleInput'),
    probes: [
      personProbe({ mergedId: mulanPerson.id, reason: 'seam' }, 'survivorId'),
      personProbe({ survivorId: mulanPerson.id, reason: 'seam' }, 'mergedId'),
    ],
  },
  unmergePeople: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('unmergePeople', 'UnmergePeopleInput'),
    probes: [probe('mergeId', { reason: 'seam' }, () => LINZE_MERGE)],
  },
  grantTemporaryAssistance: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('grantTemporaryAssistance', 'GrantTemporaryAssistanceInput'),
    probes: [personProbe({ amount: '100.00', grantedOn: on, reason: 'seam' })],
  },
  // Webhooks, kept in civil affairs for every department: another department's read as absent.
  disableWebhookEndpoint: {
    department: 'TRADE_UNION',
    document: `mutation Seam($id: ID!) { disableWebhookEndpoint(id: $id) { __typename } }`,
    probes: [
      {
        field: 'id',
        elsewhere: () => ownId('civil-affairs', 'select id from webhook_endpoints limit 1'),
        absent: NEVER_ISSUED,
        variables: (id) => ({ id }),
      },
    ],
  },
  replayWebhookDelivery: {
    department: 'TRADE_UNION',
    document: `mutation Seam($id: ID!) { replayWebhookDelivery(id: $id) { __typename } }`,
    probes: [
      {
        field: 'id',
        elsewhere: () => ownId('civil-affairs', 'select id from webhook_deliveries limit 1'),
        absent: NEVER_ISSUED,
        variables: (id) => ({ id }),
      },
    ],
  },
  // Households of the register, written by any department's case team for people of its region.
  registerHousehold: {
    department: 'TRADE_UNION',
    document: mutation('registerHousehold', 'RegisterHouseholdInput'),
    probes: [
      personProbe({ members: [], joinedOn: on }, 'headPersonId'),
      {
        field: 'members.0.personId',
        elsewhere: () => linzePerson.id,
        absent: NEVER_ISSUED,
        variables: (id) => ({
          input: {
            headPersonId: mulanPerson.id,
            members: [{ personId: id, relation: 'SPOUSE' }],
            joinedOn: on,
          },
        }),
      },
      probe(
        'villageCode',
        { headPersonId: mulanPerson.id, members: [], joinedOn: on },
        () => linzeVillage,
        UNREGISTERED_VILLAGE,
      ),
    ],
  },
  addHouseholdMember: householdChange('addHouseholdMember', 'AddHouseholdMemberInput', {
    relation: 'OTHER',
  }),
  removeHouseholdMember: householdChange('removeHouseholdMember', 'RemoveHouseholdMemberInput', {
    reason: 'seam',
  }),
  changeHouseholdHead: householdChange('changeHouseholdHead', 'ChangeHouseholdHeadInput', {
    reason: 'seam',
  }),
  setHouseholdCategories: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('setHouseholdCategories', 'SetHouseholdCategoriesInput'),
    probes: [probe('householdId', { categories: [] }, linzeHousehold)],
  },
  // Case work (civil affairs keeps it for every department): cases, consents and referrals of
  // another county read as absent, and so do records the owner does not vouch for.
  openCase: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('openCase', 'OpenCaseInput'),
    probes: [
      personProbe({ stationId: mulanPersonStation.id, openedOn: on, intakeReason: 'seam' }),
      stationProbe({ personId: mulanPerson.id, openedOn: on, intakeReason: 'seam' }),
      probe(
        'workerId',
        {
          personId: mulanPerson.id,
          stationId: mulanPersonStation.id,
          openedOn: on,
          intakeReason: 'seam',
        },
        () => pick(world.workers, LINZE).id,
      ),
    ],
  },
  assessCase: caseStep('assessCase', 'AssessCaseInput', {
    needs: [{ area: 'SOCIAL_ASSISTANCE', level: 'HIGH' }],
  }),
  planCase: caseStep('planCase', 'PlanCaseInput', {
    goals: [{ area: 'SOCIAL_ASSISTANCE', description: 'seam' }],
  }),
  startCaseIntervention: caseStep('startCaseIntervention', 'StartCaseInterventionInput', {}),
  evaluateCase: caseStep('evaluateCase', 'EvaluateCaseInput', {
    evaluation: 'seam',
    goalsAchieved: 0,
  }),
  requestCaseClosure: caseStep('requestCaseClosure', 'RequestCaseClosureInput', {
    reason: 'GOALS_MET',
    outcome: 'seam',
  }),
  decideCaseClosure: caseStep('decideCaseClosure', 'DecideCaseClosureInput', { approve: true }),
  reopenCase: caseStep('reopenCase', 'ReopenCaseInput', { reason: 'seam' }),
  linkCaseRecord: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('linkCaseRecord', 'LinkCaseRecordInput'),
    probes: [
      probe('caseId', { record: { kind: 'TEMPORARY_ASSISTANCE', id: NEVER_ISSUED } }, linzeCase),
      {
        field: 'record.id',
        elsewhere: () =>
          ownId(
            'civil-affairs',
            `select id from temporary_assistance where region_code not like '${MULAN}%' limit 1`,
          ),
        absent: NEVER_ISSUED,
        variables: (id) => ({
          input: { caseId: mulan.case, record: { kind: 'TEMPORARY_ASSISTANCE', id } },
        }),
      },
    ],
  },
  recordConsent: {
    department: 'TRADE_UNION',
    document: mutation('recordConsent', 'RecordConsentInput'),
    probes: [
      personProbe({
        givenBy: 'PERSON',
        departments: ['CIVIL_AFFAIRS'],
        categories: ['IDENTITY'],
        purposes: ['REFERRAL'],
        givenOn: on,
      }),
    ],
  },
  withdrawConsent: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('withdrawConsent', 'WithdrawConsentInput'),
    probes: [
      probe('consentId', { withdrawnOn: on, reason: 'seam' }, () =>
        ownId(
          'civil-affairs',
          `select id from consents where region_code like '${LINZE}%' limit 1`,
        ),
      ),
    ],
  },
  sendReferral: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('sendReferral', 'SendReferralInput'),
    probes: [
      probe('caseId', referralRequest, linzeCase),
      {
        field: 'toStationId',
        elsewhere: () => linzeStation.id,
        absent: NEVER_ISSUED,
        variables: (id) => ({ input: { ...referralRequest, caseId: mulan.case, toStationId: id } }),
      },
    ],
  },
  receiveReferral: referralStep('WOMEN_FEDERATION', 'receiveReferral', 'ReceiveReferralInput', {}),
  acceptReferral: referralStep('WOMEN_FEDERATION', 'acceptReferral', 'AcceptReferralInput', {}),
  declineReferral: referralStep('WOMEN_FEDERATION', 'declineReferral', 'DeclineReferralInput', {
    reason: 'seam',
  }),
  startReferralService: referralStep(
    'WOMEN_FEDERATION',
    'startReferralService',
    'StartReferralServiceInput',
    {},
  ),
  cancelReferral: referralStep('CIVIL_AFFAIRS', 'cancelReferral', 'CancelReferralInput', {
    reason: 'seam',
  }),
  referReferralOnward: withProbe(
    referralStep('DISABLED_PERSONS_FEDERATION', 'referReferralOnward', 'ReferOnwardInput', {
      onward,
    }),
    {
      field: 'onward.toStationId',
      elsewhere: () => linzeStation.id,
      absent: NEVER_ISSUED,
      variables: (id) => ({
        input: { referralId: mulan.receivedByDisability, onward: { ...onward, toStationId: id } },
      }),
    },
  ),
  completeReferral: withProbe(
    referralStep(
      'WOMEN_FEDERATION',
      'completeReferral',
      'CompleteReferralInput',
      completion(NEVER_ISSUED),
    ),
    {
      field: 'linkedRecord.id',
      elsewhere: () =>
        ownId(
          'women-federation',
          `select id from women_child_cases where person_region_code like '${LINZE}%' limit 1`,
        ),
      absent: NEVER_ISSUED,
      variables: (id) => ({ input: { referralId: mulan.inServiceWithWomen, ...completion(id) } }),
    },
  ),
  // Disabled persons' federation (残联)
  issueDisabilityCertificate: {
    department: 'DISABLED_PERSONS_FEDERATION',
    document: mutation('issueDisabilityCertificate', 'IssueCertificateInput'),
    probes: [
      personProbe({
        identityNumber: '11010519491231002X',
        category: 'PHYSICAL',
        grade: 3,
        issuedOn: on,
        expiresOn: '2030-01-01',
      }),
    ],
  },
  recordRehabilitationService: {
    department: 'DISABLED_PERSONS_FEDERATION',
    document: mutation('recordRehabilitationService', 'RehabilitationInput'),
    probes: [personProbe({ kind: 'THERAPY', servedOn: on, hours: 1 })],
  },
  grantAssistiveDevice: {
    department: 'DISABLED_PERSONS_FEDERATION',
    document: mutation('grantAssistiveDevice', 'AssistiveDeviceInput'),
    probes: [
      personProbe({
        device: 'wheelchair',
        value: '100.00',
        grantedOn: on,
        reference: 'seam-device',
      }),
    ],
  },
  reverseDisabilityFederationContribution: reversalCase(
    'DISABLED_PERSONS_FEDERATION',
    'reverseDisabilityFederationContribution',
  ),
  recordDisabilityFederationContribution: contributionCase(
    'DISABLED_PERSONS_FEDERATION',
    'recordDisabilityFederationContribution',
  ),
  // Trade union (工会)
  grantUnionAssistance: {
    department: 'TRADE_UNION',
    document: mutation('grantUnionAssistance', 'GrantUnionAssistanceInput'),
    probes: [
      personProbe({ kind: 'LIVING', amount: '100.00', grantedOn: on, reference: 'seam-union' }),
    ],
  },
  registerUnionServicePoint: {
    department: 'TRADE_UNION',
    document: mutation('registerUnionServicePoint', 'UnionServicePointInput'),
    probes: [
      regionProbe({ name: 'seam', kind: 'CARE_POST', openedOn: on }),
      stationProbe({ name: 'seam', kind: 'CARE_POST', openedOn: on, regionCode: mulanTownship }),
    ],
  },
  openWorkerFile: {
    department: 'TRADE_UNION',
    document: mutation('openWorkerFile', 'OpenWorkerFileInput'),
    probes: [
      personProbe({
        employer: 'seam',
        reason: 'ILLNESS',
        level: 'ORDINARY',
        openedOn: on,
        householdIncomePerCapita: '100.00',
      }),
    ],
  },
  closeWorkerFile: {
    department: 'TRADE_UNION',
    document: `mutation Seam($personId: ID!) { closeWorkerFile(personId: $personId, closedOn: "2026-01-01") { __typename } }`,
    probes: [
      {
        field: 'personId',
        elsewhere: () =>
          ownId(
            'trade-union',
            `select person_id::text as id from worker_files where person_region_code like '${LINZE}%' limit 1`,
          ),
        absent: NEVER_ISSUED,
        variables: (personId) => ({ personId }),
      },
    ],
  },
  reverseTradeUnionContribution: reversalCase('TRADE_UNION', 'reverseTradeUnionContribution'),
  recordTradeUnionContribution: contributionCase('TRADE_UNION', 'recordTradeUnionContribution'),
  // Women's federation (妇联)
  registerChildrenHome: {
    department: 'WOMEN_FEDERATION',
    document: mutation('registerChildrenHome', 'ChildrenHomeInput'),
    probes: [
      probe(
        'villageCode',
        { name: 'seam', openedOn: on },
        () => linzeVillage,
        `${UNREGISTERED_TOWNSHIP}201`,
      ),
      stationProbe({ name: 'seam', openedOn: on, villageCode: mulanVillage }),
    ],
  },
  openWomenChildCase: {
    department: 'WOMEN_FEDERATION',
    document: mutation('openWomenChildCase', 'WomenChildCaseInput'),
    probes: [
      personProbe({
        kind: 'FAMILY_CONFLICT',
        openedOn: on,
        summary: 'seam',
        reference: 'seam-case',
      }),
    ],
  },
  closeWomenChildCase: {
    department: 'WOMEN_FEDERATION',
    document: `mutation Seam($reference: String!) { closeWomenChildCase(reference: $reference, closedOn: "2026-01-01") { __typename } }`,
    probes: [
      {
        field: 'reference',
        elsewhere: () =>
          ownId(
            'women-federation',
            `select reference as id from women_child_cases where person_region_code like '${LINZE}%' limit 1`,
          ),
        absent: 'seam-never-issued',
        variables: (reference) => ({ reference }),
      },
    ],
  },
  recordFamilyService: {
    department: 'WOMEN_FEDERATION',
    document: mutation('recordFamilyService', 'FamilyServiceInput'),
    probes: [
      regionProbe({ kind: 'PARENTING_CLASS', servedOn: on, households: 1, personTimes: 1 }),
      stationProbe({
        kind: 'PARENTING_CLASS',
        servedOn: on,
        households: 1,
        personTimes: 1,
        regionCode: mulanTownship,
      }),
    ],
  },
  reverseWomenFederationContribution: reversalCase(
    'WOMEN_FEDERATION',
    'reverseWomenFederationContribution',
  ),
  recordWomenFederationContribution: contributionCase(
    'WOMEN_FEDERATION',
    'recordWomenFederationContribution',
  ),
  // Youth League (团委)
  registerVolunteerTeam: {
    department: 'YOUTH_LEAGUE',
    document: mutation('registerVolunteerTeam', 'VolunteerTeamInput'),
    probes: [
      regionProbe({ name: 'seam', foundedOn: on }),
      stationProbe({ name: 'seam', foundedOn: on, regionCode: mulanTownship }),
    ],
  },
  registerVolunteer: {
    department: 'YOUTH_LEAGUE',
    document: mutation('registerVolunteer', 'VolunteerInput'),
    probes: [
      probe('teamId', { name: 'seam', joinedOn: on }, () =>
        ownId(
          'youth-league',
          `select id::text from volunteer_teams where region_code like '${LINZE}%' limit 1`,
        ),
      ),
    ],
  },
  recordVolunteerService: {
    department: 'YOUTH_LEAGUE',
    document: mutation('recordVolunteerService', 'VolunteerServiceInput'),
    probes: [
      probe('volunteerId', { servedOn: on, hours: 1, activity: 'seam' }, () =>
        ownId(
          'youth-league',
          `select id::text from volunteers where region_code like '${LINZE}%' limit 1`,
        ),
      ),
    ],
  },
  createYouthProgramme: {
    department: 'YOUTH_LEAGUE',
    document: mutation('createYouthProgramme', 'YouthProgrammeInput'),
    probes: [
      regionProbe({ name: 'seam', kind: 'STUDY_SUPPORT', startsOn: on, endsOn: '2026-12-31' }),
      stationProbe({
        name: 'seam',
        kind: 'STUDY_SUPPORT',
        startsOn: on,
        endsOn: '2026-12-31',
        regionCode: mulanTownship,
      }),
    ],
  },
  enrolInYouthProgramme: {
    department: 'YOUTH_LEAGUE',
    document: mutation('enrolInYouthProgramme', 'EnrolmentInput'),
    probes: [
      probe('programmeId', { personId: mulanPerson.id, enrolledOn: on }, () =>
        ownId(
          'youth-league',
          `select id::text from youth_programmes where region_code like '${LINZE}%' limit 1`,
        ),
      ),
    ],
  },
  reverseYouthLeagueContribution: reversalCase('YOUTH_LEAGUE', 'reverseYouthLeagueContribution'),
  recordYouthLeagueContribution: contributionCase('YOUTH_LEAGUE', 'recordYouthLeagueContribution'),
};

const refusal = (answer: GraphQLResponse) => ({
  message: answer.errors?.[0]?.message,
  code: answer.errors?.[0]?.extensions?.code,
  field: answer.errors?.[0]?.extensions?.field,
  data: answer.data?.[Object.keys(answer.data ?? {})[0] ?? ''] ?? null,
});

/** A merge of two Linze entries, written as it would be, for unmergePeople to name. */
const LINZE_MERGE = '01890000-0000-7000-8000-0000000000f1';
async function linzeMerge(): Promise<void> {
  const [survivor, merged] = world.people.filter((person) => person.regionCode.startsWith(LINZE));
  const sql = hub.subgraphs['civil-affairs']!.database.orm.em.fork().getConnection();
  await sql.execute(
    `insert into person_merges (id, survivor_id, merged_id, survivor_region_code, merged_region_code, reason, merged_by, merge_seq)
       values (?, ?, ?, ?, ?, 'seam', 'seam', 0)`,
    [LINZE_MERGE, survivor!.id, merged!.id, survivor!.regionCode, merged!.regionCode],
  );
}

/** Mutations that name nothing but what the caller's own department registers. */
const NAMING_NOTHING = ['registerWebhookEndpoint', 'setReferralResponseTime'];

/** Another department's (charity's) webhook endpoint and a failed delivery to it. */
async function charityWebhook(): Promise<void> {
  const sql = hub.subgraphs['civil-affairs']!.database.orm.em.fork().getConnection();
  await sql.execute(`
    insert into webhook_endpoints (id, department, url, secret, topics, active, created_by_subject)
      values ('01890000-0000-7000-8000-0000000000e1', 'CHARITY', 'https://charity.example.org/hooks',
        'whsec_c2VhbQ==', '{referral.received}', false, 'seam');
    insert into outbox_events (id, topic, recipient_department, aggregate_id, payload, fanned_out_at)
      values ('01890000-0000-7000-8000-0000000000e2', 'referral.received', 'CHARITY',
        '01890000-0000-7000-8000-0000000000e3', '{}', now());
    insert into webhook_deliveries (id, event_id, endpoint_id, department, topic, aggregate_id, event_seq, status)
      values ('01890000-0000-7000-8000-0000000000e4', '01890000-0000-7000-8000-0000000000e2',
        '01890000-0000-7000-8000-0000000000e1', 'CHARITY', 'referral.received',
        '01890000-0000-7000-8000-0000000000e3', 1, 'FAILED');`);
}

beforeAll(async () => {
  hub = await startTestHub();
  await charityWebhook();
  await linzeMerge();
  mulan.case = await ownId(
    'civil-affairs',
    `select id from cases where region_code like '${MULAN}%' and lead_department = 'CIVIL_AFFAIRS' and stage <> 'CLOSED' order by id limit 1`,
  );
  mulan.household = await ownId(
    'civil-affairs',
    `select id from households where region_code like '${MULAN}%' order by id limit 1`,
  );
  const mulanReferral = (to: string, state: string) =>
    ownId(
      'civil-affairs',
      `select id from referrals where region_code like '${MULAN}%' and to_department = '${to}' and state = '${state}' limit 1`,
    );
  mulan.receivedByDisability = await mulanReferral('DISABLED_PERSONS_FEDERATION', 'RECEIVED');
  mulan.inServiceWithWomen = await mulanReferral('WOMEN_FEDERATION', 'IN_SERVICE');
}, HUB_SETUP_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

it('has a case for every mutation of the supergraph', () => {
  const schema = buildSchema(readFileSync('supergraph.graphql', 'utf8'), { assumeValidSDL: true });
  const mutations = schema.getMutationType();
  expect(isObjectType(mutations)).toBe(true);
  const names = Object.keys(mutations!.getFields())
    .filter((name) => !name.startsWith('_') && !NAMING_NOTHING.includes(name))
    .sort();
  expect(names.length).toBeGreaterThanOrEqual(38);
  expect(Object.keys(CASES).sort()).toEqual(names);
});

describe.each(Object.entries(CASES))('%s', (_name, seam) => {
  it.each(seam.probes.map((p) => [p.field, p] as const))(
    'refuses %s from another county exactly as one never issued, and writes nothing',
    async (_field, p) => {
      const before = await hub.everyRowCount();
      const as = { principal: caller(seam.department) };
      const elsewhere = refusal(
        await hub.query(seam.document, p.variables(await p.elsewhere()), as),
      );
      const absent = refusal(await hub.query(seam.document, p.variables(p.absent), as));
      expect(elsewhere.data).toBeNull();
      // Refused for the probed field itself, not for some other fault of the request.
      expect(elsewhere.code).toMatch(/^(NOT_FOUND|BAD_USER_INPUT)$/);
      expect(elsewhere.field).toBe(p.field);
      expect(elsewhere).toEqual(absent);
      // The refusal names neither the other county nor anything in it.
      expect(elsewhere.message).not.toContain(LINZE);
      expect(elsewhere.message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
      expect(await hub.everyRowCount()).toEqual(before);
    },
    120_000,
  );
});
