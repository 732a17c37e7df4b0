import { Migration } from '@mikro-orm/migrations';

/**
 * The indicators' read model: sums per measure, grouping, division, month, reporting department
 * and dimension values (`indicator_rollups`), the people behind DISTINCT measures
 * (`indicator_members`), and how far each department's outbox has been applied.
 */
export class Migration20261205010000IndicatorRollups extends Migration {
  override up(): void {
    this.addSql(`
create table "indicator_rollups" ("measure" varchar(60) not null, "grouping" varchar(40) not null, "region_code" varchar(12) not null, "month" date not null, "department" varchar(40) not null, "dims" jsonb not null, "value" numeric not null, "facts" bigint not null, primary key ("measure", "grouping", "region_code", "month", "department", "dims"));
create table "indicator_members" ("measure" varchar(60) not null, "grouping" varchar(40) not null, "region_code" varchar(12) not null, "month" date not null, "department" varchar(40) not null, "dims" jsonb not null, "member" varchar(64) not null, "refs" int not null, primary key ("measure", "grouping", "region_code", "month", "department", "dims", "member"));
create table "indicator_checkpoints" ("department" varchar(40) not null, "seq" bigint not null default 0, "updated_at" timestamptz not null default now(), primary key ("department"));
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "indicator_checkpoints"; drop table if exists "indicator_members"; drop table if exists "indicator_rollups";
`);
  }
}
