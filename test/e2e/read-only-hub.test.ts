import { readOnlyHub, type ReadOnlyHub } from '../support/hub.js';

// The hub that read-only test files share refuses writes in its databases, so that no file can
// change the demo world the next one reads; what it answers is the demo world.

let hub: ReadOnlyHub;
beforeAll(async () => {
  hub = await readOnlyHub();
});

it('refuses an update, an insert and a delete in every department, naming the table', async () => {
  for (const service of Object.keys(hub.subgraphUrls)) {
    const [table] = await hub.sql<{ name: string; column: string }>(
      service,
      `select t.table_name as name, min(c.column_name) as column
         from information_schema.tables t
         join information_schema.columns c using (table_schema, table_name)
        where t.table_schema = 'public' and t.table_type = 'BASE TABLE' and t.table_name <> 'access_log'
        group by 1 order by 1 limit 1`,
    );
    const { name, column } = table!;
    const before = await hub.rowCount(service, name);
    for (const statement of [
      `update "${name}" set "${column}" = "${column}" where false`,
      `insert into "${name}" select * from "${name}" where false`,
      `delete from "${name}" where false`,
    ]) {
      await expect(hub.sql(service, statement)).rejects.toThrow(
        new RegExp(`read-only test hub: \\w+ on ${name} refused`),
      );
    }
    expect(await hub.rowCount(service, name)).toBe(before);
  }
});

it('answers from the demo world', async () => {
  const { data, errors } = await hub.query('{ region(code: "620723") { name } }');
  expect(errors).toBeUndefined();
  expect(data!.region).toEqual({ name: '临泽县' });
});
