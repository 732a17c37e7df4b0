import { Migration } from '@mikro-orm/migrations';

/**
 * The benefit ledger's read model: every department's help to a person, as the consumer applied
 * it from the departments' outboxes (one row per department record, the latest snapshot), and
 * how far into each department's outbox it has applied.
 */
export class Migration20261202040000BenefitLedger extends Migration {
  override up(): void {
    this.addSql(`
create table "benefits" ("department" varchar(40) not null, "record_id" uuid not null, "programme" varchar(40) not null, "kind" varchar(10) not null, "person_id" uuid null, "household_id" uuid null, "region_code" varchar(12) not null, "amount_fen" bigint null, "quantity" int null, "unit" varchar(10) null, "given_on" date not null, "reference" varchar(100) null, "reversed" boolean not null default false, "source_seq" bigint not null, "applied_at" timestamptz not null default now(), primary key ("department", "record_id"));
create index "benefits_person_id_given_on_index" on "benefits" ("person_id", "given_on");
create index "benefits_region_code_given_on_index" on "benefits" ("region_code" text_pattern_ops, "given_on");
create table "ledger_checkpoints" ("department" varchar(40) not null, "seq" bigint not null default 0, "pending_since" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("department"));
`);
  }

  override down(): void {
    this.addSql(`drop table if exists "ledger_checkpoints"; drop table if exists "benefits";`);
  }
}
