import { StationLevel } from '../../../../shared/enums.js';
import { isWithin } from '../../../../shared/validators/division-code.js';
import { StationStatus } from '../../entities/enums.js';
import { Station } from '../../entities/index.js';
import { CreateStationInput } from '../../graphql/station.input.js';
import { parentProblem, stationRegionProblem } from '../../rules.js';
import { enumLabels } from '../labels.js';
import type { Lookup } from '../lookup.js';
import type { RowReader } from '../row.js';
import { assignChanges, firstUse, type ImportKind } from './kind.js';
import { regionOf } from './shared.js';

export const STATION_LEVELS = enumLabels(StationLevel, {
  TOWNSHIP_STATION: ['乡镇社工站', '街道社工站', '乡镇（街道）社工站', '乡镇(街道)社工站'],
  VILLAGE_ROOM: ['村社工室', '社区社工室', '村（社区）社工室', '村(社区)社工室'],
  COUNTY_STATION: ['县级社工站', '区级社工总站'],
  CITY_CENTRE: ['市级社工总站'],
});
export const STATION_STATUSES = enumLabels(StationStatus, { OPERATING: ['运行', '运营中'] });

interface StationDraft {
  name: string | null | undefined;
  level: StationLevel | null | undefined;
  regionCode: string | null | undefined;
  status: StationStatus | null | undefined;
  parent: string | null | undefined;
  operator: string | null | undefined;
  openedOn: string | null | undefined;
  address: string | null | undefined;
}

/** Stations (站点), matched by division code and name: a division has one station of a name. */
export const stationsImport: ImportKind<StationDraft> = {
  columns: [
    { key: 'name', headers: ['站点名称', 'name'], required: true },
    { key: 'level', headers: ['层级', 'level', '站点层级'], required: true },
    { key: 'regionCode', headers: ['区划代码', 'regionCode', '服务区划代码'], required: true },
    { key: 'status', headers: ['运行状态', 'status'], required: false },
    { key: 'parent', headers: ['上级站点', 'parent'], required: false },
    { key: 'operator', headers: ['承接机构', 'operator', '运营机构'], required: false },
    { key: 'openedOn', headers: ['启动运行日期', 'openedOn', '运行日期'], required: false },
    { key: 'address', headers: ['地址', 'address'], required: false },
  ],

  async read(row) {
    const draft: StationDraft = {
      name: row.text('name'),
      level: row.choice('level', STATION_LEVELS),
      regionCode: row.text('regionCode'),
      status: row.choice('status', STATION_STATUSES),
      parent: row.text('parent'),
      operator: row.text('operator'),
      openedOn: row.date('openedOn'),
      address: row.text('address'),
    };
    await row.check(
      Object.assign(new CreateStationInput(), { ...draft, status: draft.status ?? undefined }),
    );
    return draft;
  },

  async prefetch({ lookup }, drafts) {
    await lookup.loadRegions(drafts.flatMap((draft) => draft.regionCode ?? []));
    await lookup.loadStationsNamed(
      drafts.flatMap((draft) => [draft.name ?? [], draft.parent ?? []].flat()),
    );
    await lookup.loadAgencies(drafts.flatMap((draft) => draft.operator ?? []));
  },

  async write(draft, row, context) {
    const { lookup } = context;
    const { name, level, regionCode } = draft;
    const region = regionOf(row, lookup, regionCode);
    if (region && level) {
      const problem = stationRegionProblem(level, region);
      if (problem) row.fail('regionCode', problem);
    }
    if (!name || !level || !region || row.failed('name')) return null;
    if (
      !firstUse(context, row, `${region.code}|${name}`, 'name', 'station name in the same division')
    )
      return null;
    const existing = lookup
      .stationsNamed(name)
      .find((station) => station.regionCode === region.code);
    if (existing && existing.level !== level) {
      row.fail('level', `${name} is a ${existing.level}; a station's level cannot change`);
    }
    const parentId = resolveParent(
      draft.parent,
      { name, level, regionCode: region.code },
      existing,
      row,
      context.lookup,
    );
    let operatorId = draft.operator;
    if (draft.operator) {
      const operator = lookup.agency(draft.operator);
      operatorId = operator.ok ? operator.value.id : null;
      if (!operator.ok) row.fail('operator', operator.message);
    }
    if (row.problems.length) return null;
    const fields = {
      status: draft.status ?? undefined,
      parentId,
      operatorId,
      openedOn: draft.openedOn,
      address: draft.address,
    };
    if (existing) return assignChanges(existing, fields) ? 'updated' : 'unchanged';
    const station = context.em.create(Station, {
      name,
      level,
      regionCode: region.code,
      status: draft.status ?? StationStatus.PLANNED,
      parentId: parentId ?? null,
      operatorId: operatorId ?? null,
      openedOn: draft.openedOn ?? null,
      address: draft.address ?? null,
    });
    lookup.addStation(station);
    return 'created';
  },
};

/** The supervising station named in the row: one level up or more, over the station's division. */
function resolveParent(
  parentName: string | null | undefined,
  station: { name: string; level: StationLevel; regionCode: string },
  existing: Station | undefined,
  row: RowReader,
  lookup: Lookup,
): string | null | undefined {
  if (!parentName) return parentName;
  const parent = lookup.station(
    parentName,
    (candidate) => candidate !== existing && isWithin(station.regionCode, candidate.regionCode),
    `serves a division containing ${station.regionCode}`,
  );
  if (!parent.ok) {
    row.fail('parent', parent.message);
    return null;
  }
  const problem = parentProblem(station, parent.value);
  if (problem) row.fail('parent', problem);
  return parent.value.id;
}
