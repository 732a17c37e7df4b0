import { Migration } from '@mikro-orm/migrations';

/**
 * Stations held to standards: the station that supervises each one (of any level), its premises,
 * office and signage, its pilot and demonstration designations, and the supervision held at it
 * (monthly workers' meetings, half-yearly joint meetings of departments, on-site checks).
 */
export class Migration20261207000000StationStandards extends Migration {
  override up(): void {
    this.addSql(`
alter table "stations" add "supervising_station_id" uuid null, add "premises_area" int null, add "independent_office" boolean null, add "signage" boolean null;
alter table "stations" add constraint "stations_supervising_station_id_foreign" foreign key ("supervising_station_id") references "stations" ("id") on delete set null;
alter table "stations" add constraint "stations_supervising_station_id_check" check ("supervising_station_id" <> "id");
alter table "stations" add constraint "stations_premises_area_check" check ("premises_area" >= 0);
create index "stations_supervising_station_id_index" on "stations" ("supervising_station_id");

create table "station_designations" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "station_id" uuid not null, "kind" text not null, "level" text not null, "year" int not null, primary key ("id"));
alter table "station_designations" add constraint "station_designations_station_id_kind_level_year_unique" unique ("station_id", "kind", "level", "year");
alter table "station_designations" add constraint "station_designations_station_id_foreign" foreign key ("station_id") references "stations" ("id") on delete cascade;
alter table "station_designations" add constraint "station_designations_kind_check" check ("kind" in ('PILOT', 'DEMONSTRATION'));
alter table "station_designations" add constraint "station_designations_level_check" check ("level" in ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY'));
alter table "station_designations" add constraint "station_designations_year_check" check ("year" between 1949 and 2100);

create table "supervision_events" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "station_id" uuid not null, "region_code" varchar(12) not null, "kind" text not null, "held_on" date not null, "held_by" varchar(200) not null, "held_by_station_id" uuid null, "notes" text null, primary key ("id"));
create index "supervision_events_region_code_index" on "supervision_events" ("region_code" text_pattern_ops);
create index "supervision_events_station_id_held_on_index" on "supervision_events" ("station_id", "held_on");
alter table "supervision_events" add constraint "supervision_events_station_id_kind_held_on_unique" unique ("station_id", "kind", "held_on");
alter table "supervision_events" add constraint "supervision_events_station_id_foreign" foreign key ("station_id") references "stations" ("id");
alter table "supervision_events" add constraint "supervision_events_region_code_foreign" foreign key ("region_code") references "regions" ("code");
alter table "supervision_events" add constraint "supervision_events_held_by_station_id_foreign" foreign key ("held_by_station_id") references "stations" ("id") on delete set null;
alter table "supervision_events" add constraint "supervision_events_kind_check" check ("kind" in ('MONTHLY_WORKER_MEETING', 'JOINT_DEPARTMENT_MEETING', 'ON_SITE_CHECK'));
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "supervision_events" cascade;
drop table if exists "station_designations" cascade;
alter table "stations" drop constraint "stations_supervising_station_id_foreign";
alter table "stations" drop constraint "stations_supervising_station_id_check";
alter table "stations" drop constraint "stations_premises_area_check";
drop index "stations_supervising_station_id_index";
alter table "stations" drop column "supervising_station_id", drop column "premises_area", drop column "independent_office", drop column "signage";
`);
  }
}
