import { Department, ServiceArea } from '../../../../shared/enums.js';
import { isWithin } from '../../../../shared/validators/division-code.js';
import { ProjectStatus, TargetGroup } from '../../entities/enums.js';
import { ProjectStation, ServiceProject } from '../../entities/index.js';
import { CreateServiceProjectInput } from '../../graphql/service.input.js';
import { projectStationProblem, projectTermsProblem } from '../../rules.js';
import { enumLabels } from '../labels.js';
import { findIn } from '../lookup.js';
import type { RowReader } from '../row.js';
import { assignChanges, firstUse, type ImportKind, type WriteContext } from './kind.js';
import { regionOf } from './shared.js';

export const DEPARTMENTS = enumLabels(Department, {
  CIVIL_AFFAIRS: ['民政局', '民政部门'],
  TRADE_UNION: ['总工会'],
  WOMEN_FEDERATION: ['妇女联合会'],
  DISABLED_PERSONS_FEDERATION: ['残疾人联合会'],
  CHARITY: ['慈善会', '慈善总会'],
});
export const SERVICE_AREAS = enumLabels(ServiceArea);
export const TARGET_GROUPS = enumLabels(TargetGroup);
export const PROJECT_STATUSES = enumLabels(ProjectStatus);

interface ProjectDraft {
  name: string | null | undefined;
  leadDepartment: Department | null | undefined;
  regionCode: string | null | undefined;
  agency: string | null | undefined;
  stations: string[] | null | undefined;
  serviceAreas: ServiceArea[] | null | undefined;
  targetGroups: TargetGroup[] | null | undefined;
  startsOn: string | null | undefined;
  endsOn: string | null | undefined;
  contractAmount: bigint | null | undefined;
  status: ProjectStatus | null | undefined;
}

/** Purchased-service projects (购买服务项目), matched by name within the purchasing division. */
export const projectsImport: ImportKind<ProjectDraft> = {
  columns: [
    { key: 'name', headers: ['项目名称', 'name'], required: true },
    { key: 'leadDepartment', headers: ['牵头部门', 'leadDepartment'], required: true },
    { key: 'regionCode', headers: ['区划代码', 'regionCode', '采购主体所在地'], required: true },
    { key: 'agency', headers: ['承接机构', 'agency'], required: false },
    { key: 'stations', headers: ['服务站点', 'stations'], required: false },
    { key: 'serviceAreas', headers: ['服务领域', 'serviceAreas'], required: true },
    { key: 'targetGroups', headers: ['服务对象', 'targetGroups'], required: true },
    { key: 'startsOn', headers: ['服务期起', 'startsOn', '开始日期'], required: true },
    { key: 'endsOn', headers: ['服务期止', 'endsOn', '结束日期'], required: true },
    {
      key: 'contractAmount',
      headers: ['合同金额', 'contractAmount', '合同金额（元）'],
      required: true,
    },
    { key: 'status', headers: ['项目状态', 'status'], required: false },
  ],

  async read(row) {
    const draft: ProjectDraft = {
      name: row.text('name'),
      leadDepartment: row.choice('leadDepartment', DEPARTMENTS),
      regionCode: row.text('regionCode'),
      agency: row.text('agency'),
      stations: row.list('stations'),
      serviceAreas: row.choices('serviceAreas', SERVICE_AREAS),
      targetGroups: row.choices('targetGroups', TARGET_GROUPS),
      startsOn: row.date('startsOn'),
      endsOn: row.date('endsOn'),
      contractAmount: row.money('contractAmount'),
      status: row.choice('status', PROJECT_STATUSES),
    };
    const input = {
      ...draft,
      serviceAreas: draft.serviceAreas ?? [],
      targetGroups: draft.targetGroups ?? [],
      stationIds: [],
    };
    await row.check(Object.assign(new CreateServiceProjectInput(), input));
    const { startsOn, endsOn, contractAmount } = draft;
    if (startsOn && endsOn && contractAmount != null) {
      const terms = projectTermsProblem({ startsOn, endsOn, contractAmount });
      if (terms) row.fail(terms.field, terms.message);
    }
    return draft;
  },

  async prefetch({ em, lookup, existing }, drafts) {
    await lookup.loadRegions(drafts.flatMap((draft) => draft.regionCode ?? []));
    await lookup.loadAgencies(drafts.flatMap((draft) => draft.agency ?? []));
    await lookup.loadStationsNamed(drafts.flatMap((draft) => draft.stations ?? []));
    const projects = await findIn(
      drafts.flatMap((draft) => draft.name ?? []),
      (chunk) => em.find(ServiceProject, { name: { $in: chunk } }),
    );
    const links = await findIn(
      projects.map((project) => project.id),
      (chunk) => em.find(ProjectStation, { projectId: { $in: chunk } }),
    );
    for (const project of projects) existing.set(`${project.regionCode}|${project.name}`, project);
    for (const link of links) {
      existing.set(`links:${link.projectId}`, [
        ...((existing.get(`links:${link.projectId}`) as ProjectStation[]) ?? []),
        link,
      ]);
    }
  },

  async write(draft, row, context) {
    const { lookup } = context;
    const region = regionOf(row, lookup, draft.regionCode);
    if (!draft.name || !region) return null;
    if (
      !firstUse(
        context,
        row,
        `${region.code}|${draft.name}`,
        'name',
        'project name in the same division',
      )
    )
      return null;
    const stationIds = resolveStations(draft.stations, region.code, row, context);
    let agencyId = draft.agency;
    if (draft.agency) {
      const agency = lookup.agency(draft.agency);
      if (!agency.ok) row.fail('agency', agency.message);
      agencyId = agency.ok ? agency.value.id : null;
    }
    const { leadDepartment, serviceAreas, targetGroups, startsOn, endsOn, contractAmount } = draft;
    if (
      !leadDepartment ||
      !serviceAreas ||
      !targetGroups ||
      !startsOn ||
      !endsOn ||
      contractAmount == null
    )
      return null;
    if (row.problems.length) return null;
    const fields = {
      leadDepartment,
      agencyId,
      serviceAreas,
      targetGroups,
      startsOn,
      endsOn,
      contractAmountFen: contractAmount,
      status: draft.status ?? undefined,
    };
    const existing = context.existing.get(`${region.code}|${draft.name}`) as
      ServiceProject | undefined;
    if (existing) {
      const changed = assignChanges(existing, fields);
      return relink(existing.id, stationIds, context) || changed ? 'updated' : 'unchanged';
    }
    const project = context.em.create(ServiceProject, {
      ...fields,
      name: draft.name,
      regionCode: region.code,
      agencyId: agencyId ?? null,
      status: draft.status ?? ProjectStatus.ACTIVE,
    });
    relink(project.id, stationIds, context);
    return 'created';
  },
};

/** Each named station, inside the purchasing division. */
function resolveStations(
  names: string[] | null | undefined,
  regionCode: string,
  row: RowReader,
  context: WriteContext,
): string[] | undefined {
  if (names === undefined) return undefined;
  const ids: string[] = [];
  for (const name of names ?? []) {
    const station = context.lookup.station(
      name,
      (s) => isWithin(s.regionCode, regionCode),
      `lies inside ${regionCode}`,
    );
    const problem = station.ok ? projectStationProblem(station.value, regionCode) : station.message;
    if (problem) row.fail('stations', problem);
    else if (station.ok) ids.push(station.value.id);
  }
  return ids;
}

/** Makes the project's station links those of the row; says whether any changed. */
function relink(
  projectId: string,
  stationIds: string[] | undefined,
  context: WriteContext,
): boolean {
  if (stationIds === undefined) return false;
  const links = (context.existing.get(`links:${projectId}`) as ProjectStation[] | undefined) ?? [];
  const wanted = new Set(stationIds);
  const stale = links.filter((link) => !wanted.has(link.stationId));
  const added = [...wanted].filter((id) => !links.some((link) => link.stationId === id));
  for (const link of stale) context.em.remove(link);
  for (const stationId of added) context.em.create(ProjectStation, { projectId, stationId });
  return stale.length > 0 || added.length > 0;
}
