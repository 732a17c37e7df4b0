import { Migration } from '@mikro-orm/migrations';
import { ACCESS_LOG_DDL, ACCESS_LOG_DROP } from '../../../shared/audit/schema.js';
import { PROJECT_CONTRIBUTIONS_DDL } from '../../../shared/department/contribution.entity.js';

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
${PROJECT_CONTRIBUTIONS_DDL}
${ACCESS_LOG_DDL}
`);
  }

  override down(): void {
    this.addSql(
      `drop table if exists "certificates", "rehabilitation_services", "assistive_device_grants", "project_contributions"; ${ACCESS_LOG_DROP}`,
    );
  }
}
