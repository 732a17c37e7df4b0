import { REGISTER, WORKFORCE, type RecordHolder } from '../../shared/department/access.js';
import type { PersonalKind } from '../../shared/department/masking.js';

// Every field of the graph that holds or may hold personal data, classified: the kind of
// personal field (and so its masking rule) and the record that holds it, or why it is not
// personal. The masking test walks the API schema and fails on any field that a pattern or a
// person-like type brings up and this table does not classify.

/** A personal field: masked by the rule of its kind for the record that holds it. */
export interface Personal {
  kind: PersonalKind;
  holder: RecordHolder;
  /** Selection for an object-valued field, and the value compared. */
  select?: string;
  value?: (raw: unknown) => unknown;
}
/** An object field leading to a person-like type that has its own classification. */
export interface Link {
  link: string;
}
/** Not personal, with the reason. */
export interface NotPersonal {
  notPersonal: string;
}
export type Classified = Personal | Link | NotPersonal;

const CIVIL_AFFAIRS = { owner: 'CIVIL_AFFAIRS' } as const;
const UNION = { owner: 'TRADE_UNION' } as const;
const DISABILITY = { owner: 'DISABLED_PERSONS_FEDERATION' } as const;
const WOMEN = { owner: 'WOMEN_FEDERATION' } as const;
const LEAGUE = { owner: 'YOUTH_LEAGUE' } as const;
const LEAGUE_VOLUNTEERS = { owner: 'YOUTH_LEAGUE', managedByAdmins: true } as const;
const CHARITY = { owner: 'CHARITY' } as const;
const CHARITY_VOLUNTEERS = { owner: 'CHARITY', managedByAdmins: true } as const;

const id: NotPersonal = { notPersonal: 'opaque hub id' };
const written: NotPersonal = { notPersonal: 'when the row was written' };
const link = (type: string): Link => ({ link: type });
const p = (kind: PersonalKind, holder: RecordHolder): Personal => ({ kind, holder });

/**
 * Person-like types (the person, their records in each department, people in a role), every
 * field classified. `gate` is the rule of the field through which the record is reached: when
 * it withholds, everything inside is withheld.
 */
export const PERSON_LIKE: Record<string, { gate?: Personal; fields: Record<string, Classified> }> =
  {
    Person: {
      fields: {
        id,
        createdAt: written,
        updatedAt: written,
        name: p('name', REGISTER),
        sex: p('demographic', REGISTER),
        identityNumber: p('identifier', REGISTER),
        birthDate: p('birthDate', REGISTER),
        age: p('birthDate', REGISTER),
        ageBand: p('birthDate', REGISTER),
        categories: p('assistance', CIVIL_AFFAIRS),
        categoriesMasked: { notPersonal: 'the same for every person a caller sees' },
        region: {
          ...p('address', REGISTER),
          select: 'region { code }',
          value: (raw) => (raw as { code: string } | null)?.code ?? null,
        },
        temporaryAssistance: link('TemporaryAssistance'),
        disabilityCertificate: link('DisabilityCertificateView'),
        rehabilitationServices: link('RehabilitationServiceView'),
        assistiveDevices: link('AssistiveDeviceView'),
        unionFile: link('WorkerFileView'),
        unionAssistance: link('UnionAssistanceView'),
        womenFederationCases: link('WomenChildCaseView'),
        youthProgrammes: link('YouthEnrolmentView'),
        youthVolunteer: link('YouthVolunteerView'),
        charityAid: link('CharityGrantView'),
      },
    },
    TemporaryAssistance: {
      gate: p('assistance', CIVIL_AFFAIRS),
      fields: {
        id,
        createdAt: written,
        updatedAt: written,
        grantedOn: p('eventDate', CIVIL_AFFAIRS),
        reason: p('sensitive', CIVIL_AFFAIRS),
        amount: p('assistance', CIVIL_AFFAIRS),
        person: link('Person'),
        station: { notPersonal: 'the station that handled it' },
      },
    },
    DisabilityCertificateView: {
      gate: p('sensitive', DISABILITY),
      fields: {
        number: p('identifier', DISABILITY),
        category: p('sensitive', DISABILITY),
        grade: p('sensitive', DISABILITY),
        issuedOn: p('eventDate', DISABILITY),
        expiresOn: p('eventDate', DISABILITY),
        expired: p('sensitive', DISABILITY),
        person: link('Person'),
      },
    },
    RehabilitationServiceView: {
      gate: p('assistance', DISABILITY),
      fields: {
        id,
        kind: p('sensitive', DISABILITY),
        servedOn: p('eventDate', DISABILITY),
        hours: p('sensitive', DISABILITY),
        station: { notPersonal: 'the station that delivered it' },
        person: link('Person'),
      },
    },
    AssistiveDeviceView: {
      gate: p('assistance', DISABILITY),
      fields: {
        id,
        device: p('sensitive', DISABILITY),
        value: p('assistance', DISABILITY),
        grantedOn: p('eventDate', DISABILITY),
        person: link('Person'),
      },
    },
    WorkerFileView: {
      gate: p('sensitive', UNION),
      fields: {
        level: p('sensitive', UNION),
        status: p('sensitive', UNION),
        openedOn: p('eventDate', UNION),
        closedOn: p('eventDate', UNION),
        employer: p('address', UNION),
        reason: p('sensitive', UNION),
        householdIncomePerCapita: p('assistance', UNION),
        person: link('Person'),
      },
    },
    UnionAssistanceView: {
      gate: p('assistance', UNION),
      fields: {
        id,
        kind: p('sensitive', UNION),
        amount: p('assistance', UNION),
        grantedOn: p('eventDate', UNION),
        reference: p('assistance', UNION),
        person: link('Person'),
      },
    },
    WomenChildCaseView: {
      gate: p('sensitive', WOMEN),
      fields: {
        kind: p('sensitive', WOMEN),
        status: p('sensitive', WOMEN),
        openedOn: p('eventDate', WOMEN),
        closedOn: p('eventDate', WOMEN),
        summary: p('caseNote', WOMEN),
        person: link('Person'),
      },
    },
    YouthEnrolmentView: {
      gate: p('sensitive', LEAGUE),
      fields: {
        kind: p('sensitive', LEAGUE),
        programme: p('address', LEAGUE),
        enrolledOn: p('eventDate', LEAGUE),
      },
    },
    YouthVolunteerView: {
      gate: p('sensitive', LEAGUE_VOLUNTEERS),
      fields: {
        id,
        name: p('name', LEAGUE_VOLUNTEERS),
        joinedOn: p('eventDate', LEAGUE_VOLUNTEERS),
        teamId: { notPersonal: 'the team, listed for every role' },
      },
    },
    CharityGrantView: {
      gate: p('assistance', CHARITY),
      fields: {
        id,
        fundId: { notPersonal: 'the fund paid from' },
        recipientKind: { notPersonal: 'project, community or person' },
        project: { notPersonal: 'for grants to a project' },
        communityCode: { notPersonal: 'for grants to a community; null for a person' },
        person: link('Person'),
        amount: p('assistance', CHARITY),
        grantedOn: p('eventDate', CHARITY),
        purpose: p('sensitive', CHARITY),
      },
    },
    DonationView: {
      fields: {
        id,
        fundId: { notPersonal: 'the fund' },
        donor: p('name', CHARITY_VOLUNTEERS),
        anonymous: { notPersonal: 'whether the donor asked not to be named' },
        amount: { notPersonal: 'money given, not received' },
        receivedOn: { notPersonal: 'when the fund received it' },
        reference: { notPersonal: "the charity's receipt number" },
      },
    },
    CharityVolunteerView: {
      fields: {
        id,
        name: p('name', CHARITY_VOLUNTEERS),
        joinedOn: p('eventDate', CHARITY_VOLUNTEERS),
        station: { notPersonal: 'the station served' },
      },
    },
    SocialWorker: {
      fields: {
        id,
        createdAt: written,
        updatedAt: written,
        name: p('name', WORKFORCE),
        employment: { notPersonal: 'terms of a professional post' },
        certification: { notPersonal: 'a professional qualification' },
        certified: { notPersonal: 'a professional qualification' },
        region: { notPersonal: 'where the post is registered' },
        station: { notPersonal: 'the post' },
        agency: { notPersonal: 'the employer, an organisation' },
      },
    },
    ServiceRecord: {
      fields: {
        id,
        createdAt: written,
        updatedAt: written,
        summary: p('caseNote', REGISTER),
        method: { notPersonal: 'service statistics' },
        servedOn: { notPersonal: 'service statistics' },
        personTimes: { notPersonal: 'service statistics' },
        households: { notPersonal: 'service statistics' },
        hours: { notPersonal: 'service statistics' },
        station: { notPersonal: 'the station' },
        project: { notPersonal: 'the project' },
        workers: link('SocialWorker'),
        people: link('Person'),
      },
    },
    AccessLogEntry: {
      fields: {
        id,
        at: written,
        subject: { notPersonal: 'the staff account that read, for auditors only' },
        department: { notPersonal: 'the department that read' },
        roles: { notPersonal: 'the roles that read' },
        personId: { notPersonal: 'an opaque hub id, for auditors only' },
        fields: { notPersonal: 'names of fields' },
        purpose: { notPersonal: 'the purpose the reader stated, for auditors only' },
        requestId: { notPersonal: 'a request id' },
      },
    },
  };

/**
 * Fields outside person-like types whose names look personal, with why they are not: names and
 * addresses of places, organisations and programmes.
 */
export const NOT_PERSONAL_ELSEWHERE: Record<string, string> = {
  'Agency.name': 'an organisation',
  'Agency.address': 'an organisation',
  'Station.name': 'a place',
  'Station.address': 'a place',
  'Station.regionCode': 'a place',
  'Region.name': 'a division',
  'ServiceProject.name': 'a project',
  'CharityFundView.name': 'a fund',
  'CharityFundView.regionCode': 'a fund',
  'ChildrenHomeView.name': 'a facility',
  'ChildrenHomeView.villageCode': 'a facility',
  'FamilyServiceView.regionCode': 'a division served, no one named',
  'UnionServicePointView.name': 'a facility',
  'UnionServicePointView.regionCode': 'a facility',
  'VolunteerTeamView.name': 'a team',
  'VolunteerTeamView.regionCode': 'a team',
  'VolunteerServiceView.regionCode': "the volunteer's team",
  'YouthProgrammeView.name': 'a programme',
  'Indicator.name': 'an indicator of a project',
  'CategoryCount.category': 'a count over a region',
  'DisabilityRegionFigures.certificateHolders': 'a count over a region',
  'TradeUnionRegionFigures.assistanceGranted': 'a sum over a region',
  'WomenFederationRegionFigures.villagesWithChildrenHome': 'a count over a region',
  'WomenFederationRegionFigures.openCases': 'a count over a region',
  'WebhookEndpoint.disabledAt': "when a department's system stopped receiving webhooks",
};

/** Field names that may carry a name, number, birth date, phone, address or sensitive category. */
export const PERSONAL_NAME_PATTERN =
  /name|identity|birth|^age|sex|phone|mobile|tel$|address|village|community|regionCode|summary|note|reason|purpose|employer|income|number|certificate|categor|disab|assistance|aid$|case|diagnos|health/i;
