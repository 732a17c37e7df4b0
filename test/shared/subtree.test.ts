import {
  inSubtree,
  RowsByCode,
  type Sql,
  sql,
  subtreeAggregate,
  subtreesOf,
} from '../../shared/subtree.js';

// An aggregate over a batch of subtrees is written once; a batch of one region is handed to the
// planner as constants, a larger batch as one jsonb parameter.

const countSince = (day: string) => (batch: Sql) =>
  sql`SELECT p.code, count(*) FROM ${batch} JOIN t ON ${inSubtree('t.code')} WHERE t.day >= ${day}::date GROUP BY p.code`;

it('parses each code of a batch once into its subtree prefix', () => {
  expect(subtreesOf(['330000', '330100', '230127', 'nonsense'])).toEqual([
    { code: '330000', prefix: '33' },
    { code: '330100', prefix: '3301' },
    { code: '230127', prefix: '230127' },
    { code: 'nonsense', prefix: 'nonsense' },
  ]);
});

it('spells a batch of one region as constants, keeping the other parameters in place', () => {
  const query = subtreeAggregate(subtreesOf(['330000']), countSince('2024-01-01'));
  expect(query.text).toBe(
    `SELECT p.code, count(*) FROM (VALUES (?::text, ?::text)) AS p(code, prefix) JOIN t ON t.code ~>=~ p.prefix AND t.code ~<~ (p.prefix || ':') WHERE t.day >= ?::date GROUP BY p.code`,
  );
  expect(query.params).toEqual(['330000', '33', '2024-01-01']);
});

it('hands a batch of several regions to jsonb_to_recordset as one parameter', () => {
  const query = subtreeAggregate(subtreesOf(['230127', '620000']), countSince('2024-01-01'));
  expect(query.text).toBe(
    `SELECT p.code, count(*) FROM jsonb_to_recordset(?::jsonb) AS p(code text, prefix text) JOIN t ON t.code ~>=~ p.prefix AND t.code ~<~ (p.prefix || ':') WHERE t.day >= ?::date GROUP BY p.code`,
  );
  expect(query.params).toEqual([
    '[{"code":"230127","prefix":"230127"},{"code":"620000","prefix":"62"}]',
    '2024-01-01',
  ]);
});

it('places parameters in the order of their placeholders, wherever the batch stands', () => {
  const query = subtreeAggregate(
    subtreesOf(['230127']),
    (batch) => sql`SELECT ${1}::int, p.code FROM ${batch} WHERE ${null}::date IS NULL`,
  );
  expect(query.text).toBe(
    'SELECT ?::int, p.code FROM (VALUES (?::text, ?::text)) AS p(code, prefix) WHERE ?::date IS NULL',
  );
  expect(query.params).toEqual([1, '230127', '230127', null]);
});

it('answers rows by their code', () => {
  const rows = new RowsByCode([
    { code: '230127', level: 'TOWNSHIP_STATION', count: 3 },
    { code: '620723', level: 'TOWNSHIP_STATION', count: 1 },
    { code: '230127', level: 'VILLAGE_STATION', count: 7 },
  ]);
  expect(rows.of('620723')).toEqual({ code: '620723', level: 'TOWNSHIP_STATION', count: 1 });
  expect(rows.allOf('230127').map((row) => row.count)).toEqual([3, 7]);
  expect(rows.of('330000')).toBeUndefined();
  expect(rows.allOf('330000')).toEqual([]);
});

it('takes a look-alike of a piece of SQL as a parameter, not as text', () => {
  const forged = { text: 'DROP TABLE regions', params: [] };
  expect(sql`SELECT ${forged}`).toEqual({ text: 'SELECT ?', params: [forged] });
});
