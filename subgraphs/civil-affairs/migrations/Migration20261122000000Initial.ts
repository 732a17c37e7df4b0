import { Migration } from '@mikro-orm/migrations';

/** The civil-affairs schema: division tree, stations, agencies, workers, people, projects, services. */
export class Migration20261122000000Initial extends Migration {
  override up(): void {
    this.addSql(`
create table "regions" ("code" varchar(12) not null, "name" varchar(100) not null, "level" text not null, "parent_code" varchar(12) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("code"));
create index "regions_parent_code_index" on "regions" ("parent_code");
alter table "regions" add constraint "regions_level_check" check ("level" in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'));

create table "people" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(100) not null, "identity_number" varchar(18) not null, "sex" text not null, "birth_date" date not null, "region_code" varchar(12) not null, "categories" text[] not null default '{}', primary key ("id"));
alter table "people" add constraint "people_identity_number_unique" unique ("identity_number");
create index "people_region_code_index" on "people" ("region_code" text_pattern_ops);
alter table "people" add constraint "people_sex_check" check ("sex" in ('MALE', 'FEMALE'));
alter table "people" add constraint "people_categories_check" check ("categories" <@ array['MINIMUM_LIVING'::text, 'EXTREME_POVERTY'::text, 'LOW_INCOME'::text, 'ORPHAN'::text, 'CHILD_IN_DIFFICULTY'::text, 'LEFT_BEHIND_CHILD'::text, 'LEFT_BEHIND_ELDERLY'::text, 'EMPTY_NEST_ELDERLY'::text]);

create table "agencies" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, "credit_code" varchar(18) not null, "region_code" varchar(12) not null, "address" varchar(300) null, primary key ("id"));
alter table "agencies" add constraint "agencies_credit_code_unique" unique ("credit_code");
create index "agencies_region_code_index" on "agencies" ("region_code" text_pattern_ops);

create table "service_projects" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, "lead_department" text not null, "agency_id" uuid null, "region_code" varchar(12) not null, "service_areas" text[] not null, "target_groups" text[] not null, "starts_on" date not null, "ends_on" date not null, "contract_amount_fen" bigint not null, "status" text not null, primary key ("id"));
create index "service_projects_agency_id_index" on "service_projects" ("agency_id");
create index "service_projects_region_code_index" on "service_projects" ("region_code" text_pattern_ops);
alter table "service_projects" add constraint "service_projects_lead_department_check" check ("lead_department" in ('CIVIL_AFFAIRS', 'TRADE_UNION', 'YOUTH_LEAGUE', 'WOMEN_FEDERATION', 'DISABLED_PERSONS_FEDERATION', 'CHARITY'));
alter table "service_projects" add constraint "service_projects_service_areas_check" check ("service_areas" <@ array['SOCIAL_ASSISTANCE'::text, 'ELDERLY_CARE'::text, 'CHILD_WELFARE'::text, 'COMMUNITY_GOVERNANCE'::text, 'SOCIAL_AFFAIRS'::text, 'NEEDS_ASSESSMENT'::text, 'RESOURCE_LINKAGE'::text, 'INDUSTRY_DEVELOPMENT'::text]);
alter table "service_projects" add constraint "service_projects_target_groups_check" check ("target_groups" <@ array['ASSISTANCE_RECIPIENTS'::text, 'ELDERLY'::text, 'CHILDREN'::text, 'YOUTH'::text, 'WOMEN'::text, 'PEOPLE_WITH_DISABILITIES'::text, 'WORKERS_IN_DIFFICULTY'::text, 'COMMUNITY_RESIDENTS'::text]);
alter table "service_projects" add constraint "service_projects_status_check" check ("status" in ('PLANNED', 'ACTIVE', 'COMPLETED', 'TERMINATED'));

create table "stations" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, "level" text not null, "status" text not null, "region_code" varchar(12) not null, "parent_id" uuid null, "operator_id" uuid null, "opened_on" date null, "address" varchar(300) null, primary key ("id"));
create index "stations_region_code_index" on "stations" ("region_code" text_pattern_ops);
create index "stations_parent_id_index" on "stations" ("parent_id");
create index "stations_operator_id_index" on "stations" ("operator_id");
alter table "stations" add constraint "stations_level_check" check ("level" in ('CITY_CENTRE', 'COUNTY_STATION', 'TOWNSHIP_STATION', 'VILLAGE_ROOM'));
alter table "stations" add constraint "stations_status_check" check ("status" in ('PLANNED', 'OPERATING', 'SUSPENDED', 'CLOSED'));

create table "social_workers" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(100) not null, "identity_number" varchar(18) null, "region_code" varchar(12) not null, "station_id" uuid null, "agency_id" uuid null, "employment" text not null, "certification" text not null, primary key ("id"));
alter table "social_workers" add constraint "social_workers_identity_number_unique" unique ("identity_number");
create index "social_workers_region_code_index" on "social_workers" ("region_code" text_pattern_ops);
create index "social_workers_station_id_index" on "social_workers" ("station_id");
create index "social_workers_agency_id_index" on "social_workers" ("agency_id");
alter table "social_workers" add constraint "social_workers_employment_check" check ("employment" in ('FULL_TIME', 'PART_TIME'));
alter table "social_workers" add constraint "social_workers_certification_check" check ("certification" in ('NONE', 'ASSISTANT_SOCIAL_WORKER', 'SOCIAL_WORKER', 'SENIOR_SOCIAL_WORKER'));

create table "service_records" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "method" text not null, "station_id" uuid not null, "project_id" uuid null, "region_code" varchar(12) not null, "served_on" date not null, "duration_minutes" int not null, "person_times" int not null, "households" int not null default 0, "summary" text null, "idempotency_key" varchar(100) null, primary key ("id"));
create index "service_records_station_id_index" on "service_records" ("station_id");
create index "service_records_project_id_index" on "service_records" ("project_id");
alter table "service_records" add constraint "service_records_idempotency_key_unique" unique ("idempotency_key");
create index "service_records_region_code_served_on_index" on "service_records" ("region_code" text_pattern_ops, "served_on");
alter table "service_records" add constraint "service_records_method_check" check ("method" in ('CASE', 'GROUP', 'COMMUNITY_ACTIVITY', 'HOME_VISIT', 'NEEDS_SURVEY', 'TRAINING'));

create table "service_record_workers" ("record_id" uuid not null, "worker_id" uuid not null, primary key ("record_id", "worker_id"));
create index "service_record_workers_worker_id_index" on "service_record_workers" ("worker_id");

create table "service_record_people" ("record_id" uuid not null, "person_id" uuid not null, primary key ("record_id", "person_id"));
create index "service_record_people_person_id_index" on "service_record_people" ("person_id");

create table "project_stations" ("project_id" uuid not null, "station_id" uuid not null, primary key ("project_id", "station_id"));
create index "project_stations_station_id_index" on "project_stations" ("station_id");

create table "temporary_assistance" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "person_id" uuid not null, "region_code" varchar(12) not null, "station_id" uuid null, "amount_fen" bigint not null, "granted_on" date not null, "reason" varchar(500) not null, "idempotency_key" varchar(100) null, primary key ("id"));
create index "temporary_assistance_person_id_index" on "temporary_assistance" ("person_id");
alter table "temporary_assistance" add constraint "temporary_assistance_idempotency_key_unique" unique ("idempotency_key");
create index "temporary_assistance_region_code_granted_on_index" on "temporary_assistance" ("region_code" text_pattern_ops, "granted_on");

alter table "regions" add constraint "regions_parent_code_foreign" foreign key ("parent_code") references "regions" ("code") on delete set null;

alter table "people" add constraint "people_region_code_foreign" foreign key ("region_code") references "regions" ("code");

alter table "agencies" add constraint "agencies_region_code_foreign" foreign key ("region_code") references "regions" ("code");

alter table "service_projects" add constraint "service_projects_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on delete set null;
alter table "service_projects" add constraint "service_projects_region_code_foreign" foreign key ("region_code") references "regions" ("code");

alter table "stations" add constraint "stations_region_code_foreign" foreign key ("region_code") references "regions" ("code");
alter table "stations" add constraint "stations_parent_id_foreign" foreign key ("parent_id") references "stations" ("id") on delete set null;
alter table "stations" add constraint "stations_operator_id_foreign" foreign key ("operator_id") references "agencies" ("id") on delete set null;

alter table "social_workers" add constraint "social_workers_region_code_foreign" foreign key ("region_code") references "regions" ("code");
alter table "social_workers" add constraint "social_workers_station_id_foreign" foreign key ("station_id") references "stations" ("id") on delete set null;
alter table "social_workers" add constraint "social_workers_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on delete set null;

alter table "service_records" add constraint "service_records_station_id_foreign" foreign key ("station_id") references "stations" ("id");
alter table "service_records" add constraint "service_records_project_id_foreign" foreign key ("project_id") references "service_projects" ("id") on delete set null;
alter table "service_records" add constraint "service_records_region_code_foreign" foreign key ("region_code") references "regions" ("code");

alter table "service_record_workers" add constraint "service_record_workers_record_id_foreign" foreign key ("record_id") references "service_records" ("id") on update cascade on delete cascade;
alter table "service_record_workers" add constraint "service_record_workers_worker_id_foreign" foreign key ("worker_id") references "social_workers" ("id") on update cascade on delete cascade;

alter table "service_record_people" add constraint "service_record_people_record_id_foreign" foreign key ("record_id") references "service_records" ("id") on update cascade on delete cascade;
alter table "service_record_people" add constraint "service_record_people_person_id_foreign" foreign key ("person_id") references "people" ("id") on update cascade on delete cascade;

alter table "project_stations" add constraint "project_stations_project_id_foreign" foreign key ("project_id") references "service_projects" ("id") on update cascade on delete cascade;
alter table "project_stations" add constraint "project_stations_station_id_foreign" foreign key ("station_id") references "stations" ("id") on update cascade on delete cascade;

alter table "temporary_assistance" add constraint "temporary_assistance_person_id_foreign" foreign key ("person_id") references "people" ("id");
alter table "temporary_assistance" add constraint "temporary_assistance_region_code_foreign" foreign key ("region_code") references "regions" ("code");
alter table "temporary_assistance" add constraint "temporary_assistance_station_id_foreign" foreign key ("station_id") references "stations" ("id") on delete set null;
create index "regions_code_prefix_index" on "regions" ("code" text_pattern_ops);
create index "regions_level_code_index" on "regions" ("level", "code" text_pattern_ops);
create index "stations_level_region_code_index" on "stations" ("level", "region_code" text_pattern_ops);
create index "people_categories_index" on "people" using gin ("categories");
create index "service_projects_lead_department_index" on "service_projects" ("lead_department");
`);
  }

  override down(): void {
    this.addSql(
      `drop table if exists "temporary_assistance" cascade; drop table if exists "project_stations" cascade; drop table if exists "service_record_people" cascade; drop table if exists "service_record_workers" cascade; drop table if exists "service_records" cascade; drop table if exists "social_workers" cascade; drop table if exists "stations" cascade; drop table if exists "service_projects" cascade; drop table if exists "agencies" cascade; drop table if exists "people" cascade; drop table if exists "regions" cascade;`,
    );
  }
}
