/**
 * Ready-made operations of the explorer: the questions the hub exists for, each answered
 * on the demo world. Plain data, so that a unit test can validate every one against the
 * supergraph and they cannot drift from the schema unnoticed.
 */
export interface ExampleOperation {
  /** Stable key, used by tests and by the page's buttons. */
  id: string;
  title: string;
  description: string;
  query: string;
  variables: Record<string, unknown>;
}

const REGION_DASHBOARD = `# One county across all six departments: coverage, output, workforce, money.
# Ceheng County (册亨县, 522327) reproduces its published figures.
query RegionDashboard($code: ID!) {
  region(code: $code) {
    name
    workforce { socialWorkers certified fullTime }
    assistance { households amount }
    coverage {
      townships
      townshipsWithStation
      rate
      stationsByLevel { level count }
    }
    serviceStats {
      services
      personTimes
      hours
      householdsVisited
      byMethod { method count personTimes }
    }
    tradeUnion { workersInDifficulty servicePoints contributed }
    youthLeague { volunteerTeams volunteers volunteerServices volunteerHours enrolments contributed }
    womenFederation { childrenHomes openCases familyServices contributed }
    disabilityFederation { certificateHolders rehabilitationServices contributed }
    charity { funds raised granted }
  }
}
`;

const STATION_VIEW = `# A township station (乡镇社工站) with every department's money and work at it.
# Pingchuan (平川镇, 620723103) in Linze County.
query StationView($region: String!) {
  stations(filter: { regionCode: $region, level: TOWNSHIP_STATION }, first: 1) {
    edges {
      node {
        id
        name
        status
        openedOn
        region { name parent { name } }
        operator { name creditCode }
        socialWorkers { name certified }
        projects {
          name
          leadDepartment
          contractAmount
          youthLeagueContribution { amount }
          disabilityFederationContribution { amount }
          womenFederationContribution { amount }
          charityContribution { amount }
          charityGrants { amount purpose }
        }
        volunteerTeams { name volunteers hours }
        youthProgrammes { name enrolled }
        womenFederation { childrenHomes { name } familyServices }
        tradeUnion { servicePoints { name } }
        disabilityFederation { rehabilitationServices }
        charityVolunteers { name }
      }
    }
  }
}
`;

const PERSON_VIEW = `# Each department's record of the people served in one township (服务对象).
# Personal data is revealed only to roles that may see it, and only with an access purpose;
# every reveal is written to the departments' access logs.
query PersonView($region: String!) {
  people(filter: { regionCode: $region }, first: 5) {
    totalCount
    edges {
      node {
        name
        age
        categories
        categoriesMasked
        region { name }
        disabilityCertificate { category grade }
        unionFile { level status }
        womenFederationCases { kind status }
        youthProgrammes { kind programme }
        youthVolunteer { name }
        charityAid { amount }
      }
    }
  }
}
`;

const PROJECT_FUNDING = `# Who pays for the purchased-service projects of a county (项目资金构成):
# the lead department's share, what every other department and charity put in, from which
# source at which level, what is still unfunded, and what was given in kind.
query ProjectFunding($code: String!) {
  serviceProjects(filter: { regionCode: $code }, first: 20) {
    totalCount
    edges {
      node {
        name
        leadDepartment
        contractAmount
        funding {
          paidByLead
          contributedByOthers
          shares { department amount }
          funded
          unfunded
          bySource { department source level amount }
          inKind { department kind description areaSquareMetres goodsValue goodsCount }
        }
      }
    }
  }
}
`;

const REFERRAL_INBOX = `# Your department's referral inbox (转介收件箱): what other departments sent you, with
# what the person's consent lets you see. Sign in as another department
# (e.g. the women's federation in Mulan County, 230127) to see its inbox.
query ReferralInbox($region: String!) {
  referralsInbox(filter: { regionCode: $region }, first: 20) {
    totalCount
    edges {
      node {
        id
        fromDepartment
        state
        urgency
        sentOn
        dueOn
        overdueSince
        reason
        sharedCategories
        person { name }
        needs { area level }
        history { kind toState effectiveOn byDepartment reason }
      }
    }
  }
  referralFigures(regionCode: $region) {
    fromDepartment
    toDepartment
    sent
    acceptanceRate
    medianDaysToResponse
    overdue
  }
}
`;

const PERSON_TIMELINE = `# One person's case work across departments as one timeline (服务时间线): the case's
# stages, consents, referrals and the records linked to them. Pingchuan's cases, in Linze.
query PersonTimeline($region: String!) {
  cases(filter: { regionCode: $region }, first: 3) {
    edges {
      node {
        stage
        openedOn
        person {
          name
          consents { givenBy departments categories inForce withdrawnOn }
          timeline { on department kind linkedRecord { kind id } }
        }
      }
    }
  }
}
`;

const OVERLAPPING_HELP = `# The same people helped by several departments within days (多部门重复帮扶), from the
# benefit ledger: counts by pair of departments (small cells suppressed for analysts), then who.
# Mulan County planted three in 2023: civil affairs, the union and charity within five days.
query OverlappingHelp($code: String!, $from: Date, $to: Date) {
  benefitOverlapFigures(regionCode: $code, from: $from, to: $to, windowDays: 5) {
    helped
    overlapping
    pairs { departments people suppressed }
  }
  benefitOverlaps(regionCode: $code, from: $from, to: $to, minDepartments: 3, windowDays: 5) {
    departments
    windowStart
    person { name }
    benefits { department programme givenOn amount }
  }
}
`;

export const EXAMPLES: readonly ExampleOperation[] = [
  {
    id: 'region-dashboard',
    title: 'Region dashboard',
    description: 'Coverage, services, workforce and every department’s figures for Ceheng County',
    query: REGION_DASHBOARD,
    variables: { code: '522327' },
  },
  {
    id: 'station-view',
    title: 'Station view',
    description: 'Pingchuan station: operator, workers, projects and each department’s work',
    query: STATION_VIEW,
    variables: { region: '620723103' },
  },
  {
    id: 'person-view',
    title: 'Person view',
    description: 'People served in Pingchuan with each department’s record (state a purpose)',
    query: PERSON_VIEW,
    variables: { region: '620723103' },
  },
  {
    id: 'project-funding',
    title: 'Project funding',
    description: 'Who pays for Linze County’s projects, department by department',
    query: PROJECT_FUNDING,
    variables: { code: '620723' },
  },
  {
    id: 'referral-inbox',
    title: 'Referral inbox',
    description: 'Referrals sent to your department in Mulan County, and the figures',
    query: REFERRAL_INBOX,
    variables: { region: '230127' },
  },
  {
    id: 'person-timeline',
    title: 'Person timeline',
    description: 'Cases in Pingchuan with each person’s consents and case work as one timeline',
    query: PERSON_TIMELINE,
    variables: { region: '620723103' },
  },
  {
    id: 'overlapping-help',
    title: 'Overlapping help',
    description: 'People of Mulan County helped by several departments within days, and the counts',
    query: OVERLAPPING_HELP,
    variables: { code: '230127', from: '2023-01-01', to: '2023-12-31' },
  },
];
