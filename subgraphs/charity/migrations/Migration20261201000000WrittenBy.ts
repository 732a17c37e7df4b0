import { Migration } from '@mikro-orm/migrations';

/**
 * Every record says who wrote it; keys that clients retry with are unique within the writing
 * department and the writer's region (rows loaded before count as national), not globally.
 */
export class Migration20261201000000WrittenBy extends Migration {
  override up(): void {
    this.addSql(`
alter table "charity_funds" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "charity_grants" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "charity_volunteers" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "donations" add column "recorded_by" varchar(200) not null default 'system', add column "recorded_by_department" varchar(40) not null default 'system';
alter table "charity_grants" add column "key_scope" varchar(120) not null default 'CHARITY:100000', add column "request_fingerprint" varchar(64) null;
alter table "charity_grants" drop constraint "charity_grants_reference_unique";
alter table "charity_grants" add constraint "charity_grants_key_scope_reference_unique" unique ("key_scope", "reference");
alter table "donations" add column "key_scope" varchar(120) not null default 'CHARITY:100000', add column "request_fingerprint" varchar(64) null;
alter table "donations" drop constraint "donations_reference_unique";
alter table "donations" add constraint "donations_key_scope_reference_unique" unique ("key_scope", "reference");
`);
  }

  override down(): void {
    this.addSql(`
alter table "charity_grants" drop constraint "charity_grants_key_scope_reference_unique";
alter table "charity_grants" add constraint "charity_grants_reference_unique" unique ("reference");
alter table "charity_grants" drop column "key_scope", drop column "request_fingerprint";
alter table "donations" drop constraint "donations_key_scope_reference_unique";
alter table "donations" add constraint "donations_reference_unique" unique ("reference");
alter table "donations" drop column "key_scope", drop column "request_fingerprint";
alter table "charity_funds" drop column "recorded_by", drop column "recorded_by_department";
alter table "charity_grants" drop column "recorded_by", drop column "recorded_by_department";
alter table "charity_volunteers" drop column "recorded_by", drop column "recorded_by_department";
alter table "donations" drop column "recorded_by", drop column "recorded_by_department";
`);
  }
}
