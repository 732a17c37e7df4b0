import { Migration } from '@mikro-orm/migrations';

/** The charity schema: funds, donations, grants, volunteers, access log. */
export class Migration20261122060000Initial extends Migration {
  override up(): void {
    this.addSql(`
create table "charity_funds" ("id" uuid not null, "name" varchar(200) not null, "kind" text not null, "region_code" varchar(12) not null, "established_on" date not null, primary key ("id"));
create index "charity_funds_region_code_index" on "charity_funds" ("region_code" text_pattern_ops);
alter table "charity_funds" add constraint "charity_funds_region_code_name_unique" unique ("region_code", "name");
alter table "charity_funds" add constraint "charity_funds_kind_check" check ("kind" in ('COMMUNITY_GOVERNANCE', 'CHARITY_ASSOCIATION', 'WELFARE_LOTTERY'));
create table "charity_grants" ("id" uuid not null, "fund_id" uuid not null, "recipient_kind" text not null, "project_id" uuid null, "community_code" varchar(12) null, "person_id" uuid null, "recipient_region_code" varchar(12) not null, "amount_fen" bigint not null check ("amount_fen" > 0), "granted_on" date not null, "purpose" varchar(500) not null, "reference" varchar(100) not null, primary key ("id"),
  check (("recipient_kind" = 'PROJECT') = ("project_id" is not null) and ("recipient_kind" = 'COMMUNITY') = ("community_code" is not null) and ("recipient_kind" = 'PERSON') = ("person_id" is not null)));
create index "charity_grants_fund_id_index" on "charity_grants" ("fund_id");
create index "charity_grants_project_id_index" on "charity_grants" ("project_id");
create index "charity_grants_person_id_index" on "charity_grants" ("person_id");
create index "charity_grants_recipient_region_code_index" on "charity_grants" ("recipient_region_code" text_pattern_ops);
alter table "charity_grants" add constraint "charity_grants_reference_unique" unique ("reference");
alter table "charity_grants" add constraint "charity_grants_recipient_kind_check" check ("recipient_kind" in ('PROJECT', 'COMMUNITY', 'PERSON'));
create table "charity_volunteers" ("id" uuid not null, "name" varchar(100) not null, "region_code" varchar(12) not null, "station_id" uuid null, "joined_on" date not null, primary key ("id"));
create index "charity_volunteers_region_code_index" on "charity_volunteers" ("region_code" text_pattern_ops);
create index "charity_volunteers_station_id_index" on "charity_volunteers" ("station_id");
create table "donations" ("id" uuid not null, "fund_id" uuid not null, "donor" varchar(200) not null, "anonymous" boolean not null, "amount_fen" bigint not null check ("amount_fen" > 0), "received_on" date not null, "reference" varchar(100) not null, primary key ("id"));
create index "donations_fund_id_index" on "donations" ("fund_id");
alter table "donations" add constraint "donations_reference_unique" unique ("reference");
alter table "charity_grants" add constraint "charity_grants_fund_id_foreign" foreign key ("fund_id") references "charity_funds" ("id");
alter table "donations" add constraint "donations_fund_id_foreign" foreign key ("fund_id") references "charity_funds" ("id");

create table "access_log" ("id" uuid not null, "at" timestamptz not null default now(), "subject" varchar(200) not null, "department" varchar(40) not null, "roles" text[] not null, "person_id" uuid not null, "person_region_code" varchar(12) not null, "fields" text[] not null, "purpose" varchar(500) not null, "request_id" varchar(100) not null, primary key ("id"));
create index "access_log_person_id_index" on "access_log" ("person_id");
create index "access_log_person_region_code_at_index" on "access_log" ("person_region_code" text_pattern_ops, "at");
revoke update, delete, truncate on "access_log" from public;
create function "access_log_is_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'access_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger "access_log_no_update_or_delete" before update or delete on "access_log"
  for each row execute function "access_log_is_append_only"();
create trigger "access_log_no_truncate" before truncate on "access_log"
  for each statement execute function "access_log_is_append_only"();

`);
  }

  override down(): void {
    this.addSql(
      `drop table if exists "charity_grants", "donations", "charity_volunteers", "charity_funds"; drop table if exists "access_log"; drop function if exists "access_log_is_append_only"();`,
    );
  }
}
