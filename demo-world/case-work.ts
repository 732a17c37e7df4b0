import { addDays } from '../shared/input/dates.js';
import { DemoIds, SeededRandom, syntheticName } from './random.js';
import type { DemoWorld } from './types.js';

// Case work in Mulan and Linze: a case for each person Pingchuan's station followed as a case
// (its 15 case records stay 15) and for each Mulan person given temporary assistance, at every
// stage of MZ/T 094; a consent for each; referrals in every state, with their events as the
// mutations would have written them; and one consent withdrawn. Dates are those of the world.

type Row = Record<string, unknown>;
export interface DemoCaseWork {
  cases: Row[];
  needs: Row[];
  goals: Row[];
  caseEvents: Row[];
  links: Row[];
  consents: Row[];
  referrals: Row[];
  referralEvents: Row[];
}

const STAGES = ['INTAKE', 'ASSESSMENT', 'PLANNING', 'INTERVENTION', 'CLOSED'] as const;
const STEP_KINDS = ['NEEDS_ASSESSED', 'PLANNED', 'INTERVENTION_STARTED'] as const;
const OTHERS = [
  'TRADE_UNION',
  'YOUTH_LEAGUE',
  'WOMEN_FEDERATION',
  'DISABLED_PERSONS_FEDERATION',
  'CHARITY',
];

const noon = (day: string) => new Date(`${day}T04:00:00Z`);

/** A referral's script: where it goes and the states it went through, day by day. */
const SCRIPTS: Array<{ to: string; states: string[]; urgency: string; lead?: string }> = [
  { to: 'WOMEN_FEDERATION', states: ['SENT'], urgency: 'ROUTINE' },
  { to: 'DISABLED_PERSONS_FEDERATION', states: ['SENT', 'RECEIVED'], urgency: 'URGENT' },
  { to: 'TRADE_UNION', states: ['SENT', 'RECEIVED', 'ACCEPTED'], urgency: 'ROUTINE' },
  { to: 'YOUTH_LEAGUE', states: ['SENT', 'RECEIVED', 'DECLINED'], urgency: 'ROUTINE' },
  {
    to: 'DISABLED_PERSONS_FEDERATION',
    states: ['SENT', 'RECEIVED', 'REFERRED_ONWARD'],
    urgency: 'ROUTINE',
  },
  {
    to: 'WOMEN_FEDERATION',
    states: ['SENT', 'RECEIVED', 'ACCEPTED', 'IN_SERVICE'],
    urgency: 'URGENT',
  },
  {
    to: 'CIVIL_AFFAIRS',
    lead: 'TRADE_UNION',
    states: ['SENT', 'RECEIVED', 'ACCEPTED', 'IN_SERVICE', 'COMPLETED'],
    urgency: 'ROUTINE',
  },
  { to: 'CHARITY', states: ['SENT', 'CANCELLED'], urgency: 'ROUTINE' },
];
const DAYS: Record<string, number> = { URGENT: 3, ROUTINE: 10, EMERGENCY: 1 };

/** Builds the case work of the demo world; the same world always gives the same rows. */
export function buildDemoCaseWork(world: DemoWorld): DemoCaseWork {
  const random = new SeededRandom(1202);
  const ids = new DemoIds(random, Date.parse('2024-01-01T00:00:00Z'));
  const out: DemoCaseWork = {
    cases: [],
    needs: [],
    goals: [],
    caseEvents: [],
    links: [],
    consents: [],
    referrals: [],
    referralEvents: [],
  };
  const people = new Map(world.people.map((person) => [person.id, person]));
  const pingchuan = world.records.filter(
    (record) => record.method === 'CASE' && record.regionCode === '620723103',
  );
  const mulan = world.assistance.filter((grant) => grant.regionCode.startsWith('230127'));
  const subjects: Array<{
    personId: string;
    stationId: string;
    workerId: string | null;
    start: string;
    links: Array<{ kind: string; id: string; date: string }>;
  }> = [];
  for (const personId of [...new Set(pingchuan.flatMap((record) => record.personIds))]) {
    const records = pingchuan.filter((record) => record.personIds.includes(personId));
    const first = records.map((record) => record.servedOn).sort()[0] as string;
    subjects.push({
      personId,
      stationId: records[0]!.stationId,
      workerId: records[0]!.workerIds[0] ?? null,
      start: addDays(first, -7),
      links: records.map((record) => ({
        kind: 'SERVICE_RECORD',
        id: record.id,
        date: record.servedOn,
      })),
    });
  }
  for (const grant of mulan) {
    subjects.push({
      personId: grant.personId,
      stationId: grant.stationId,
      workerId: null,
      start: addDays(grant.grantedOn, -14),
      links: [{ kind: 'TEMPORARY_ASSISTANCE', id: grant.id, date: grant.grantedOn }],
    });
  }

  const mulanCases: Row[] = [];
  subjects.forEach((subject, index) => {
    const person = people.get(subject.personId)!;
    const stage = STAGES[index % STAGES.length]!;
    const script = subject.links[0]?.kind === 'TEMPORARY_ASSISTANCE' ? mulanCases.length : -1;
    const lead = SCRIPTS[script]?.lead ?? 'CIVIL_AFFAIRS';
    const reached = stage === 'CLOSED' ? 5 : STAGES.indexOf(stage);
    const day = (step: number) => addDays(subject.start, step * 7);
    const row: Row = {
      id: ids.next(),
      personId: person.id,
      regionCode: person.regionCode,
      stationId: subject.stationId,
      workerId: subject.workerId,
      leadDepartment: lead,
      stage,
      openedOn: subject.start,
      intakeReason: index % 2 ? '家庭经济困难，主动求助' : '入户走访发现，需要持续跟进',
      assessedOn: reached >= 1 ? day(1) : null,
      plannedOn: reached >= 2 ? day(2) : null,
      interventionOn: reached >= 3 ? day(3) : null,
      evaluatedOn: reached >= 5 ? day(8) : null,
      evaluation: reached >= 5 ? '服务目标基本达成，生活趋于稳定' : null,
      goalsAchieved: reached >= 5 ? 1 : null,
      closureRequestedOn: reached >= 5 ? day(9) : null,
      closureRequestedBy: reached >= 5 ? 'demo-caseworker' : null,
      closureReason: reached >= 5 ? 'GOALS_MET' : null,
      closureOutcome: reached >= 5 ? '目标达成，结案' : null,
      closedOn: reached >= 5 ? day(10) : null,
      closureApprovedBy: reached >= 5 ? 'demo-supervisor' : null,
      keyScope: `${lead}:demo`,
    };
    out.cases.push(row);
    if (subject.links[0]?.kind === 'TEMPORARY_ASSISTANCE') mulanCases.push(row);
    const event = (kind: string, from: string | null, to: string, on: string) =>
      out.caseEvents.push({
        id: ids.next(),
        caseId: row.id,
        kind,
        fromStage: from,
        toStage: to,
        effectiveOn: on,
        at: noon(on),
        bySubject: kind === 'CLOSED' ? 'demo-supervisor' : 'demo-caseworker',
        byDepartment: lead,
        note: null,
      });
    event('OPENED', null, 'INTAKE', subject.start);
    for (let step = 1; step <= Math.min(reached, 3); step += 1) {
      event(STEP_KINDS[step - 1]!, STAGES[step - 1]!, STAGES[step]!, day(step));
    }
    if (reached >= 5) {
      event('EVALUATED', 'INTERVENTION', 'EVALUATION', day(8));
      event('CLOSURE_REQUESTED', 'EVALUATION', 'EVALUATION', day(9));
      event('CLOSED', 'EVALUATION', 'CLOSED', day(10));
    }
    if (reached >= 1) {
      out.needs.push({
        id: ids.next(),
        caseId: row.id,
        area: 'SOCIAL_ASSISTANCE',
        level: 'HIGH',
        note: '生活困难',
        assessedOn: day(1),
      });
      out.needs.push({
        id: ids.next(),
        caseId: row.id,
        area: 'RESOURCE_LINKAGE',
        level: 'MEDIUM',
        note: null,
        assessedOn: day(1),
      });
    }
    if (reached >= 2) {
      out.goals.push({
        id: ids.next(),
        caseId: row.id,
        area: 'SOCIAL_ASSISTANCE',
        description: '链接救助资源，稳定基本生活',
        targetOn: day(12),
        plannedOn: day(2),
      });
    }
    if (lead === 'CIVIL_AFFAIRS') {
      for (const link of subject.links) {
        out.links.push({
          id: ids.next(),
          caseId: row.id,
          department: 'CIVIL_AFFAIRS',
          kind: link.kind,
          recordId: link.id,
          recordDate: link.date,
          linkedAt: noon(link.date),
          linkedBy: 'demo-caseworker',
          linkedByDepartment: 'CIVIL_AFFAIRS',
        });
      }
    }
    const child = Number(subject.start.slice(0, 4)) - Number(person.birthDate.slice(0, 4)) < 15;
    // The first person cannot consent alone: a son consents for them, and later withdraws it.
    const withdrawn = index === 0;
    const byGuardian = child || withdrawn;
    out.consents.push({
      id: ids.next(),
      personId: person.id,
      regionCode: person.regionCode,
      givenBy: byGuardian ? 'GUARDIAN' : 'PERSON',
      guardianName: byGuardian ? syntheticName(random) : null,
      guardianRelation: child ? '母亲' : withdrawn ? '儿子' : null,
      lacksCapacity: withdrawn && !child,
      departments: ['CIVIL_AFFAIRS', ...OTHERS],
      categories: ['IDENTITY', 'NEEDS'],
      purposes: ['REFERRAL'],
      givenOn: subject.start,
      expiresOn: null,
      withdrawnOn: withdrawn ? day(2) : null,
      withdrawalReason: withdrawn ? '本人不再同意向其他部门提供信息' : null,
      withdrawnBy: withdrawn ? 'demo-caseworker' : null,
      withdrawnByDepartment: withdrawn ? 'CIVIL_AFFAIRS' : null,
      recordedBy: 'demo-caseworker',
      recordedByDepartment: lead,
    });
  });

  const referral = (
    caseRow: Row,
    urgency: string,
    to: string,
    from: string,
    states: string[],
    start: string,
    extra: Row = {},
  ): Row => {
    const consent = out.consents.find((c) => c.personId === caseRow.personId)!;
    const dueOn = addDays(start, DAYS[urgency]!);
    const last = states.at(-1)!;
    const answered = ['ACCEPTED', 'DECLINED', 'REFERRED_ONWARD', 'IN_SERVICE', 'COMPLETED'];
    const row: Row = {
      id: ids.next(),
      caseId: caseRow.id,
      personId: caseRow.personId,
      regionCode: caseRow.regionCode,
      leadDepartment: caseRow.leadDepartment,
      fromDepartment: from,
      toDepartment: to,
      toStationId: null,
      serviceArea: 'SOCIAL_ASSISTANCE',
      reason: '需要其他部门的专项帮扶',
      urgency,
      sharedCategories: ['IDENTITY', 'NEEDS'],
      consentId: consent.id,
      emergencyReason: null,
      state: last,
      sentOn: start,
      dueOn,
      respondedOn: states.some((state) => answered.includes(state)) ? addDays(start, 2) : null,
      completedOn: last === 'COMPLETED' ? addDays(start, 9) : null,
      declineReason: last === 'DECLINED' ? '不在本部门服务范围' : null,
      outcome: last === 'COMPLETED' ? '已发放临时救助' : null,
      overdueSince: states.length <= 2 && last !== 'CANCELLED' ? addDays(dueOn, 1) : null,
      keyScope: `${from}:demo`,
      ...extra,
    };
    out.referrals.push(row);
    states.forEach((state, step) => {
      const on = addDays(start, step === 4 ? 9 : step);
      out.referralEvents.push({
        id: ids.next(),
        referralId: row.id,
        kind: state,
        fromState: step ? states[step - 1] : null,
        toState: state,
        effectiveOn: on,
        at: noon(on),
        bySubject: 'demo-caseworker',
        byDepartment: state === 'SENT' || state === 'CANCELLED' ? from : to,
        reason:
          state === 'DECLINED'
            ? row.declineReason
            : state === 'CANCELLED'
              ? '服务对象已迁出'
              : null,
        note: null,
      });
    });
    if (row.overdueSince) {
      out.referralEvents.push({
        id: ids.next(),
        referralId: row.id,
        kind: 'OVERDUE',
        fromState: last,
        toState: last,
        effectiveOn: row.overdueSince,
        at: noon(row.overdueSince as string),
        bySubject: 'system',
        byDepartment: 'CIVIL_AFFAIRS',
        reason: `not answered by ${dueOn}`,
        note: null,
      });
    }
    return row;
  };

  SCRIPTS.forEach((script, index) => {
    const caseRow = mulanCases[index];
    if (!caseRow) return;
    const sentOn = addDays(caseRow.openedOn as string, 7);
    const lead = caseRow.leadDepartment as string;
    const first = referral(caseRow, script.urgency, script.to, lead, script.states, sentOn);
    if (script.states.at(-1) === 'REFERRED_ONWARD') {
      const onward = referral(
        caseRow,
        script.urgency,
        'CHARITY',
        script.to,
        ['SENT', 'RECEIVED', 'ACCEPTED'],
        addDays(sentOn, 2),
        {
          referredFromId: first.id,
        },
      );
      first.onwardReferralId = onward.id;
    }
    if (script.states.at(-1) === 'COMPLETED') {
      const grant = mulan.find((g) => g.personId === caseRow.personId)!;
      first.linkedRecordKind = 'TEMPORARY_ASSISTANCE';
      first.linkedRecordId = grant.id;
      out.links.push({
        id: ids.next(),
        caseId: caseRow.id,
        department: 'CIVIL_AFFAIRS',
        kind: 'TEMPORARY_ASSISTANCE',
        recordId: grant.id,
        recordDate: grant.grantedOn,
        linkedAt: noon(first.completedOn as string),
        linkedBy: 'demo-caseworker',
        linkedByDepartment: 'CIVIL_AFFAIRS',
      });
      // The union first asked the Youth League, which could not help.
      referral(
        caseRow,
        'ROUTINE',
        'YOUTH_LEAGUE',
        lead,
        ['SENT', 'RECEIVED', 'DECLINED'],
        addDays(sentOn, -3),
      );
    }
  });
  // In Linze, the first case in intervention was referred to the women's federation.
  const linzeCase = out.cases.find(
    (row) => String(row.regionCode).startsWith('620723') && row.stage === 'INTERVENTION',
  );
  if (linzeCase) {
    referral(
      linzeCase,
      'ROUTINE',
      'WOMEN_FEDERATION',
      'CIVIL_AFFAIRS',
      ['SENT', 'RECEIVED', 'ACCEPTED'],
      addDays(linzeCase.interventionOn as string, 1),
    );
  }
  return out;
}
