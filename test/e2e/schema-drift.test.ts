import { DEPARTMENT_SERVICES } from '../../shared/departments.js';
import { WEBHOOK_TABLES } from '../../shared/webhooks/sql.js';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The entities and the frozen migrations must not part ways: everything an entity declares
// (tables, columns, types, keys, uniques, indexes) exists in a database built by the migrations.
// The database may hold more than the entities say — checks, triggers, foreign keys of
// reversals, hand-written indexes, the indicators' tables and triggers, and the legacy key
// namespace of rows written before keys were scoped — so the schema generator's wish to drop those is expected; any other change it wants
// means an entity was changed without a migration. The webhook kit's tables are plain SQL, kept
// by their migration alone.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

/** What the database holds beyond the entities, on purpose. */
const MORE_IN_THE_DATABASE: RegExp[] = [
  /^drop (trigger|function) if exists "access_log/,
  new RegExp(`^drop table if exists "(${WEBHOOK_TABLES.join('|')})" cascade;$`),
  /^drop (trigger|function) if exists "webhook_attempts_/,
  /^drop (trigger|function) if exists "(case_events|referral_events|case_work_events)_/,
  /^drop (trigger|function) if exists "household_membership_events_/,
  // The indicators' outbox and rollups are plain SQL; their triggers are installed from each
  // department's declaration of its sources.
  /^drop table if exists "indicator_(outbox|rollups|members|checkpoints)" cascade;$/,
  /^drop trigger if exists "indicator_facts_\w+" on "\w+";$/,
  /^drop function if exists "\w+_indicator_facts_\w+_fn"\(\);$/,
  /^drop index "\w+";$/,
  /^alter table "\w+" drop constraint "\w+";$/,
  // Rows written before keys were scoped keep the namespace the migration gave them.
  /^alter table "\w+" alter column "key_scope" set default '';$/,
  /^alter table "project_contributions" alter column "indicators" drop default;$/,
];

it.each(DEPARTMENT_SERVICES.map((service) => [service]))(
  'the %s database holds everything its entities declare',
  async (service) => {
    const orm = hub.subgraphs[service]!.database.orm;
    const wanted = (await orm.schema.getUpdateSchemaSQL({ wrap: false }))
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.filter((line) => !MORE_IN_THE_DATABASE.some((rule) => rule.test(line)))).toEqual(
      [],
    );
  },
);
