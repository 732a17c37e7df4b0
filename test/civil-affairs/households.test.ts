import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';
import type { Principal } from '../../shared/context.js';
import { chinaToday } from '../../shared/input/dates.js';
import {
  principal,
  startTestHub,
  writtenRowCount,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// Households of the shared register through the gateway: registering one, a person in two
// households refused, joining, leaving and a new head with their history, retries and conflicts,
// other counties, the analyst's view, paging and a person's household. Every refusal writes
// nothing.

const MULAN = '230127';
const LINZE = '620723';
const as = {
  civil: principal('CIVIL_AFFAIRS', ['CASEWORKER'], MULAN),
  union: principal('TRADE_UNION', ['CASEWORKER'], MULAN),
  analyst: principal('CIVIL_AFFAIRS', ['ANALYST'], MULAN),
  linze: principal('CIVIL_AFFAIRS', ['CASEWORKER'], LINZE),
};

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

/** A GraphQL answer or a row, read by shape. */
type Row = Record<string, any>;
const sql = async (text: string, params: unknown[] = []): Promise<Row[]> =>
  hub.subgraphs['civil-affairs']!.database.orm.em.fork()
    .getConnection()
    .execute<Row[]>(text, params);

async function ok(query: string, variables: Record<string, unknown>, who: Principal) {
  const answer = await hub.query(query, variables, { principal: who });
  expect(answer.errors).toBeUndefined();
  return answer.data as Row;
}

async function refused(query: string, variables: Record<string, unknown>, who: Principal) {
  const before = await writtenRowCount(hub);
  const answer = await hub.query(query, variables, { principal: who });
  expect(answer.data?.[Object.keys(answer.data ?? {})[0] ?? ''] ?? null).toBeNull();
  expect(await writtenRowCount(hub)).toEqual(before);
  return answer.errors![0]!.extensions as Row;
}

/** Mulan people of a village who live in no household, oldest id first. */
async function unhoused(count: number): Promise<Row[]> {
  const rows = await sql(
    `select p.id, p.region_code from people p where p.region_code like '${MULAN}%'
      and length(p.region_code) = 12
      and not exists (select 1 from household_members m where m.person_id = p.id and m.left_on is null)
      order by p.id limit ${count}`,
  );
  expect(rows).toHaveLength(count);
  return rows;
}

const HOUSEHOLD = `id recordedByDepartment size address categories region { code }
  head { id } members { person { id name } relation joinedOn }
  history { kind person { id } relation formerHead { id } effectiveOn byDepartment reason }`;
const register = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { ${HOUSEHOLD} } }`;
const add = `mutation($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) { ${HOUSEHOLD} } }`;
const remove = `mutation($input: RemoveHouseholdMemberInput!) { removeHouseholdMember(input: $input) { ${HOUSEHOLD} } }`;
const changeHead = `mutation($input: ChangeHouseholdHeadInput!) { changeHouseholdHead(input: $input) { ${HOUSEHOLD} } }`;
const lookup = `query($id: ID!) { household(id: $id) { ${HOUSEHOLD} } }`;
const today = chinaToday();

describe('a household from registration to a new head', () => {
  let people: Row[];
  let household: Row;
  const input = () => ({
    headPersonId: people[0]!.id,
    members: [
      { personId: people[1]!.id, relation: 'SPOUSE' },
      { personId: people[2]!.id, relation: 'CHILD' },
    ],
    address: '木兰镇1组8号',
    categories: ['LOW_INCOME'],
    joinedOn: '2024-01-01',
    idempotencyKey: 'households-test-1',
  });

  beforeAll(async () => {
    people = await unhoused(5);
  });

  it('registers a household in the head’s village, with a JOINED event for each member', async () => {
    household = (await ok(register, { input: input() }, as.civil)).registerHousehold;
    expect(household).toMatchObject({
      recordedByDepartment: 'CIVIL_AFFAIRS',
      size: 3,
      address: '木兰镇1组8号',
      categories: ['LOW_INCOME'],
      region: { code: people[0]!.region_code },
      head: { id: people[0]!.id },
    });
    expect(
      household.members.map((m: Row) => [
        m.person.id as string,
        m.relation as string,
        m.joinedOn as string,
      ]),
    ).toEqual([
      [people[0]!.id, 'HEAD', '2024-01-01'],
      [people[1]!.id, 'SPOUSE', '2024-01-01'],
      [people[2]!.id, 'CHILD', '2024-01-01'],
    ]);
    expect(
      household.history.map((e: Row) => [
        e.kind as string,
        e.person.id as string,
        e.relation as string,
      ]),
    ).toEqual([
      ['JOINED', people[0]!.id, 'HEAD'],
      ['JOINED', people[1]!.id, 'SPOUSE'],
      ['JOINED', people[2]!.id, 'CHILD'],
    ]);
    const [row] = await sql('select recorded_by, key_scope from households where id = ?', [
      household.id,
    ]);
    expect(row).toMatchObject({
      recorded_by: as.civil.subject,
      key_scope: `CIVIL_AFFAIRS:${MULAN}`,
    });
  });

  it('returns the same household to a retry, and CONFLICT to another request under the key', async () => {
    const before = await writtenRowCount(hub);
    const again = (await ok(register, { input: input() }, as.civil)).registerHousehold;
    expect(again.id).toBe(household.id);
    expect(await writtenRowCount(hub)).toEqual(before);
    expect(
      await refused(register, { input: { ...input(), address: '木兰镇2组1号' } }, as.civil),
    ).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
  });

  it('refuses a person who already lives in a household, naming the field', async () => {
    const other = {
      headPersonId: people[3]!.id,
      members: [
        { personId: people[4]!.id, relation: 'SIBLING' },
        { personId: people[1]!.id, relation: 'OTHER' },
      ],
      joinedOn: '2024-01-01',
    };
    expect(await refused(register, { input: other }, as.civil)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'members.1.personId',
    });
    expect(
      await refused(
        register,
        { input: { ...other, headPersonId: people[2]!.id, members: [] } },
        as.civil,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'headPersonId' });
    expect(
      await refused(
        add,
        {
          input: {
            householdId: household.id,
            personId: people[1]!.id,
            relation: 'OTHER',
            on: today,
          },
        },
        as.civil,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
  });

  it('refuses a second HEAD', async () => {
    const input = {
      headPersonId: people[3]!.id,
      members: [{ personId: people[4]!.id, relation: 'HEAD' }],
      joinedOn: '2024-01-01',
    };
    expect(await refused(register, { input }, as.civil)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'members.0.relation',
    });
  });

  it('adds a member written by another department, and hands the head on', async () => {
    const added = (
      await ok(
        add,
        {
          input: {
            householdId: household.id,
            personId: people[3]!.id,
            relation: 'PARENT',
            on: today,
            reason: '投靠子女',
          },
        },
        as.union,
      )
    ).addHouseholdMember;
    expect(added.size).toBe(4);
    expect((added.history as Row[]).at(-1)).toMatchObject({
      kind: 'JOINED',
      person: { id: people[3]!.id },
      relation: 'PARENT',
      byDepartment: 'TRADE_UNION',
      reason: '投靠子女',
    });
    expect(
      await refused(
        remove,
        {
          input: { householdId: household.id, personId: people[0]!.id, on: today, reason: '迁出' },
        },
        as.civil,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    const changed = (
      await ok(
        changeHead,
        {
          input: {
            householdId: household.id,
            personId: people[1]!.id,
            on: today,
            reason: '原户主外出',
            formerHeadRelation: 'SPOUSE',
          },
        },
        as.civil,
      )
    ).changeHouseholdHead;
    expect(changed.head.id).toBe(people[1]!.id);
    expect(changed.members[0]).toMatchObject({ person: { id: people[1]!.id }, relation: 'HEAD' });
    expect(changed.history.at(-1)).toMatchObject({
      kind: 'HEAD_CHANGED',
      person: { id: people[1]!.id },
      formerHead: { id: people[0]!.id },
      effectiveOn: today,
      reason: '原户主外出',
    });
    const left = (
      await ok(
        remove,
        {
          input: {
            householdId: household.id,
            personId: people[0]!.id,
            on: today,
            reason: '外出务工',
          },
        },
        as.civil,
      )
    ).removeHouseholdMember;
    expect(left.size).toBe(3);
    expect(left.history.at(-1)).toMatchObject({
      kind: 'LEFT',
      person: { id: people[0]!.id },
      relation: 'SPOUSE',
      reason: '外出务工',
    });
    const who = `query($id: ID!) { person(id: $id) { household { id } } }`;
    expect((await ok(who, { id: people[0]!.id }, as.civil)).person.household).toBeNull();
    expect((await ok(who, { id: people[1]!.id }, as.civil)).person.household.id).toBe(household.id);
  });

  it('keeps the history append-only', async () => {
    await expect(
      sql('update household_membership_events set reason = null where household_id = ?', [
        household.id,
      ]),
    ).rejects.toThrow(/append-only/);
  });

  it('reads as absent in another county, and refuses writes there as NOT_FOUND', async () => {
    expect((await ok(lookup, { id: household.id }, as.linze)).household).toBeNull();
    expect(
      await refused(
        add,
        {
          input: {
            householdId: household.id,
            personId: people[4]!.id,
            relation: 'OTHER',
            on: today,
          },
        },
        as.linze,
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'householdId' });
  });

  it('shows analysts the household de-identified', async () => {
    const seen = (await ok(lookup, { id: household.id }, as.analyst)).household;
    expect(seen.address).toBeNull();
    expect(seen.categories).toEqual([]);
    expect(seen.region.code).toBe(String(household.region.code).slice(0, 9));
    expect(seen.members.every((m: Row) => m.person.name === null && m.joinedOn === null)).toBe(
      true,
    );
    expect(seen.members.map((m: Row) => m.relation as string)).toContain('HEAD');
    expect(seen.history.every((e: Row) => e.reason === null && e.effectiveOn === null)).toBe(true);
  });

  it('keeps categories to civil affairs', async () => {
    const set = `mutation($input: SetHouseholdCategoriesInput!) { setHouseholdCategories(input: $input) { categories } }`;
    const input = { householdId: household.id, categories: ['MINIMUM_LIVING', 'DISABILITY'] };
    expect(await refused(set, { input }, as.union)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok(set, { input }, as.civil)).setHouseholdCategories.categories).toEqual([
      'MINIMUM_LIVING',
      'DISABILITY',
    ]);
  });
});

describe('lists of households', () => {
  const list = `query($filter: HouseholdFilter, $first: Int, $after: String) {
    households(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id head { name } members { person { name } } } } } }`;

  it('pages through the households of a county, each once', async () => {
    const [{ n }] = (await sql(
      `select count(*)::int as n from households where region_code like '${MULAN}%'`,
    )) as [Row];
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Row = (
        await ok(list, { filter: { regionCode: MULAN }, first: 10, after }, as.civil)
      ).households;
      expect(page.totalCount).toBe(n);
      seen.push(...page.edges.map((edge: Row) => edge.node.id as string));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it('reads members in a constant number of statements, whatever the page size', async () => {
    const statements = async (first: number) => {
      const before = hub.sqlCount();
      await ok(list, { filter: { regionCode: MULAN }, first }, as.civil);
      return hub.sqlCount() - before;
    };
    expect(await statements(30)).toBe(await statements(3));
  });

  it('filters by the head’s name for case teams, not for analysts', async () => {
    const [head] = await sql(
      `select p.name, h.id from households h join people p on p.id = h.head_person_id
        where h.region_code like '${MULAN}%' order by h.id limit 1`,
    );
    const found = (await ok(list, { filter: { headName: head!.name } }, as.civil)).households;
    expect(found.edges.map((edge: Row) => edge.node.id as string)).toContain(head!.id);
    expect(
      found.edges.every((edge: Row) =>
        (edge.node.head.name as string).startsWith(head!.name as string),
      ),
    ).toBe(true);
    const answer = await hub.query(
      list,
      { filter: { headName: head!.name } },
      { principal: as.analyst },
    );
    expect(answer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('filters by category for civil affairs and analysts, not for other departments', async () => {
    const filter = { category: 'MINIMUM_LIVING', regionCode: MULAN };
    const [{ n }] = (await sql(
      `select count(*)::int as n from households where region_code like '${MULAN}%' and 'MINIMUM_LIVING' = any(categories)`,
    )) as [Row];
    expect((await ok(list, { filter }, as.civil)).households.totalCount).toBe(n);
    expect((await ok(list, { filter }, as.analyst)).households.totalCount).toBe(n);
    const answer = await hub.query(list, { filter }, { principal: as.union });
    expect(answer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('the demo households', () => {
  it('gives every assisted person a household they head, Ceheng’s 743 among them', async () => {
    const [row] = await sql(`select
      (select count(distinct t.person_id) from temporary_assistance t
         where not exists (select 1 from households h where h.head_person_id = t.person_id))::int as unheaded,
      (select count(*) from households where region_code like '522327%')::int as ceheng`);
    expect(row).toEqual({ unheaded: 0, ceheng: 743 });
  });
});

describe('docs/households.md', () => {
  it('shows operations that the graph accepts', async () => {
    const sdl = await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
    const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
    const doc = await readFile(new URL('../../docs/households.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) expect(validate(schema, parse(block))).toEqual([]);
  });
});
