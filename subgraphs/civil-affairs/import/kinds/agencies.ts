import { validateCreditCode } from '../../../../shared/validators/credit-code.js';
import { Agency } from '../../entities/index.js';
import { RegisterAgencyInput } from '../../graphql/registry.input.js';
import { findIn } from '../lookup.js';
import { assignChanges, firstUse, type ImportKind } from './kind.js';
import { regionOf } from './shared.js';

interface AgencyDraft {
  name: string | null | undefined;
  creditCode: string | null | undefined;
  regionCode: string | null | undefined;
  address: string | null | undefined;
}

/** Social work agencies (社工机构), matched by unified social credit code. */
export const agenciesImport: ImportKind<AgencyDraft> = {
  columns: [
    { key: 'name', headers: ['机构名称', 'name'], required: true },
    { key: 'creditCode', headers: ['统一社会信用代码', 'creditCode', '信用代码'], required: true },
    { key: 'regionCode', headers: ['登记地区划代码', 'regionCode', '区划代码'], required: true },
    { key: 'address', headers: ['地址', 'address', '办公地址'], required: false },
  ],

  async read(row) {
    const draft: AgencyDraft = {
      name: row.text('name'),
      creditCode: row.text('creditCode'),
      regionCode: row.text('regionCode'),
      address: row.text('address'),
    };
    await row.check(Object.assign(new RegisterAgencyInput(), draft));
    const code = draft.creditCode ? validateCreditCode(draft.creditCode) : null;
    if (code?.ok) draft.creditCode = code.value;
    return draft;
  },

  async prefetch({ em, lookup, existing }, drafts) {
    await lookup.loadRegions(drafts.flatMap((draft) => draft.regionCode ?? []));
    const found = await findIn(
      drafts.flatMap((draft) => draft.creditCode ?? []),
      (chunk) => em.find(Agency, { creditCode: { $in: chunk } }),
    );
    for (const agency of found) existing.set(agency.creditCode, agency);
  },

  async write(draft, row, context) {
    const region = regionOf(row, context.lookup, draft.regionCode);
    const { name, creditCode } = draft;
    if (!name || !creditCode || row.failed('creditCode')) return null;
    if (!firstUse(context, row, creditCode, 'creditCode', 'credit code')) return null;
    if (!region || row.problems.length) return null;
    const existing = context.existing.get(creditCode) as Agency | undefined;
    const fields = { name, regionCode: region.code, address: draft.address };
    if (existing) return assignChanges(existing, fields) ? 'updated' : 'unchanged';
    context.em.create(Agency, {
      name,
      creditCode,
      regionCode: region.code,
      address: draft.address ?? null,
    });
    return 'created';
  },
};
