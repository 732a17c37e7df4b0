import { K_ANONYMITY } from '../../subgraphs/civil-affairs/de-identification.js';
import { principal, readOnlyHub, type ReadOnlyHub } from '../support/hub.js';

// The analyst's list of people is k-anonymous: every combination of the quasi-identifiers it
// returns (sex, age band, region) is shared by at least k people of the list, through the
// gateway, for two real counties of the demo world and for narrowed lists.

let hub: ReadOnlyHub;
beforeAll(async () => {
  hub = await readOnlyHub();
});

interface AnalystRow {
  name: string | null;
  identityNumber: string | null;
  birthDate: string | null;
  age: number | null;
  sex: string | null;
  ageBand: string | null;
  region: { code: string } | null;
}

const PAGE = `query($after: String, $filter: PersonFilter) {
  people(first: 500, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { name identityNumber birthDate age sex ageBand region { code } } }
  }
}`;

/** Every row of the analyst list, all pages. */
async function analystList(
  regionCode: string,
  filter: Record<string, unknown> | null = null,
): Promise<AnalystRow[]> {
  const analyst = principal('CIVIL_AFFAIRS', ['ANALYST'], regionCode);
  const rows: AnalystRow[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors } = await hub.query(
      PAGE,
      { after, filter },
      { principal: analyst, purpose: 'study' },
    );
    expect(errors).toBeUndefined();
    const page = data!.people as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: AnalystRow }>;
    };
    rows.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) {
      expect(rows.length).toBe(page.totalCount);
      return rows;
    }
    after = page.pageInfo.endCursor;
  }
}

/** Sizes of the groups of released rows, by combination; and the number of suppressed rows. */
function groups(rows: AnalystRow[]) {
  const sizes = new Map<string, number>();
  let suppressed = 0;
  for (const row of rows) {
    const parts = [row.sex, row.ageBand, row.region?.code ?? null];
    if (parts.every((part) => part === null)) {
      suppressed += 1;
      continue;
    }
    // Suppression is whole: a row never shows some quasi-identifiers and hides others.
    expect(parts).not.toContain(null);
    const key = parts.join('|');
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return { sizes, suppressed };
}

function expectKAnonymous(rows: AnalystRow[]) {
  for (const row of rows) {
    expect(row).toMatchObject({ name: null, identityNumber: null, birthDate: null, age: null });
    // Never a village: a township (9 digits) or a county (6).
    if (row.region) expect([6, 9]).toContain(row.region.code.length);
  }
  const { sizes, suppressed } = groups(rows);
  const rare = [...sizes].filter(([, size]) => size < K_ANONYMITY);
  expect(rare).toEqual([]);
  return { released: rows.length - suppressed, suppressed, combinations: sizes.size };
}

it('states k = 5', () => {
  expect(K_ANONYMITY).toBe(5);
});

it.each([
  ['Mulan', '230127'],
  ['Linze', '620723'],
])(
  "gives %s's analyst no combination of sex, age band and region shared by fewer than k people",
  async (_county, code) => {
    const rows = await analystList(code);
    expect(rows.length).toBeGreaterThan(100);
    const { released, suppressed } = expectKAnonymous(rows);
    // Generalising before suppressing keeps most people in the view.
    expect(released).toBeGreaterThan(suppressed);
  },
  120_000,
);

it('holds for a list narrowed by region and by category, counted over the narrowed list', async () => {
  const province = await analystList('230000', { regionCode: '230127' });
  expectKAnonymous(province);
  const [township] = (await analystList('230127'))
    .map((row) => row.region?.code)
    .filter((code): code is string => code?.length === 9);
  expectKAnonymous(await analystList('230127', { regionCode: township }));
  expectKAnonymous(await analystList('620723', { category: 'MINIMUM_LIVING' }));
}, 120_000);

it('gives an analyst no more of one person than the list does', async () => {
  const [row] = await hub
    .query('query { people(first: 1, filter: { regionCode: "230127" }) { edges { node { id } } } }')
    .then(({ data }) => data!.people.edges as Array<{ node: { id: string } }>);
  const { data } = await hub.query(
    'query($id: ID!) { person(id: $id) { name identityNumber birthDate age region { code } } }',
    { id: row!.node.id },
    { principal: principal('YOUTH_LEAGUE', ['ANALYST'], '230127'), purpose: 'study' },
  );
  expect(data!.person).toMatchObject({
    name: null,
    identityNumber: null,
    birthDate: null,
    age: null,
  });
  const region = (data!.person as { region: { code: string } | null }).region;
  if (region) expect(region.code.length).toBeLessThan(12);
});
