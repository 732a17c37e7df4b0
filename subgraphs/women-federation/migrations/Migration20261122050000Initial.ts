import { Migration } from '@mikro-orm/migrations';
import { ACCESS_LOG_DDL, ACCESS_LOG_DROP } from '../../../shared/audit/schema.js';
import { PROJECT_CONTRIBUTIONS_DDL } from '../../../shared/department/contribution.entity.js';

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
${PROJECT_CONTRIBUTIONS_DDL}
${ACCESS_LOG_DDL}
`);
  }

  override down(): void {
    this.addSql(
      `drop table if exists "children_homes", "family_services", "women_child_cases", "project_contributions"; ${ACCESS_LOG_DROP}`,
    );
  }
}
