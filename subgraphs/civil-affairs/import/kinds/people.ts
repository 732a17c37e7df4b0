import { validateIdentityNumber } from '../../../../shared/validators/identity-number.js';
import { PersonCategory, type Sex } from '../../entities/enums.js';
import { Person } from '../../entities/index.js';
import { RegisterPersonInput } from '../../graphql/registry.input.js';
import { enumLabels } from '../labels.js';
import { findIn } from '../lookup.js';
import { identityCellProblem, regionOf } from './shared.js';
import { assignChanges, firstUse, type ImportKind } from './kind.js';

export const PERSON_CATEGORIES = enumLabels(PersonCategory, {
  MINIMUM_LIVING: ['低保对象', '城乡低保'],
  EXTREME_POVERTY: ['特困人员', '特困供养'],
  LOW_INCOME: ['低收入人口', '低收入家庭'],
});

interface PersonDraft {
  identityNumber: string | null | undefined;
  name: string | null | undefined;
  regionCode: string | null | undefined;
  categories: PersonCategory[] | null | undefined;
  sex?: Sex;
  birthDate?: string;
}

/**
 * The register of people served (服务对象), matched by identity number; sex and birth date come
 * from the number, as `registerPerson` derives them.
 */
export const peopleImport: ImportKind<PersonDraft> = {
  columns: [
    {
      key: 'identityNumber',
      headers: ['身份证号', 'identityNumber', '身份证号码', '公民身份号码'],
      required: true,
      sensitive: true,
    },
    { key: 'name', headers: ['姓名', 'name'], required: true },
    { key: 'regionCode', headers: ['居住地区划代码', 'regionCode', '区划代码'], required: true },
    { key: 'categories', headers: ['类别', 'categories', '困难群体类别'], required: false },
  ],

  async read(row) {
    const numeric = identityCellProblem(row, 'identityNumber');
    const draft: PersonDraft = {
      identityNumber: numeric ? null : row.text('identityNumber'),
      name: row.text('name'),
      regionCode: row.text('regionCode'),
      categories: row.choices('categories', PERSON_CATEGORIES),
    };
    await row.check(
      Object.assign(new RegisterPersonInput(), { ...draft, categories: draft.categories ?? [] }),
    );
    const identity = draft.identityNumber ? validateIdentityNumber(draft.identityNumber) : null;
    if (identity?.ok)
      Object.assign(draft, {
        identityNumber: identity.value,
        sex: identity.sex,
        birthDate: identity.birthDate,
      });
    return draft;
  },

  async prefetch({ em, lookup, existing }, drafts) {
    await lookup.loadRegions(drafts.flatMap((draft) => draft.regionCode ?? []));
    const found = await findIn(
      drafts.flatMap((draft) => draft.identityNumber ?? []),
      (chunk) => em.find(Person, { identityNumber: { $in: chunk } }),
    );
    for (const person of found) existing.set(person.identityNumber, person);
  },

  async write(draft, row, context) {
    const region = regionOf(row, context.lookup, draft.regionCode);
    const { identityNumber, name, sex, birthDate } = draft;
    if (!identityNumber || !sex || !birthDate || row.failed('identityNumber')) return null;
    if (!firstUse(context, row, identityNumber, 'identityNumber', 'identity number')) return null;
    if (!name || !region || row.problems.length) return null;
    const existing = context.existing.get(identityNumber) as Person | undefined;
    // An entry merged into another takes no writes, from a spreadsheet either.
    if (existing?.mergedInto) {
      row.fail('identityNumber', 'this entry of the register was merged into another (已合并)');
      return null;
    }
    // An empty cell clears the categories; a file without the column leaves them as they are.
    const categories = draft.categories === undefined ? undefined : (draft.categories ?? []);
    if (existing)
      return assignChanges(existing, { name, regionCode: region.code, categories })
        ? 'updated'
        : 'unchanged';
    context.em.create(Person, {
      identityNumber,
      name,
      sex,
      birthDate,
      regionCode: region.code,
      categories: categories ?? [],
    });
    return 'created';
  },
};
