import { Migration } from '@mikro-orm/migrations';

/**
 * Every record says who wrote it; keys that clients retry with are unique within the writing
 * department and the writer's region (rows loaded before count as national), not globally.
 */
export class Migration20261201000000WrittenBy extends Migration {
  override up(): void {
    this.addSql(`
alter table "volunteer_teams" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "volunteers" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "volunteer_services" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "youth_programmes" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "programme_enrolments" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "project_contributions" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "volunteer_services" add column "key_scope" varchar(120) not null default 'YOUTH_LEAGUE:100000', add column "request_fingerprint" varchar(64) null;
alter table "volunteer_services" drop constraint "volunteer_services_idempotency_key_unique";
alter table "volunteer_services" add constraint "volunteer_services_key_scope_idempotency_key_unique" unique ("key_scope", "idempotency_key");
alter table "project_contributions" add column "key_scope" varchar(120) not null default 'YOUTH_LEAGUE:100000', add column "request_fingerprint" varchar(64) null;
alter table "project_contributions" drop constraint "project_contributions_reference_unique";
alter table "project_contributions" add constraint "project_contributions_key_scope_reference_unique" unique ("key_scope", "reference");
`);
  }

  override down(): void {
    this.addSql(`
alter table "volunteer_services" drop constraint "volunteer_services_key_scope_idempotency_key_unique";
alter table "volunteer_services" add constraint "volunteer_services_idempotency_key_unique" unique ("idempotency_key");
alter table "volunteer_services" drop column "key_scope", drop column "request_fingerprint";
alter table "project_contributions" drop constraint "project_contributions_key_scope_reference_unique";
alter table "project_contributions" add constraint "project_contributions_reference_unique" unique ("reference");
alter table "project_contributions" drop column "key_scope", drop column "request_fingerprint";
alter table "volunteer_teams" drop column "recorded_by", drop column "recorded_by_department";
alter table "volunteers" drop column "recorded_by", drop column "recorded_by_department";
alter table "volunteer_services" drop column "recorded_by", drop column "recorded_by_department";
alter table "youth_programmes" drop column "recorded_by", drop column "recorded_by_department";
alter table "programme_enrolments" drop column "recorded_by", drop column "recorded_by_department";
alter table "project_contributions" drop column "recorded_by", drop column "recorded_by_department";
`);
  }
}
