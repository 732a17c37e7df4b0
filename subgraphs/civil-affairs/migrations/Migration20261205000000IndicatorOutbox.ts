import { Migration } from '@mikro-orm/migrations';

/**
 * The indicators' outbox (`indicator_outbox`), the same in every department's database: the fact
 * of each changed record before and after the change, written by the source tables' triggers in
 * the transaction of the change, read in `seq` order by the rollups' consumer, never updated.
 */
export class Migration20261205000000IndicatorOutbox extends Migration {
  override up(): void {
    this.addSql(`
create table "indicator_outbox" ("seq" bigserial primary key, "source" varchar(60) not null, "old_fact" jsonb null, "new_fact" jsonb null, "created_at" timestamptz not null default now());
revoke update on "indicator_outbox" from public;
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "indicator_outbox";
`);
  }
}
