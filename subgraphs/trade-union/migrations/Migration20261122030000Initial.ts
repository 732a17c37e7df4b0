import { Migration } from '@mikro-orm/migrations';

/** The trade-union schema: worker files, service points, assistance, money, access log. */
export class Migration20261122030000Initial extends Migration {
  override up(): void {
    this.addSql(`
create table "worker_files" ("id" uuid not null, "person_id" uuid not null, "person_region_code" varchar(12) not null, "employer" varchar(200) not null check (char_length(btrim("employer")) > 0), "reason" text not null, "level" text not null, "status" text not null, "opened_on" date not null, "closed_on" date null, "household_income_per_capita_fen" bigint not null check ("household_income_per_capita_fen" >= 0), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"), check ("closed_on" is null or "closed_on" > "opened_on"), check (("status" = 'CLOSED') = ("closed_on" is not null)));
alter table "worker_files" add constraint "worker_files_person_id_unique" unique ("person_id");
create index "worker_files_person_region_code_index" on "worker_files" ("person_region_code" text_pattern_ops);
alter table "worker_files" add constraint "worker_files_reason_check" check ("reason" in ('ILLNESS', 'DISABILITY', 'UNEMPLOYMENT', 'LOW_WAGE', 'ACCIDENT', 'FAMILY_HARDSHIP'));
alter table "worker_files" add constraint "worker_files_level_check" check ("level" in ('ORDINARY', 'DEEP'));
alter table "worker_files" add constraint "worker_files_status_check" check ("status" in ('OPEN', 'CLOSED'));

create table "union_service_points" ("id" uuid not null, "name" varchar(200) not null, "kind" text not null, "region_code" varchar(12) not null, "station_id" uuid null, "opened_on" date not null, "created_at" timestamptz not null default now(), primary key ("id"));
create index "union_service_points_station_id_index" on "union_service_points" ("station_id");
create index "union_service_points_region_code_index" on "union_service_points" ("region_code" text_pattern_ops);
alter table "union_service_points" add constraint "union_service_points_region_code_name_unique" unique ("region_code", "name");
alter table "union_service_points" add constraint "union_service_points_kind_check" check ("kind" in ('WORKERS_HOME', 'SERVICE_STATION', 'CARE_POST'));

create table "union_assistance" ("id" uuid not null, "person_id" uuid not null, "person_region_code" varchar(12) not null, "kind" text not null, "amount_fen" bigint not null check ("amount_fen" > 0), "granted_on" date not null, "reference" varchar(100) not null, "created_at" timestamptz not null default now(), primary key ("id"));
create index "union_assistance_person_id_index" on "union_assistance" ("person_id");
alter table "union_assistance" add constraint "union_assistance_reference_unique" unique ("reference");
create index "union_assistance_person_region_code_granted_on_index" on "union_assistance" ("person_region_code" text_pattern_ops, "granted_on");
alter table "union_assistance" add constraint "union_assistance_kind_check" check ("kind" in ('LIVING', 'MEDICAL', 'EDUCATION'));

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
      `drop table if exists "worker_files", "union_service_points", "union_assistance", "project_contributions"; drop table if exists "access_log"; drop function if exists "access_log_is_append_only"();`,
    );
  }
}
