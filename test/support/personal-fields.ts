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
        cases: link('Case'),
        referrals: link('Referral'),
        consents: link('Consent'),
        timeline: link('TimelineEntry'),
        benefits: link('Benefit'),
        household: link('Household'),
        mergedInto: link('Person'),
      },
    },
    TemporaryAssistance: {
      gate: p('assistance', CIVIL_AFFAIRS),
      fields: {
        otherHelp: {
          notPersonal:
            'null on every read: only the write that records the grant answers it (test/civil-affairs/ledger.test.ts)',
        },
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
        otherHelp: {
          notPersonal:
            'null on every read: only the write that records the grant answers it (test/civil-affairs/ledger.test.ts)',
        },
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
        otherHelp: {
          notPersonal:
            'null on every read: only the write that records the grant answers it (test/civil-affairs/ledger.test.ts)',
        },
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
        certifiedOn: p('eventDate', WORKFORCE),
        trainings: {
          ...p('eventDate', WORKFORCE),
          select: 'trainings { trainedOn hours topic organiser }',
        },
        allowances: {
          ...p('assistance', WORKFORCE),
          select: 'allowances { title monthlyAmount startsOn endsOn }',
        },
        rewards: { ...p('eventDate', WORKFORCE), select: 'rewards { title awardedOn awardedBy }' },
      },
    },
    ServiceRecord: {
      fields: {
        id,
        createdAt: written,
        updatedAt: written,
        summary: p('caseNote', REGISTER),
        method: { notPersonal: 'service statistics' },
        serviceArea: {
          notPersonal: 'service statistics: the kind of service, as its project says',
        },
        targetGroups: {
          notPersonal: 'service statistics: whom the service is for, as its project says',
        },
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
    // Case work is held by the department that leads the case: the probes read a case led by
    // civil affairs, and referrals of a case led by the trade union.
    Case: {
      gate: p('caseWork', CIVIL_AFFAIRS),
      fields: {
        id,
        createdAt: written,
        updatedAt: written,
        leadDepartment: { notPersonal: 'the department that leads the case' },
        stage: p('caseWork', CIVIL_AFFAIRS),
        openedOn: p('caseWork', CIVIL_AFFAIRS),
        intakeReason: p('caseWork', CIVIL_AFFAIRS),
        assessedOn: p('caseWork', CIVIL_AFFAIRS),
        plannedOn: p('caseWork', CIVIL_AFFAIRS),
        interventionOn: p('caseWork', CIVIL_AFFAIRS),
        evaluatedOn: p('caseWork', CIVIL_AFFAIRS),
        evaluation: p('caseWork', CIVIL_AFFAIRS),
        goalsAchieved: p('caseWork', CIVIL_AFFAIRS),
        closureRequestedOn: p('caseWork', CIVIL_AFFAIRS),
        closureReason: p('caseWork', CIVIL_AFFAIRS),
        closureOutcome: p('caseWork', CIVIL_AFFAIRS),
        closedOn: p('caseWork', CIVIL_AFFAIRS),
        closureApprovedBy: p('caseWork', CIVIL_AFFAIRS),
        needs: { ...p('caseWork', CIVIL_AFFAIRS), select: 'needs { area level note }' },
        goals: { ...p('caseWork', CIVIL_AFFAIRS), select: 'goals { area description }' },
        history: { ...p('caseWork', CIVIL_AFFAIRS), select: 'history { kind effectiveOn }' },
        linkedRecords: { ...p('caseWork', CIVIL_AFFAIRS), select: 'linkedRecords { kind id }' },
        person: link('Person'),
        worker: link('SocialWorker'),
        referrals: link('Referral'),
        station: { notPersonal: 'the station' },
      },
    },
    Consent: {
      gate: p('caseWork', REGISTER),
      fields: {
        id,
        createdAt: written,
        updatedAt: written,
        givenBy: p('caseWork', REGISTER),
        guardianName: p('name', REGISTER),
        guardianRelation: p('caseWork', REGISTER),
        lacksCapacity: p('caseWork', REGISTER),
        withdrawnOn: p('caseWork', REGISTER),
        withdrawalReason: p('caseWork', REGISTER),
        departments: { notPersonal: 'terms of the consent, shown with it' },
        categories: { notPersonal: 'terms of the consent, shown with it' },
        purposes: { notPersonal: 'terms of the consent, shown with it' },
        givenOn: { notPersonal: 'terms of the consent, shown with it' },
        expiresOn: { notPersonal: 'terms of the consent, shown with it' },
        inForce: { notPersonal: 'terms of the consent, shown with it' },
        recordedByDepartment: { notPersonal: 'the department that recorded it' },
        person: link('Person'),
      },
    },
    Referral: {
      gate: p('caseWork', UNION),
      fields: {
        id,
        createdAt: written,
        updatedAt: written,
        fromDepartment: p('caseWork', UNION),
        toDepartment: p('caseWork', UNION),
        state: p('caseWork', UNION),
        urgency: p('caseWork', UNION),
        serviceArea: p('caseWork', UNION),
        reason: p('caseWork', UNION),
        sharedCategories: p('caseWork', UNION),
        emergency: p('caseWork', UNION),
        sentOn: p('caseWork', UNION),
        dueOn: p('caseWork', UNION),
        respondedOn: p('caseWork', UNION),
        completedOn: p('caseWork', UNION),
        declineReason: p('caseWork', UNION),
        outcome: p('caseWork', UNION),
        overdueSince: { notPersonal: 'a deadline a department missed' },
        needs: { ...p('caseWork', UNION), select: 'needs { area level }' },
        goals: { ...p('caseWork', UNION), select: 'goals { area }' },
        history: { ...p('caseWork', UNION), select: 'history { kind toState }' },
        linkedRecord: { ...p('caseWork', UNION), select: 'linkedRecord { kind id }' },
        case: link('Case'),
        person: link('Person'),
        referredFrom: link('Referral'),
        onwardReferral: link('Referral'),
        toStation: { notPersonal: 'the station' },
      },
    },
    TimelineEntry: {
      // Each entry is filtered to what the caller's department sees of the case work behind
      // it (cases it leads, referrals it is on, consents); the walk of test/e2e/case-work.test.ts
      // reads it as each department.
      fields: {
        on: { notPersonal: 'filtered entry by entry, see above' },
        at: { notPersonal: 'filtered entry by entry, see above' },
        department: { notPersonal: 'filtered entry by entry, see above' },
        kind: { notPersonal: 'filtered entry by entry, see above' },
        caseId: { notPersonal: 'filtered entry by entry, see above' },
        referralId: { notPersonal: 'filtered entry by entry, see above' },
        linkedRecord: { notPersonal: 'filtered entry by entry, see above' },
      },
    },
    // The ledger is the register's, read by every case team; an amount is the giving
    // department's assistance (the probe reads a person whose cash came from civil affairs).
    Benefit: {
      gate: p('assistance', REGISTER),
      fields: {
        department: p('assistance', REGISTER),
        programme: p('assistance', REGISTER),
        kind: p('assistance', REGISTER),
        givenOn: p('assistance', REGISTER),
        quantity: p('assistance', REGISTER),
        unit: p('assistance', REGISTER),
        reversed: p('assistance', REGISTER),
        appliedAt: { notPersonal: 'when the ledger learned of it' },
        amount: p('assistance', CIVIL_AFFAIRS),
        person: link('Person'),
      },
    },
    BenefitOverlap: {
      gate: p('assistance', REGISTER),
      fields: {
        departments: p('assistance', REGISTER),
        windowStart: p('assistance', REGISTER),
        windowEnd: p('assistance', REGISTER),
        person: link('Person'),
        benefits: link('Benefit'),
      },
    },
    DuplicateCandidate: {
      fields: {
        reasons: { notPersonal: 'which rule matched two entries, no value of either' },
        people: link('Person'),
      },
    },
    // A household is the register's, worked with by every case team; its categories are civil
    // affairs' record of assistance. The probes read a Mulan household through its head.
    Household: {
      fields: {
        id,
        createdAt: written,
        updatedAt: written,
        recordedByDepartment: { notPersonal: 'the department that registered it' },
        region: {
          ...p('address', REGISTER),
          select: 'region { code }',
          value: (raw) => (raw as { code: string } | null)?.code ?? null,
        },
        address: p('address', REGISTER),
        categories: p('assistance', CIVIL_AFFAIRS),
        categoriesMasked: { notPersonal: 'the same for every household a caller sees' },
        size: { notPersonal: 'a count of members, each classified below' },
        head: link('Person'),
        benefits: link('Benefit'),
        members: link('HouseholdMember'),
        history: link('HouseholdMembershipEvent'),
      },
    },
    HouseholdMember: {
      fields: {
        person: link('Person'),
        relation: p('sensitive', REGISTER),
        joinedOn: p('eventDate', REGISTER),
      },
    },
    HouseholdMembershipEvent: {
      fields: {
        kind: p('sensitive', REGISTER),
        person: link('Person'),
        relation: p('sensitive', REGISTER),
        formerHead: link('Person'),
        effectiveOn: p('eventDate', REGISTER),
        at: p('eventDate', REGISTER),
        byDepartment: { notPersonal: 'the department that recorded it' },
        reason: p('caseWork', REGISTER),
      },
    },
    // The log of merged entries is for supervisors and administrators; the people in it are
    // Person, classified above, and the rest says who kept the register clean, when and why.
    PersonMerge: {
      fields: {
        id,
        reason: {
          notPersonal: "the merging supervisor's reason, for supervisors and administrators only",
        },
        mergedAt: written,
        mergedBy: {
          notPersonal: 'the staff account that merged, for supervisors and administrators only',
        },
        undoneAt: written,
        undoneBy: {
          notPersonal: 'the staff account that undid it, for supervisors and administrators only',
        },
        undoReason: {
          notPersonal: "the undoing supervisor's reason, for supervisors and administrators only",
        },
        followedBy: { notPersonal: 'departments that applied it' },
        survivor: link('Person'),
        merged: link('Person'),
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
  'BenefitOverlapFigures.regionCode': 'the division asked about, echoed',
  'Region.name': 'a division',
  'ServiceProject.name': 'a project',
  'ServiceProject.contractNumber': "a project's contract",
  'ServiceProject.selectionReason': 'why an agency was contracted',
  'ProjectBidView.note': "an agency's bid",
  'ProjectAmendmentView.reason': 'why a contract changed',
  'ProjectEvaluationView.evaluatorName': 'an evaluating organisation',
  'ProjectRectificationView.closingNote': "how a project's shortcoming was put right",
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
  'Measure.name': 'a measure of the catalogue',
  'IndicatorRegion.name': 'a division of an indicator table',
  'IndicatorRow.regionCode': 'the division a figure counts in',
  'IndicatorRow.regionName': 'the division a figure counts in',
  'CategoryCount.category': 'a count over a region',
  'DisabilityRegionFigures.certificateHolders': 'a count over a region',
  'TradeUnionRegionFigures.assistanceGranted': 'a sum over a region',
  'WomenFederationRegionFigures.villagesWithChildrenHome': 'a count over a region',
  'WomenFederationRegionFigures.openCases': 'a count over a region',
  'CaseNeed.note': 'personal, classified where it is reached: Case.needs, Referral.needs',
  'CaseEvent.note': 'personal, classified where it is reached: Case.history',
  'ReferralEvent.reason': 'personal, classified where it is reached: Referral.history',
  'ReferralEvent.note': 'personal, classified where it is reached: Referral.history',
  'SupervisionEvent.notes': "minutes of supervision of a station's work, not a record of a person",
  'WebhookEndpoint.disabledAt': "when a department's system stopped receiving webhooks",
};

/** Field names that may carry a name, number, birth date, phone, address or sensitive category. */
export const PERSONAL_NAME_PATTERN =
  /name|identity|birth|^age|sex|phone|mobile|tel$|address|village|community|regionCode|summary|note|reason|purpose|employer|income|number|certificate|categor|disab|assistance|aid$|case|diagnos|health/i;
