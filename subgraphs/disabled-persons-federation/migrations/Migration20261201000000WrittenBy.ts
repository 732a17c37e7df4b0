import { Migration } from '@mikro-orm/migrations';

/**
 * Every record says who wrote it; keys that clients retry with are unique within the writing
 * department and the writer's region (rows loaded before count as national), not globally.
 */
export class Migration20261201000000WrittenBy extends Migration {
  override up(): void {
    this.addSql(`
alter table "certificates" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "rehabilitation_services" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "assistive_device_grants" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "project_contributions" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "rehabilitation_services" add column "key_scope" varchar(120) not null default 'DISABLED_PERSONS_FEDERATION:100000', add column "request_fingerprint" varchar(64) null;
alter table "rehabilitation_services" drop constraint "rehabilitation_services_idempotency_key_unique";
alter table "rehabilitation_services" add constraint "rehabilitation_services_key_scope_idempotency_key_unique" unique ("key_scope", "idempotency_key");
alter table "assistive_device_grants" add column "key_scope" varchar(120) not null default 'DISABLED_PERSONS_FEDERATION:100000', add column "request_fingerprint" varchar(64) null;
alter table "assistive_device_grants" drop constraint "assistive_device_grants_reference_unique";
alter table "assistive_device_grants" add constraint "assistive_device_grants_key_scope_reference_unique" unique ("key_scope", "reference");
alter table "project_contributions" add column "key_scope" varchar(120) not null default 'DISABLED_PERSONS_FEDERATION:100000', add column "request_fingerprint" varchar(64) null;
alter table "project_contributions" drop constraint "project_contributions_reference_unique";
alter table "project_contributions" add constraint "project_contributions_key_scope_reference_unique" unique ("key_scope", "reference");
`);
  }

  override down(): void {
    this.addSql(`
alter table "rehabilitation_services" drop constraint "rehabilitation_services_key_scope_idempotency_key_unique";
alter table "rehabilitation_services" add constraint "rehabilitation_services_idempotency_key_unique" unique ("idempotency_key");
alter table "rehabilitation_services" drop column "key_scope", drop column "request_fingerprint";
alter table "assistive_device_grants" drop constraint "assistive_device_grants_key_scope_reference_unique";
alter table "assistive_device_grants" add constraint "assistive_device_grants_reference_unique" unique ("reference");
alter table "assistive_device_grants" drop column "key_scope", drop column "request_fingerprint";
alter table "project_contributions" drop constraint "project_contributions_key_scope_reference_unique";
alter table "project_contributions" add constraint "project_contributions_reference_unique" unique ("reference");
alter table "project_contributions" drop column "key_scope", drop column "request_fingerprint";
alter table "certificates" drop column "recorded_by", drop column "recorded_by_department";
alter table "rehabilitation_services" drop column "recorded_by", drop column "recorded_by_department";
alter table "assistive_device_grants" drop column "recorded_by", drop column "recorded_by_department";
alter table "project_contributions" drop column "recorded_by", drop column "recorded_by_department";
`);
  }
}
