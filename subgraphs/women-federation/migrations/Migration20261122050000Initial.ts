import { Migration } from '@mikro-orm/migrations';

/** The women's federation schema: children's homes, cases, family services, money, access log. */
export class Migration20261122050000Initial extends Migration {
  override up(): void {
    this.addSql(`
create table "children_homes" ("id" uuid not null, "name" varchar(200) not null, "village_code" varchar(12) not null check (length("village_code") = 12), "station_id" uuid null, "opened_on" date not null, "status" text not null, primary key ("id"));
create index "children_homes_village_code_index" on "children_homes" ("village_code" text_pattern_ops);
create index "children_homes_station_id_index" on "children_homes" ("station_id");
alter table "children_homes" add constraint "children_homes_village_code_name_unique" unique ("village_code", "name");
alter table "children_homes" add constraint "children_homes_status_check" check ("status" in ('OPERATING', 'CLOSED'));
create table "family_services" ("id" uuid not null, "station_id" uuid null, "region_code" varchar(12) not null, "kind" text not null, "served_on" date not null, "households" int not null check ("households" >= 0), "person_times" int not null check ("person_times" >= 0), "idempotency_key" varchar(100) null, primary key ("id"));
create index "family_services_station_id_index" on "family_services" ("station_id");
create index "family_services_region_code_index" on "family_services" ("region_code" text_pattern_ops);
alter table "family_services" add constraint "family_services_idempotency_key_unique" unique ("idempotency_key");
alter table "family_services" add constraint "family_services_kind_check" check ("kind" in ('PARENTING_CLASS', 'FAMILY_EDUCATION', 'MEDIATION', 'HOME_VISIT'));
create table "women_child_cases" ("id" uuid not null, "person_id" uuid not null, "person_region_code" varchar(12) not null, "kind" text not null, "status" text not null, "opened_on" date not null, "closed_on" date null, "summary" text not null, "reference" varchar(100) not null, primary key ("id"), check ("closed_on" is null or "closed_on" >= "opened_on"));
create index "women_child_cases_person_id_index" on "women_child_cases" ("person_id");
create index "women_child_cases_person_region_code_index" on "women_child_cases" ("person_region_code" text_pattern_ops);
alter table "women_child_cases" add constraint "women_child_cases_reference_unique" unique ("reference");
alter table "women_child_cases" add constraint "women_child_cases_kind_check" check ("kind" in ('DOMESTIC_VIOLENCE', 'CHILD_PROTECTION', 'WOMAN_IN_DIFFICULTY', 'FAMILY_CONFLICT'));
alter table "women_child_cases" add constraint "women_child_cases_status_check" check ("status" in ('OPEN', 'CLOSED'));

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
      `drop table if exists "children_homes", "family_services", "women_child_cases", "project_contributions"; drop table if exists "access_log"; drop function if exists "access_log_is_append_only"();`,
    );
  }
}
