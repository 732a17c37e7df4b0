import { Migration } from '@mikro-orm/migrations';

/** The Youth League schema: volunteer teams and hours, youth programmes, money, access log. */
export class Migration20261122040000Initial extends Migration {
  override up(): void {
    this.addSql(`
create table "volunteer_teams" ("id" uuid not null, "name" varchar(200) not null, "region_code" varchar(12) not null, "station_id" uuid null, "founded_on" date not null, primary key ("id"));
create index "volunteer_teams_region_code_index" on "volunteer_teams" ("region_code" text_pattern_ops);
create index "volunteer_teams_station_id_index" on "volunteer_teams" ("station_id");
alter table "volunteer_teams" add constraint "volunteer_teams_region_code_name_unique" unique ("region_code", "name");
create table "volunteers" ("id" uuid not null, "team_id" uuid not null, "name" varchar(100) not null, "person_id" uuid null, "region_code" varchar(12) not null, "joined_on" date not null, primary key ("id"));
create index "volunteers_team_id_index" on "volunteers" ("team_id");
alter table "volunteers" add constraint "volunteers_person_id_unique" unique ("person_id");
create index "volunteers_region_code_index" on "volunteers" ("region_code" text_pattern_ops);
create table "volunteer_services" ("id" uuid not null, "volunteer_id" uuid not null, "region_code" varchar(12) not null, "served_on" date not null, "duration_minutes" int not null check ("duration_minutes" between 0 and 1440), "activity" varchar(200) not null, "idempotency_key" varchar(100) null, primary key ("id"));
create index "volunteer_services_volunteer_id_index" on "volunteer_services" ("volunteer_id");
create index "volunteer_services_region_code_index" on "volunteer_services" ("region_code" text_pattern_ops);
alter table "volunteer_services" add constraint "volunteer_services_idempotency_key_unique" unique ("idempotency_key");
create table "youth_programmes" ("id" uuid not null, "name" varchar(200) not null, "kind" text not null, "region_code" varchar(12) not null, "station_id" uuid null, "starts_on" date not null, "ends_on" date not null, primary key ("id"), check ("ends_on" >= "starts_on"));
create index "youth_programmes_region_code_index" on "youth_programmes" ("region_code" text_pattern_ops);
create index "youth_programmes_station_id_index" on "youth_programmes" ("station_id");
alter table "youth_programmes" add constraint "youth_programmes_kind_check" check ("kind" in ('CONFIDENCE_GROUP', 'LEFT_BEHIND_CHILDREN_CARE', 'STUDY_SUPPORT', 'SUMMER_CAMP'));
create table "programme_enrolments" ("id" uuid not null, "programme_id" uuid not null, "person_id" uuid not null, "person_region_code" varchar(12) not null, "enrolled_on" date not null, primary key ("id"));
create index "programme_enrolments_person_id_index" on "programme_enrolments" ("person_id");
create index "programme_enrolments_person_region_code_index" on "programme_enrolments" ("person_region_code" text_pattern_ops);
alter table "programme_enrolments" add constraint "programme_enrolments_programme_id_person_id_unique" unique ("programme_id", "person_id");
alter table "volunteers" add constraint "volunteers_team_id_foreign" foreign key ("team_id") references "volunteer_teams" ("id");
alter table "volunteer_services" add constraint "volunteer_services_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteers" ("id");
alter table "programme_enrolments" add constraint "programme_enrolments_programme_id_foreign" foreign key ("programme_id") references "youth_programmes" ("id");

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
      `drop table if exists "programme_enrolments", "youth_programmes", "volunteer_services", "volunteers", "volunteer_teams", "project_contributions"; drop table if exists "access_log"; drop function if exists "access_log_is_append_only"();`,
    );
  }
}
