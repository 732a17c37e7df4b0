import { Migration } from '@mikro-orm/migrations';

/**
 * Every record says who wrote it; keys that clients retry with are unique within the writing
 * department and the writer's region (rows loaded before count as national), not globally.
 */
export class Migration20261201000000WrittenBy extends Migration {
  override up(): void {
    this.addSql(`
alter table "children_homes" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "family_services" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "women_child_cases" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "project_contributions" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "family_services" add column "key_scope" varchar(120) not null default 'WOMEN_FEDERATION:100000', add column "request_fingerprint" varchar(64) null;
alter table "family_services" drop constraint "family_services_idempotency_key_unique";
alter table "family_services" add constraint "family_services_key_scope_idempotency_key_unique" unique ("key_scope", "idempotency_key");
alter table "women_child_cases" add column "key_scope" varchar(120) not null default 'WOMEN_FEDERATION:100000', add column "request_fingerprint" varchar(64) null;
alter table "women_child_cases" drop constraint "women_child_cases_reference_unique";
alter table "women_child_cases" add constraint "women_child_cases_key_scope_reference_unique" unique ("key_scope", "reference");
alter table "project_contributions" add column "key_scope" varchar(120) not null default 'WOMEN_FEDERATION:100000', add column "request_fingerprint" varchar(64) null;
alter table "project_contributions" drop constraint "project_contributions_reference_unique";
alter table "project_contributions" add constraint "project_contributions_key_scope_reference_unique" unique ("key_scope", "reference");
`);
  }

  override down(): void {
    this.addSql(`
alter table "family_services" drop constraint "family_services_key_scope_idempotency_key_unique";
alter table "family_services" add constraint "family_services_idempotency_key_unique" unique ("idempotency_key");
alter table "family_services" drop column "key_scope", drop column "request_fingerprint";
alter table "women_child_cases" drop constraint "women_child_cases_key_scope_reference_unique";
alter table "women_child_cases" add constraint "women_child_cases_reference_unique" unique ("reference");
alter table "women_child_cases" drop column "key_scope", drop column "request_fingerprint";
alter table "project_contributions" drop constraint "project_contributions_key_scope_reference_unique";
alter table "project_contributions" add constraint "project_contributions_reference_unique" unique ("reference");
alter table "project_contributions" drop column "key_scope", drop column "request_fingerprint";
alter table "children_homes" drop column "recorded_by", drop column "recorded_by_department";
alter table "family_services" drop column "recorded_by", drop column "recorded_by_department";
alter table "women_child_cases" drop column "recorded_by", drop column "recorded_by_department";
alter table "project_contributions" drop column "recorded_by", drop column "recorded_by_department";
`);
  }
}
