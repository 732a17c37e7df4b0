import { addDays } from '../shared/input/dates.js';
import { DemoIds, SeededRandom } from './random.js';
import type { DemoWorld, WorldProject } from './types.js';

// How the demo world's projects were bought, contracted, paid and evaluated. The places' articles
// say how: Linze "采取政府购买服务方式，委托本县社工机构承接" (entrusted to the county's own agency);
// elsewhere agencies are chosen "择优选优" (the better of several bidders); the counties run
// "绩效评估" (performance evaluation) and "中期评估" (mid-term evaluation) of their stations. A
// project whose term is over was evaluated mid-term and finally and paid in full; one still running
// has its mid-term evaluation, the rectification item closed on time, and its last tranche unpaid
// — but in Linze the running projects' items are still open past their due date, so that a
// county's report of stations out of standard has overdue rectification to show.

const LINZE = '620723';
/** Where running projects leave their mid-term rectification open past its due date. */
const OVERDUE_IN = LINZE;
const ENTRUSTED_REASON = '采取政府购买服务方式，委托本县社工机构承接';
const TENDER_REASON = '择优选优，选择优质社工机构承接政府购买服务：综合评分第一';

type Row = Record<string, unknown>;
export interface DemoProjectLifecycle {
  /** The contract fields of each project, by id. */
  contracts: Map<string, Row>;
  bids: Row[];
  milestones: Row[];
  targets: Row[];
  evaluations: Row[];
  rectifications: Row[];
}

/** Splits fen into 30 %, 40 % and the rest, so that the tranches sum to the contract exactly. */
function tranches(total: bigint): [bigint, bigint, bigint] {
  const first = (total * 3n) / 10n;
  const second = (total * 4n) / 10n;
  return [first, second, total - first - second];
}

function midpoint(from: string, to: string): string {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return addDays(from, Math.floor(days / 2));
}

/** The life cycle of every project of the world, deterministic. */
export function buildDemoProjectLifecycle(world: DemoWorld): DemoProjectLifecycle {
  const random = new SeededRandom(1206);
  const ids = new DemoIds(random, Date.parse('2023-01-01T00:00:00Z'));
  const out: DemoProjectLifecycle = {
    contracts: new Map(),
    bids: [],
    milestones: [],
    targets: [],
    evaluations: [],
    rectifications: [],
  };
  const delivered = achievedByProject(world);
  world.projects.forEach((project, index) => {
    const entrusted = project.regionCode.startsWith(LINZE);
    const signedOn = addDays(project.startsOn, -10);
    out.contracts.set(project.id, {
      procurementMethod: entrusted ? 'ENTRUSTED' : 'PUBLIC_TENDER',
      contractNumber: `${project.regionCode}-ZFGM-${project.startsOn.slice(0, 4)}-${String(index + 1).padStart(3, '0')}`,
      contractSignedOn: signedOn,
      selectionReason: entrusted ? ENTRUSTED_REASON : TENDER_REASON,
    });
    const rivals = entrusted
      ? []
      : world.agencies
          .filter((a) => a.regionCode.slice(0, 4) === project.regionCode.slice(0, 4))
          .filter((a) => a.id !== project.agencyId)
          .slice(0, 2);
    const price = BigInt(project.contractAmountFen);
    for (const [rank, agencyId] of [project.agencyId, ...rivals.map((a) => a.id)].entries()) {
      out.bids.push({
        id: ids.next(),
        projectId: project.id,
        agencyId,
        amountFen: entrusted ? null : price + BigInt(rank) * (price / 50n),
        note: rank === 0 ? '综合评分第一' : null,
      });
    }
    addEvaluationsAndTranches(out, ids, project, signedOn);
    const done = delivered.get(project.id);
    if (done) {
      // Contracted a little below what was delivered: a project that met its targets.
      for (const [indicator, value] of Object.entries(done)) {
        if (value > 0) {
          out.targets.push({
            id: ids.next(),
            projectId: project.id,
            indicator,
            target: Math.floor(value * 0.9),
          });
        }
      }
    }
  });
  return out;
}

function addEvaluationsAndTranches(
  out: DemoProjectLifecycle,
  ids: DemoIds,
  project: WorldProject,
  signedOn: string,
): void {
  const over = project.status === 'COMPLETED';
  const midOn = midpoint(project.startsOn, project.endsOn);
  const closed = over || !project.regionCode.startsWith(OVERDUE_IN);
  const midTerm = {
    id: ids.next(),
    projectId: project.id,
    stage: 'MID_TERM',
    evaluator: 'DEPARTMENT',
    evaluatorName: null,
    evaluatedOn: midOn,
    score: 82,
    findings: '中期评估：服务按计划推进，台账基本规范',
  };
  out.evaluations.push(midTerm);
  out.rectifications.push({
    id: ids.next(),
    evaluationId: midTerm.id,
    projectId: project.id,
    description: '完善服务台账，补齐个案记录',
    dueOn: addDays(midOn, 30),
    closedOn: closed ? addDays(midOn, 25) : null,
    closedBy: closed ? 'system' : null,
    closedByDepartment: closed ? 'CIVIL_AFFAIRS' : null,
    closingNote: closed ? '台账已补齐' : null,
  });
  const finalOn = addDays(project.endsOn, 15);
  if (over) {
    out.evaluations.push({
      id: ids.next(),
      projectId: project.id,
      stage: 'FINAL',
      evaluator: 'THIRD_PARTY',
      evaluatorName: '第三方评估机构',
      evaluatedOn: finalOn,
      score: 88,
      findings: '绩效评估：完成合同约定服务指标，群众满意度较高',
    });
  }
  const [first, second, third] = tranches(BigInt(project.contractAmountFen));
  const milestones: Array<[string, string, string, bigint, string, string | null]> = [
    ['合同签订', '服务方案与人员配备', signedOn, first, 'ON_SIGNING', addDays(signedOn, 15)],
    ['中期评估', '中期服务报告', midOn, second, 'MID_TERM_PASSED', addDays(midOn, 20)],
    [
      '末期评估',
      '结项报告与服务档案',
      project.endsOn,
      third,
      'FINAL_PASSED',
      over ? addDays(finalOn, 20) : null,
    ],
  ];
  // A project whose amount no source publishes (Shangrao's, Taicang's) has its milestones
  // without tranches.
  const paid = BigInt(project.contractAmountFen) > 0n;
  for (const [title, deliverable, dueOn, amount, condition, paidOn] of milestones) {
    out.milestones.push({
      id: ids.next(),
      projectId: project.id,
      title,
      deliverable,
      dueOn,
      trancheAmountFen: paid ? amount : null,
      trancheCondition: paid ? condition : null,
      paidOn: paid ? paidOn : null,
      paidBy: paid && paidOn ? 'system' : null,
      paidByDepartment: paid && paidOn ? 'CIVIL_AFFAIRS' : null,
    });
  }
}

/** What each project's records delivered, by indicator, as the hub counts it. */
function achievedByProject(world: DemoWorld): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const casePeople = new Map<string, Set<string>>();
  for (const record of world.records) {
    if (!record.projectId) continue;
    const sums = out.get(record.projectId) ?? {
      CASES: 0,
      GROUPS: 0,
      ACTIVITIES: 0,
      PERSON_TIMES: 0,
      HOURS: 0,
      HOUSEHOLDS_VISITED: 0,
    };
    if (record.method === 'CASE') {
      const people = casePeople.get(record.projectId) ?? new Set<string>();
      for (const person of record.personIds) people.add(person);
      casePeople.set(record.projectId, people);
      sums.CASES = people.size;
    }
    if (record.method === 'GROUP') sums.GROUPS! += 1;
    if (record.method === 'COMMUNITY_ACTIVITY') sums.ACTIVITIES! += 1;
    if (record.method === 'HOME_VISIT') sums.HOUSEHOLDS_VISITED! += record.households;
    sums.PERSON_TIMES! += record.personTimes;
    sums.HOURS! += record.durationMinutes / 60;
    out.set(record.projectId, sums);
  }
  return out;
}
