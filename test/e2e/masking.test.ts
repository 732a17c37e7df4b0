import { isDeepStrictEqual } from 'node:util';
import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { getNamedType, isLeafType, isObjectType, type GraphQLSchema } from 'graphql';
import type { DepartmentCode, Principal } from '../../shared/context.js';
import { personalAccess, REGISTER } from '../../shared/department/access.js';
import { treatmentOf, type Treatment } from '../../shared/department/masking.js';
import { principal, readOnlyHub, type ReadOnlyHub } from '../support/hub.js';
import {
  NOT_PERSONAL_ELSEWHERE,
  PERSON_LIKE,
  PERSONAL_NAME_PATTERN,
  type Personal,
} from '../support/personal-fields.js';

// Masking follows the field, not the path: the API schema is walked for every field that can
// carry personal data, each is classified (see personal-fields.ts), and each classified field
// is read through the gateway by every kind of caller and compared with what its rule says.

let hub: ReadOnlyHub;
let schema: GraphQLSchema;
beforeAll(async () => {
  const sdl = await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
  schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  hub = await readOnlyHub();
}, 180_000);

const isPersonal = (entry: unknown): entry is Personal =>
  typeof entry === 'object' && entry !== null && 'kind' in entry;

function objectFields(typeName: string) {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the graph`);
  return Object.values(type.getFields());
}

describe('the classification covers the graph', () => {
  it('classifies every field of every person-like type, and nothing that is not there', () => {
    for (const [typeName, { fields }] of Object.entries(PERSON_LIKE)) {
      const inSchema = objectFields(typeName).map((field) => field.name);
      expect({ type: typeName, fields: inSchema.sort() }).toEqual({
        type: typeName,
        fields: Object.keys(fields).sort(),
      });
    }
  });

  it('counts as person-like every type that holds a person or is reached from one', () => {
    const holders = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      if (['Query', 'Mutation'].includes(type.name) || type.name.endsWith('Edge')) continue;
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type).name;
        if (target === 'Person' || field.name === 'personId') holders.add(type.name);
      }
    }
    for (const field of objectFields('Person')) {
      const target = getNamedType(field.type);
      if (isObjectType(target) && target.name !== 'Region') holders.add(target.name);
    }
    expect([...holders].filter((name) => !PERSON_LIKE[name])).toEqual([]);
  });

  it('classifies every field elsewhere whose name looks personal', () => {
    const unclassified: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || PERSON_LIKE[type.name]) continue;
      if (['Query', 'Mutation'].includes(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        if (!isLeafType(getNamedType(field.type)) || !PERSONAL_NAME_PATTERN.test(field.name))
          continue;
        if (!NOT_PERSONAL_ELSEWHERE[key]) unclassified.push(key);
      }
    }
    expect(unclassified).toEqual([]);
  });
});

type Row = Record<string, unknown>;

function sql(service: string, text: string, params: unknown[] = []): Promise<Row[]> {
  return hub.sql<Row>(service, text, params);
}

/** A person who has a record in `table` of `service`, and the county they live in. */
async function personWith(service: string, table: string, order = 'person_id') {
  const [row] = await sql(
    service,
    `select person_id from ${table} where person_id is not null order by ${order} limit 1`,
  );
  if (!row) throw new Error(`no ${table} in the demo world`);
  const [person] = await sql('civil-affairs', 'select region_code from people where id = $1', [
    row.person_id,
  ]);
  return { vars: { id: row.person_id }, county: String(person!.region_code).slice(0, 6) };
}

/** How a type is reached: a query with the selection inside, and the instances in its answer. */
interface Probe {
  type: string;
  /** The department whose staff are the "own" callers. */
  owner: DepartmentCode;
  /** Gates on the path before the type's own gate (the person, for records of a person). */
  path: Personal[];
  find(): Promise<{ vars: Record<string, unknown>; county: string }>;
  query(selection: string): string;
  instances(data: Row | null | undefined, vars: Record<string, unknown>): Row[] | null;
}

const PERSON_PATH: Personal[] = [{ kind: 'sensitive', holder: REGISTER }];

function onPerson(
  type: string,
  field: string,
  owner: DepartmentCode,
  service: string,
  table: string,
  order?: string,
): Probe {
  return {
    type,
    owner,
    path: PERSON_PATH,
    find: () => personWith(service, table, order),
    query: (selection) => `query($id: ID!) { person(id: $id) { ${field} { ${selection} } } }`,
    instances(data) {
      const value = (data?.person as Row | null | undefined)?.[field];
      if (value == null) return null;
      return Array.isArray(value) ? (value as Row[]) : [value as Row];
    },
  };
}

/** Case work of a person, found in civil affairs' `table` by a condition. */
function caseWorkOnPerson(
  type: string,
  field: string,
  owner: DepartmentCode,
  table: string,
  condition: string,
): Probe {
  return {
    ...onPerson(type, field, owner, 'civil-affairs', table),
    async find() {
      const [row] = await sql(
        'civil-affairs',
        `select person_id, region_code from ${table} where ${condition} order by id limit 1`,
      );
      if (!row) throw new Error(`no ${table} where ${condition} in the demo world`);
      return { vars: { id: row.person_id }, county: String(row.region_code).slice(0, 6) };
    },
  };
}

/** The household of a Mulan head, reached through the head: `field` inside it, or the household. */
function inHousehold(type: string, field: string | null): Probe {
  return {
    type,
    owner: 'CIVIL_AFFAIRS',
    path: PERSON_PATH,
    async find() {
      const [row] = await sql(
        'civil-affairs',
        `select h.head_person_id, h.region_code from households h
          where h.region_code like '230127%' and cardinality(h.categories) > 0 and h.address is not null
            and exists (select 1 from household_membership_events e where e.household_id = h.id and e.reason is not null)
          order by h.id limit 1`,
      );
      if (!row) throw new Error('no such household in the demo world');
      return { vars: { id: row.head_person_id }, county: String(row.region_code).slice(0, 6) };
    },
    query: (selection) =>
      `query($id: ID!) { person(id: $id) { household { ${field ? `${field} { ${selection} }` : selection} } } }`,
    instances(data) {
      const household = (data?.person as Row | null | undefined)?.household as Row | null;
      if (!household) return null;
      return field ? (household[field] as Row[]) : [household];
    },
  };
}

/** A person of the ledger whose benefits meet a condition (a HAVING over them), and their county. */
async function benefitHolder(having: string) {
  const [row] = await sql(
    'civil-affairs',
    `select person_id, min(region_code) as region_code from benefits where person_id is not null
      group by person_id having ${having} order by person_id limit 1`,
  );
  if (!row) throw new Error(`no person in the ledger with ${having}`);
  const county = String(row.region_code).slice(0, 6);
  return { vars: { id: row.person_id, county }, county };
}

const PROBES: Probe[] = [
  {
    type: 'Person',
    owner: 'CIVIL_AFFAIRS',
    path: [],
    async find() {
      const [row] = await sql(
        'civil-affairs',
        "select id, region_code from people where cardinality(categories) > 0 and region_code like '230127%' order by id limit 1",
      );
      return { vars: { id: row!.id }, county: String(row!.region_code).slice(0, 6) };
    },
    query: (selection) => `query($id: ID!) { person(id: $id) { ${selection} } }`,
    instances: (data) => (data?.person ? [data.person as Row] : null),
  },
  onPerson(
    'TemporaryAssistance',
    'temporaryAssistance',
    'CIVIL_AFFAIRS',
    'civil-affairs',
    'temporary_assistance',
  ),
  onPerson(
    'DisabilityCertificateView',
    'disabilityCertificate',
    'DISABLED_PERSONS_FEDERATION',
    'disabled-persons-federation',
    'certificates',
  ),
  onPerson(
    'RehabilitationServiceView',
    'rehabilitationServices',
    'DISABLED_PERSONS_FEDERATION',
    'disabled-persons-federation',
    'rehabilitation_services',
  ),
  onPerson(
    'AssistiveDeviceView',
    'assistiveDevices',
    'DISABLED_PERSONS_FEDERATION',
    'disabled-persons-federation',
    'assistive_device_grants',
  ),
  onPerson(
    'WorkerFileView',
    'unionFile',
    'TRADE_UNION',
    'trade-union',
    'worker_files',
    'closed_on nulls last, person_id',
  ),
  onPerson(
    'UnionAssistanceView',
    'unionAssistance',
    'TRADE_UNION',
    'trade-union',
    'union_assistance',
  ),
  onPerson(
    'WomenChildCaseView',
    'womenFederationCases',
    'WOMEN_FEDERATION',
    'women-federation',
    'women_child_cases',
    'closed_on nulls last, person_id',
  ),
  onPerson(
    'YouthEnrolmentView',
    'youthProgrammes',
    'YOUTH_LEAGUE',
    'youth-league',
    'programme_enrolments',
  ),
  onPerson('YouthVolunteerView', 'youthVolunteer', 'YOUTH_LEAGUE', 'youth-league', 'volunteers'),
  onPerson('CharityGrantView', 'charityAid', 'CHARITY', 'charity', 'charity_grants'),
  caseWorkOnPerson(
    'Case',
    'cases',
    'CIVIL_AFFAIRS',
    'cases',
    "stage = 'CLOSED' and lead_department = 'CIVIL_AFFAIRS'",
  ),
  caseWorkOnPerson(
    'Consent',
    'consents',
    'CIVIL_AFFAIRS',
    'consents',
    "given_by = 'GUARDIAN' and withdrawn_on is not null",
  ),
  caseWorkOnPerson(
    'Referral',
    'referrals',
    'TRADE_UNION',
    'cases',
    "lead_department = 'TRADE_UNION'",
  ),
  inHousehold('Household', null),
  inHousehold('HouseholdMember', 'members'),
  inHousehold('HouseholdMembershipEvent', 'history'),
  {
    ...onPerson('Benefit', 'benefits', 'CIVIL_AFFAIRS', 'civil-affairs', 'benefits'),
    find: () =>
      benefitHolder(
        `bool_and(amount_fen is null or department = 'CIVIL_AFFAIRS')
         and bool_or(amount_fen is not null) and bool_or(quantity is not null)`,
      ),
  },
  {
    type: 'BenefitOverlap',
    owner: 'CIVIL_AFFAIRS',
    path: [],
    find: () =>
      benefitHolder(
        'count(distinct department) >= 2 and max(given_on) - min(given_on) <= 366 and not bool_or(reversed)',
      ),
    query: (selection) =>
      `query($county: String!) { benefitOverlaps(regionCode: $county, windowDays: 366, first: 200) { person { id } ${selection} } }`,
    instances: (data, vars) =>
      ((data?.benefitOverlaps as Row[] | null | undefined) ?? null)?.filter(
        (row) => (row.person as Row | null)?.id === vars.id,
      ) ?? null,
  },
  {
    type: 'CharityVolunteerView',
    owner: 'CHARITY',
    path: [],
    async find() {
      const [row] = await sql(
        'charity',
        'select station_id from charity_volunteers where station_id is not null order by id limit 1',
      );
      const [station] = await sql(
        'civil-affairs',
        'select region_code from stations where id = $1',
        [row!.station_id],
      );
      return { vars: { id: row!.station_id }, county: String(station!.region_code).slice(0, 6) };
    },
    query: (selection) =>
      `query($id: ID!) { station(id: $id) { charityVolunteers { ${selection} } } }`,
    instances: (data) =>
      ((data?.station as Row | null | undefined)?.charityVolunteers as Row[] | null) ?? null,
  },
  {
    type: 'DonationView',
    owner: 'CHARITY',
    path: [],
    async find() {
      const [row] = await sql(
        'charity',
        `select d.fund_id, f.region_code from donations d join charity_funds f on f.id = d.fund_id
          where not d.anonymous order by d.id limit 1`,
      );
      return { vars: { id: row!.fund_id }, county: String(row!.region_code).slice(0, 6) };
    },
    query: (selection) =>
      `query($id: ID!) { donations(filter: { fundId: $id }, first: 100) { edges { node { ${selection} } } } }`,
    instances: (data) =>
      ((data?.donations as { edges: Array<{ node: Row }> } | null | undefined)?.edges ?? []).map(
        (edge) => edge.node,
      ),
  },
  {
    type: 'SocialWorker',
    owner: 'CIVIL_AFFAIRS',
    path: [],
    async find() {
      const [row] = await sql(
        'civil-affairs',
        // A worker whose file has every part: a qualification date, trainings, allowances, rewards.
        `select w.id, w.region_code from social_workers w where w.certified_on is not null
           and exists (select 1 from social_worker_trainings t where t.worker_id = w.id)
           and exists (select 1 from social_worker_allowances a where a.worker_id = w.id)
           and exists (select 1 from social_worker_rewards r where r.worker_id = w.id)
         order by w.id limit 1`,
      );
      return { vars: { id: row!.id }, county: String(row!.region_code).slice(0, 6) };
    },
    query: (selection) => `query($id: ID!) { socialWorker(id: $id) { ${selection} } }`,
    instances: (data) => (data?.socialWorker ? [data.socialWorker as Row] : null),
  },
  {
    type: 'ServiceRecord',
    owner: 'CIVIL_AFFAIRS',
    path: PERSON_PATH,
    async find() {
      const [row] = await sql(
        'civil-affairs',
        `select id, station_id, served_on::text as served_on, region_code from service_records
          where summary is not null order by id limit 1`,
      );
      return {
        vars: { record: row!.id, station: row!.station_id, day: row!.served_on },
        county: String(row!.region_code).slice(0, 6),
      };
    },
    query: (selection) =>
      `query($station: ID!, $day: Date!) { serviceRecords(first: 100, filter: { stationId: $station, from: $day, to: $day }) { edges { node { id ${selection} } } } }`,
    instances(data, vars) {
      const connection = data?.serviceRecords as { edges: Array<{ node: Row }> } | null;
      if (!connection) return null;
      return connection.edges.map((edge) => edge.node).filter((node) => node.id === vars.record);
    },
  },
];

interface Caller {
  label: string;
  principal: Principal;
  purpose: string | null;
}

/** Every kind of caller, in the county of the record, relative to the record's department. */
function callers(owner: DepartmentCode, county: string): Caller[] {
  const other: DepartmentCode = owner === 'CHARITY' ? 'TRADE_UNION' : 'CHARITY';
  const caller = (
    label: string,
    department: DepartmentCode,
    role: string,
    purpose: string | null = null,
  ): Caller => ({ label, principal: principal(department, [role], county), purpose });
  return [
    caller('viewer', owner, 'VIEWER'),
    caller('analyst', 'CIVIL_AFFAIRS', 'ANALYST', 'study'),
    caller('caseworker of the department', owner, 'CASEWORKER'),
    caller('caseworker of another department', other, 'CASEWORKER'),
    caller('supervisor of the department, with a purpose', owner, 'SUPERVISOR', 'review'),
    caller('supervisor of another department, with a purpose', other, 'SUPERVISOR', 'review'),
    caller('supervisor of the department, without a purpose', owner, 'SUPERVISOR'),
    caller('auditor', owner, 'AUDITOR'),
    caller('administrator of the department', owner, 'ADMIN'),
  ];
}

function treatmentFor(field: Personal, caller: Caller): Treatment {
  const access = personalAccess(caller.principal, caller.purpose, field.holder);
  return treatmentOf(field.kind, access, caller.principal, field.holder);
}

/** What the rule says this caller gets of the field, the gates on the way included. */
function expectedTreatment(probe: Probe, name: string, caller: Caller): Treatment {
  const { gate, fields } = PERSON_LIKE[probe.type]!;
  for (const step of [...probe.path, ...(gate ? [gate] : [])]) {
    if (treatmentFor(step, caller) === 'withheld') return 'withheld';
  }
  return treatmentFor(fields[name] as Personal, caller);
}

/** Whether a value read by a caller is what the treatment allows, given the true value. */
function conforms(
  treatment: Treatment,
  field: Personal,
  name: string,
  actual: unknown,
  truth: unknown,
): boolean {
  const absent = actual == null || (Array.isArray(actual) && actual.length === 0);
  switch (treatment) {
    case 'shown':
      return isDeepStrictEqual(actual, truth);
    case 'masked':
      return truth == null
        ? actual == null
        : typeof actual === 'string' && actual !== truth && actual.includes('*');
    case 'generalised':
      if (actual == null) return true;
      if (field.kind === 'address')
        return (
          typeof actual === 'string' &&
          typeof truth === 'string' &&
          truth.startsWith(actual) &&
          actual.length < truth.length
        );
      // Sex and age bands are already general: released as they are, or not at all.
      return (field.kind === 'demographic' || name === 'ageBand') && actual === truth;
    default:
      return absent;
  }
}

function personalFields(type: string): Array<[string, Personal]> {
  return Object.entries(PERSON_LIKE[type]!.fields).filter((entry): entry is [string, Personal] =>
    isPersonal(entry[1]),
  );
}

describe('masking through the gateway', () => {
  it.each(PROBES.map((probe) => [probe.type, probe] as const))(
    'masks every personal field of %s by its rule, for every caller',
    async (_type, probe) => {
      const fields = personalFields(probe.type);
      const selection = fields.map(([name, field]) => field.select ?? name).join(' ');
      const valueOf = (row: Row, name: string, field: Personal) =>
        field.value ? field.value(row[name]) : row[name];
      const { vars, county } = await probe.find();
      // The truth: the department's own supervisor, stating a purpose, sees every field.
      const truthCaller = callers(probe.owner, county)[4]!;
      const truthAnswer = await hub.query(probe.query(selection), vars, truthCaller);
      const truth = probe.instances(truthAnswer.data as Row, vars);
      expect(truthAnswer.errors).toBeUndefined();
      expect(truth?.length).toBeGreaterThan(0);
      // A field that is null for the record read proves nothing: the probes pick full records.
      const vacuous = fields
        .filter(([name, field]) => truth!.every((row) => valueOf(row, name, field) == null))
        .map(([name]) => name);
      expect(vacuous).toEqual([]);

      const failures: string[] = [];
      for (const caller of callers(probe.owner, county)) {
        const answer = await hub.query(probe.query(selection), vars, caller);
        const rows = probe.instances(answer.data as Row, vars);
        for (const [name, field] of fields) {
          const expected = expectedTreatment(probe, name, caller);
          truth!.forEach((truthRow, index) => {
            const actual = rows ? valueOf(rows[index] ?? {}, name, field) : null;
            const real = valueOf(truthRow, name, field);
            if (!conforms(expected, field, name, actual, real)) {
              failures.push(
                `${probe.type}.${name} for ${caller.label}: expected ${expected}, got ${JSON.stringify(actual)} (true value ${JSON.stringify(real)})`,
              );
            }
          });
        }
      }
      expect(failures).toEqual([]);
    },
    120_000,
  );

  it("masks a youth volunteer's name for analysts like the person's own name", async () => {
    const { vars, county } = await personWith('youth-league', 'volunteers');
    const { data } = await hub.query(
      'query($id: ID!) { person(id: $id) { name youthVolunteer { name joinedOn } } }',
      vars,
      { principal: principal('TRADE_UNION', ['ANALYST'], county), purpose: 'study' },
    );
    expect(data!.person).toEqual({ name: null, youthVolunteer: { name: null, joinedOn: null } });
  });
});
