import { identityNumberCheckCharacter } from '../../shared/validators/identity-number.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// Possible duplicate registrations: the same person entered twice, once with a mistyped number,
// is found in the register of the division; a namesake born elsewhere is not; other regions and
// roles outside case work see nothing.

const MULAN = '230127';
const caseworker = principal('CIVIL_AFFAIRS', ['CASEWORKER'], MULAN);
const numberOf = (birth: string, sequence: string) => {
  const first17 = `${MULAN}${birth}${sequence}`;
  return `${first17}${identityNumberCheckCharacter(first17)}`;
};

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

const register = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`;
const duplicates = `query($code: String!) { duplicatePeople(regionCode: $code) { reasons people { id name } } }`;

it('finds an entry registered twice, and not a namesake born elsewhere', async () => {
  const [village] = await hub.subgraphs['civil-affairs']!.database.orm.em.fork()
    .getConnection()
    .execute<Array<{ code: string }>>(
      `select code from regions where code like '${MULAN}%' and level = 'VILLAGE' order by code limit 1`,
    );
  const person = (identityNumber: string) => ({
    input: { identityNumber, name: '重复测试人', regionCode: village!.code, categories: [] },
  });
  const ids: string[] = [];
  for (const number of [
    numberOf('19610203', '123'),
    numberOf('19610203', '128'),
    numberOf('19750911', '456'),
  ]) {
    const { data, errors } = await hub.query(register, person(number), { principal: caseworker });
    expect(errors).toBeUndefined();
    ids.push(data!.registerPerson.id as string);
  }
  const { data, errors } = await hub.query(duplicates, { code: MULAN }, { principal: caseworker });
  expect(errors).toBeUndefined();
  const ours = (
    data!.duplicatePeople as Array<{ reasons: string[]; people: Array<{ id: string }> }>
  ).filter((pair) => pair.people.some((p) => ids.includes(p.id)));
  expect(ours).toEqual([
    {
      reasons: ['SAME_NAME_BIRTH_DATE_VILLAGE', 'NEAR_IDENTITY_NUMBER'],
      people: [
        { id: ids[0], name: '重复测试人' },
        { id: ids[1], name: '重复测试人' },
      ],
    },
  ]);
});

it('answers only case teams, and only for their own region', async () => {
  const linze = await hub.query(
    duplicates,
    { code: MULAN },
    { principal: principal('CIVIL_AFFAIRS', ['CASEWORKER'], '620723') },
  );
  expect(linze.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const analyst = await hub.query(
    duplicates,
    { code: MULAN },
    { principal: principal('CIVIL_AFFAIRS', ['ANALYST'], MULAN) },
  );
  expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const bad = await hub.query(duplicates, { code: '230127X' }, { principal: caseworker });
  expect(bad.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'regionCode',
  });
  const tooMany = await hub.query(
    `query { duplicatePeople(regionCode: "${MULAN}", first: 500) { reasons } }`,
    {},
    { principal: caseworker },
  );
  expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
});
