import { isWithin } from '../../../../shared/validators/division-code.js';
import { validateIdentityNumber } from '../../../../shared/validators/identity-number.js';
import { Certification, Employment } from '../../entities/enums.js';
import { SocialWorker } from '../../entities/index.js';
import { RegisterSocialWorkerInput } from '../../graphql/registry.input.js';
import { workerStationProblem } from '../../rules.js';
import { enumLabels } from '../labels.js';
import { findIn } from '../lookup.js';
import { assignChanges, firstUse, type ImportKind } from './kind.js';
import { identityCellProblem, regionOf } from './shared.js';

export const EMPLOYMENTS = enumLabels(Employment, { FULL_TIME: ['全职'] });
export const CERTIFICATIONS = enumLabels(Certification, {
  NONE: ['无', '否', '未取得'],
  ASSISTANT_SOCIAL_WORKER: ['初级', '助理社工师'],
  SOCIAL_WORKER: ['中级', '社工师'],
  SENIOR_SOCIAL_WORKER: ['高级', '高级社工师'],
});

interface WorkerDraft {
  name: string | null | undefined;
  identityNumber: string | null | undefined;
  regionCode: string | null | undefined;
  station: string | null | undefined;
  agency: string | null | undefined;
  employment: Employment | null | undefined;
  certification: Certification | null | undefined;
}

/** The key a worker is matched by: the identity number, or else the name in the division. */
const keyOf = (draft: WorkerDraft, regionCode: string) =>
  draft.identityNumber ? `id:${draft.identityNumber}` : `name:${regionCode}|${draft.name}`;

/**
 * Social workers (社工), matched by identity number when the sheet has one, else by name within
 * the division (the graph never shows workers' identity numbers, so exported sheets have none).
 */
export const socialWorkersImport: ImportKind<WorkerDraft> = {
  columns: [
    { key: 'name', headers: ['姓名', 'name'], required: true },
    {
      key: 'identityNumber',
      headers: ['身份证号', 'identityNumber', '身份证号码'],
      required: false,
      sensitive: true,
    },
    { key: 'regionCode', headers: ['区划代码', 'regionCode', '登记地区划代码'], required: true },
    { key: 'station', headers: ['驻站站点', 'station', '所在站点'], required: false },
    { key: 'agency', headers: ['所属机构', 'agency'], required: false },
    { key: 'employment', headers: ['专兼职', 'employment', '用工性质'], required: true },
    { key: 'certification', headers: ['持证情况', 'certification', '职业资格'], required: false },
  ],

  async read(row) {
    const numeric = identityCellProblem(row, 'identityNumber');
    const draft: WorkerDraft = {
      name: row.text('name'),
      identityNumber: numeric ? null : row.text('identityNumber'),
      regionCode: row.text('regionCode'),
      station: row.text('station'),
      agency: row.text('agency'),
      employment: row.choice('employment', EMPLOYMENTS),
      certification: row.choice('certification', CERTIFICATIONS),
    };
    await row.check(
      Object.assign(new RegisterSocialWorkerInput(), {
        ...draft,
        station: undefined,
        agency: undefined,
      }),
    );
    const identity = draft.identityNumber ? validateIdentityNumber(draft.identityNumber) : null;
    if (identity?.ok) draft.identityNumber = identity.value;
    return draft;
  },

  async prefetch({ em, lookup, existing }, drafts) {
    await lookup.loadRegions(drafts.flatMap((draft) => draft.regionCode ?? []));
    await lookup.loadStationsNamed(drafts.flatMap((draft) => draft.station ?? []));
    await lookup.loadAgencies(drafts.flatMap((draft) => draft.agency ?? []));
    const byNumber = await findIn(
      drafts.flatMap((draft) => draft.identityNumber ?? []),
      (chunk) => em.find(SocialWorker, { identityNumber: { $in: chunk } }),
    );
    const unnumbered = drafts.filter((draft) => !draft.identityNumber && draft.name);
    const byName = await findIn(
      unnumbered.map((draft) => draft.name!),
      (chunk) => em.find(SocialWorker, { name: { $in: chunk } }),
    );
    for (const worker of byNumber) existing.set(`id:${worker.identityNumber}`, [worker]);
    for (const worker of byName) {
      const key = `name:${worker.regionCode}|${worker.name}`;
      existing.set(key, [...((existing.get(key) as SocialWorker[] | undefined) ?? []), worker]);
    }
  },

  async write(draft, row, context) {
    const { lookup } = context;
    const region = regionOf(row, lookup, draft.regionCode);
    if (!draft.name || !region || row.failed('identityNumber')) return null;
    const key = keyOf(draft, region.code);
    const field = draft.identityNumber ? 'identityNumber' : 'name';
    if (
      !firstUse(
        context,
        row,
        key,
        field,
        draft.identityNumber ? 'identity number' : 'name in the same division',
      )
    )
      return null;
    const matches = (context.existing.get(key) as SocialWorker[] | undefined) ?? [];
    if (matches.length > 1)
      row.fail(
        'name',
        `${matches.length} workers of this name are registered in ${region.code}: add the identity number`,
      );
    let stationId = draft.station;
    if (draft.station) {
      const station = lookup.station(
        draft.station,
        (s) => isWithin(s.regionCode, region.code),
        `lies inside ${region.code}`,
      );
      const problem = station.ok
        ? workerStationProblem(station.value, region.code)
        : station.message;
      if (problem) row.fail('station', problem);
      stationId = station.ok ? station.value.id : null;
    }
    let agencyId = draft.agency;
    if (draft.agency) {
      const agency = lookup.agency(draft.agency);
      if (!agency.ok) row.fail('agency', agency.message);
      agencyId = agency.ok ? agency.value.id : null;
    }
    if (!draft.employment || row.problems.length) return null;
    const fields = {
      name: draft.name,
      regionCode: region.code,
      stationId,
      agencyId,
      employment: draft.employment,
      certification: draft.certification ?? undefined,
    };
    const [existing] = matches;
    if (existing) return assignChanges(existing, fields) ? 'updated' : 'unchanged';
    context.em.create(SocialWorker, {
      ...fields,
      identityNumber: draft.identityNumber ?? null,
      stationId: stationId ?? null,
      agencyId: agencyId ?? null,
      certification: draft.certification ?? Certification.NONE,
    });
    return 'created';
  },
};
