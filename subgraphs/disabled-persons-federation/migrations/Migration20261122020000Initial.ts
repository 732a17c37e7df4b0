import { Migration } from '@mikro-orm/migrations';

/** The disabled persons' federation schema: certificates, rehabilitation, devices, money, access log. */
export class Migration20261122020000Initial extends Migration {
  override up(): void {
    this.addSql(`
create table "certificates" ("id" uuid not null, "person_id" uuid not null, "person_region_code" varchar(12) not null, "number" varchar(20) not null, "category" text not null, "grade" smallint not null check ("grade" between 1 and 4), "issued_on" date not null, "expires_on" date not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"), check ("expires_on" > "issued_on"));
alter table "certificates" add constraint "certificates_person_id_unique" unique ("person_id");
alter table "certificates" add constraint "certificates_number_unique" unique ("number");
create index "certificates_person_region_code_index" on "certificates" ("person_region_code" text_pattern_ops);
alter table "certificates" add constraint "certificates_category_check" check ("category" in ('VISION', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE'));

create table "rehabilitation_services" ("id" uuid not null, "person_id" uuid not null, "person_region_code" varchar(12) not null, "station_id" uuid null, "kind" text not null, "served_on" date not null, "duration_minutes" int not null check ("duration_minutes" >= 0), "idempotency_key" varchar(100) null, "created_at" timestamptz not null default now(), primary key ("id"));
create index "rehabilitation_services_person_id_index" on "rehabilitation_services" ("person_id");
create index "rehabilitation_services_station_id_index" on "rehabilitation_services" ("station_id");
alter table "rehabilitation_services" add constraint "rehabilitation_services_idempotency_key_unique" unique ("idempotency_key");
create index "rehabilitation_services_person_region_code_served_on_index" on "rehabilitation_services" ("person_region_code" text_pattern_ops, "served_on");
alter table "rehabilitation_services" add constraint "rehabilitation_services_kind_check" check ("kind" in ('ASSESSMENT', 'THERAPY', 'TRAINING', 'HOME_REHABILITATION'));

create table "assistive_device_grants" ("id" uuid not null, "person_id" uuid not null, "person_region_code" varchar(12) not null, "device" varchar(100) not null, "value_fen" bigint not null check ("value_fen" > 0), "granted_on" date not null, "reference" varchar(100) not null, "created_at" timestamptz not null default now(), primary key ("id"));
create index "assistive_device_grants_person_id_index" on "assistive_device_grants" ("person_id");
alter table "assistive_device_grants" add constraint "assistive_device_grants_reference_unique" unique ("reference");
create index "assistive_device_grants_person_region_code_granted_on_index" on "assistive_device_grants" ("person_region_code" text_pattern_ops, "granted_on");

create table "project_contributions" ("id" uuid not null, "project_id" uuid not null, "project_region_code" varchar(12) not null, "amount_fen" bigint not null check ("amount_fen" > 0), "fund_source" text not null, "reference" varchar(100) not null, "contributed_on" date not null, "indicators" jsonb not null default '[]', "created_at" timestamptz not null default now(), primary key ("id"));
alter table "project_contributions" add constraint "project_contributions_reference_unique" unique ("reference");
create index "project_contributions_project_id_index" on "project_contributions" ("project_id");
create index "project_contributions_project_region_code_index" on "project_contributions" ("project_region_code" text_pattern_ops);
alter table "project_contributions" add constraint "project_contributions_fund_source_check" check ("fund_source" in ('GOVERNMENT_BUDGET', 'UNION_FUNDS', 'LEAGUE_FUNDS', 'WOMEN_FEDERATION_FUNDS', 'DISABILITY_EMPLOYMENT_SECURITY_FUND', 'WELFARE_LOTTERY', 'CHARITY_DONATIONS', 'COMMUNITY_FUND'));


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
      `drop table if exists "certificates", "rehabilitation_services", "assistive_device_grants", "project_contributions"; drop table if exists "access_log"; drop function if exists "access_log_is_append_only"();`,
    );
  }
}
