import { Migration } from '@mikro-orm/migrations';
import { ACCESS_LOG_DDL, ACCESS_LOG_DROP } from '../../../shared/audit/schema.js';
import { PROJECT_CONTRIBUTIONS_DDL } from '../../../shared/department/contribution.entity.js';

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
${PROJECT_CONTRIBUTIONS_DDL}
${ACCESS_LOG_DDL}
`);
  }

  override down(): void {
    this.addSql(
      `drop table if exists "worker_files", "union_service_points", "union_assistance", "project_contributions"; ${ACCESS_LOG_DROP}`,
    );
  }
}
