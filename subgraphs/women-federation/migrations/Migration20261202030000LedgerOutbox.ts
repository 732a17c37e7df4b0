import { Migration } from '@mikro-orm/migrations';

/**
 * The benefit ledger's outbox (`ledger_outbox`), the same in every department's database: a
 * snapshot of each benefit record, written in the transaction of the record, read in `seq` order
 * by the ledger's consumer, never updated or deleted.
 */
export class Migration20261202030000LedgerOutbox extends Migration {
  override up(): void {
    this.addSql(`
create table "ledger_outbox" ("seq" bigserial primary key, "record_id" uuid not null, "programme" varchar(40) not null, "snapshot" jsonb not null, "created_at" timestamptz not null default now());
create index "ledger_outbox_record_id_index" on "ledger_outbox" ("record_id");
revoke update on "ledger_outbox" from public;
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "ledger_outbox";
`);
  }
}
