import { Migration } from '@mikro-orm/migrations';

/**
 * Every record says who wrote it; keys that clients retry with are unique within the writing
 * department and the writer's region (rows loaded before count as national), not globally.
 */
export class Migration20261201000000WrittenBy extends Migration {
  override up(): void {
    this.addSql(`
alter table "worker_files" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "union_service_points" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "union_assistance" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "project_contributions" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "union_assistance" add column "key_scope" varchar(120) not null default 'TRADE_UNION:100000', add column "request_fingerprint" varchar(64) null;
alter table "union_assistance" drop constraint "union_assistance_reference_unique";
alter table "union_assistance" add constraint "union_assistance_key_scope_reference_unique" unique ("key_scope", "reference");
alter table "project_contributions" add column "key_scope" varchar(120) not null default 'TRADE_UNION:100000', add column "request_fingerprint" varchar(64) null;
alter table "project_contributions" drop constraint "project_contributions_reference_unique";
alter table "project_contributions" add constraint "project_contributions_key_scope_reference_unique" unique ("key_scope", "reference");
`);
  }

  override down(): void {
    this.addSql(`
alter table "union_assistance" drop constraint "union_assistance_key_scope_reference_unique";
alter table "union_assistance" add constraint "union_assistance_reference_unique" unique ("reference");
alter table "union_assistance" drop column "key_scope", drop column "request_fingerprint";
alter table "project_contributions" drop constraint "project_contributions_key_scope_reference_unique";
alter table "project_contributions" add constraint "project_contributions_reference_unique" unique ("reference");
alter table "project_contributions" drop column "key_scope", drop column "request_fingerprint";
alter table "worker_files" drop column "recorded_by", drop column "recorded_by_department";
alter table "union_service_points" drop column "recorded_by", drop column "recorded_by_department";
alter table "union_assistance" drop column "recorded_by", drop column "recorded_by_department";
alter table "project_contributions" drop column "recorded_by", drop column "recorded_by_department";
`);
  }
}
