import { plannedForOne, SUBTREE_BATCH, subtreeBatch } from '../../shared/subtree.js';

// A batch of one region is handed to the planner as constants; a larger batch stays as it is.

const SQL = `SELECT p.code, count(*) FROM ${SUBTREE_BATCH} JOIN t ON t.code ~>=~ p.prefix WHERE t.day >= ?::date GROUP BY p.code`;

it('spells a batch of one region as constants, keeping the other parameters in place', () => {
  const planned = plannedForOne(SQL, [subtreeBatch(['330000']), '2024-01-01']);
  expect(planned.sql).toBe(
    `SELECT p.code, count(*) FROM (VALUES (?::text, ?::text)) AS p(code, prefix) JOIN t ON t.code ~>=~ p.prefix WHERE t.day >= ?::date GROUP BY p.code`,
  );
  expect(planned.params).toEqual(['330000', '33', '2024-01-01']);
});

it('finds the batch after earlier parameters, and in every place it is used', () => {
  const twice = `SELECT ?::int, p.code FROM ${SUBTREE_BATCH} UNION ALL SELECT ?::int, p.code FROM ${SUBTREE_BATCH}`;
  const planned = plannedForOne(twice, [1, subtreeBatch(['230127']), 2, subtreeBatch(['620723'])]);
  expect(planned.params).toEqual([1, '230127', '230127', 2, '620723', '620723']);
  expect(planned.sql.match(/VALUES/g)).toHaveLength(2);
});

it('leaves a batch of several regions to jsonb_to_recordset', () => {
  const params = [subtreeBatch(['230127', '620723']), null];
  expect(plannedForOne(SQL, params)).toEqual({ sql: SQL, params });
});
