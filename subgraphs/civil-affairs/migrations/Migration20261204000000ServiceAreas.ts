import { Migration } from '@mikro-orm/migrations';

/**
 * The service area (服务领域) and the groups served (服务对象类别) of each service record, so that
 * a region's service output can be broken down by them. Records written before have no area
 * (null) and no groups (an empty array): they are not guessed afterwards.
 */
export class Migration20261204000000ServiceAreas extends Migration {
  override up(): void {
    this.addSql(`
alter table "service_records" add column "service_area" text null, add column "target_groups" text[] not null default '{}';
alter table "service_records" add constraint "service_records_service_area_check" check ("service_area" in ('SOCIAL_ASSISTANCE', 'ELDERLY_CARE', 'CHILD_WELFARE', 'COMMUNITY_GOVERNANCE', 'SOCIAL_AFFAIRS', 'NEEDS_ASSESSMENT', 'RESOURCE_LINKAGE', 'INDUSTRY_DEVELOPMENT'));
alter table "service_records" add constraint "service_records_target_groups_check" check ("target_groups" <@ array['ASSISTANCE_RECIPIENTS'::text, 'ELDERLY'::text, 'CHILDREN'::text, 'YOUTH'::text, 'WOMEN'::text, 'PEOPLE_WITH_DISABILITIES'::text, 'WORKERS_IN_DIFFICULTY'::text, 'COMMUNITY_RESIDENTS'::text]);
`);
  }

  override down(): void {
    this.addSql(`
alter table "service_records" drop constraint "service_records_target_groups_check";
alter table "service_records" drop constraint "service_records_service_area_check";
alter table "service_records" drop column "target_groups", drop column "service_area";
`);
  }
}
