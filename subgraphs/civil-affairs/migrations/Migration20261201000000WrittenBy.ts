import { Migration } from '@mikro-orm/migrations';

/**
 * Every record says who wrote it; keys that clients retry with are unique within the writing
 * department and the writer's region (rows loaded before count as national), not globally.
 */
export class Migration20261201000000WrittenBy extends Migration {
  override up(): void {
    this.addSql(`
alter table "people" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "agencies" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "service_projects" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "stations" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "social_workers" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "service_records" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "temporary_assistance" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "service_records" add column "key_scope" varchar(120) not null default 'CIVIL_AFFAIRS:100000', add column "request_fingerprint" varchar(64) null;
alter table "service_records" drop constraint "service_records_idempotency_key_unique";
alter table "service_records" add constraint "service_records_key_scope_idempotency_key_unique" unique ("key_scope", "idempotency_key");
alter table "temporary_assistance" add column "key_scope" varchar(120) not null default 'CIVIL_AFFAIRS:100000', add column "request_fingerprint" varchar(64) null;
alter table "temporary_assistance" drop constraint "temporary_assistance_idempotency_key_unique";
alter table "temporary_assistance" add constraint "temporary_assistance_key_scope_idempotency_key_unique" unique ("key_scope", "idempotency_key");
`);
  }

  override down(): void {
    this.addSql(`
alter table "service_records" drop constraint "service_records_key_scope_idempotency_key_unique";
alter table "service_records" add constraint "service_records_idempotency_key_unique" unique ("idempotency_key");
alter table "service_records" drop column "key_scope", drop column "request_fingerprint";
alter table "temporary_assistance" drop constraint "temporary_assistance_key_scope_idempotency_key_unique";
alter table "temporary_assistance" add constraint "temporary_assistance_idempotency_key_unique" unique ("idempotency_key");
alter table "temporary_assistance" drop column "key_scope", drop column "request_fingerprint";
alter table "people" drop column "recorded_by", drop column "recorded_by_department";
alter table "agencies" drop column "recorded_by", drop column "recorded_by_department";
alter table "service_projects" drop column "recorded_by", drop column "recorded_by_department";
alter table "stations" drop column "recorded_by", drop column "recorded_by_department";
alter table "social_workers" drop column "recorded_by", drop column "recorded_by_department";
alter table "service_records" drop column "recorded_by", drop column "recorded_by_department";
alter table "temporary_assistance" drop column "recorded_by", drop column "recorded_by_department";
`);
  }
}
