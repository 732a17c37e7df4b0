import { Migration } from '@mikro-orm/migrations';

/**
 * Every contribution names the level of government whose money it is beside its source, and
 * premises, goods and volunteers' hours are recorded in kind beside money, never added to it.
 * Entries recorded before keep no level (null): nobody stated it.
 */
export class Migration20261208000000ContributionSources extends Migration {
  override up(): void {
    this.addSql(`
alter table "project_contributions" add column "kind" text not null default 'MONEY', add column "fund_level" text null, add column "area_m2" int null, add column "goods_value_fen" bigint null, add column "goods_count" int null, add column "volunteer_minutes" int null, add column "description" varchar(500) null;
alter table "project_contributions" add constraint "project_contributions_kind_check" check ("kind" in ('MONEY', 'PREMISES', 'GOODS', 'VOLUNTEER_HOURS'));
alter table "project_contributions" add constraint "project_contributions_fund_level_check" check ("fund_level" in ('CENTRAL', 'PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'NON_GOVERNMENT'));
alter table "project_contributions" drop constraint "project_contributions_fund_source_check";
alter table "project_contributions" add constraint "project_contributions_fund_source_check" check ("fund_source" in ('GOVERNMENT_BUDGET', 'HIGHER_LEVEL_SUBSIDY', 'INTEGRATED_PURCHASE_FUNDS', 'SOCIAL_ASSISTANCE_FUNDS', 'EAST_WEST_COLLABORATION', 'UNION_FUNDS', 'LEAGUE_FUNDS', 'WOMEN_FEDERATION_FUNDS', 'DISABILITY_EMPLOYMENT_SECURITY_FUND', 'WELFARE_LOTTERY', 'CHARITY_DONATIONS', 'COMMUNITY_FUND', 'PUBLIC_ASSETS', 'LINKED_RESOURCES'));
alter table "project_contributions" drop constraint "project_contributions_amount_fen_check";
alter table "project_contributions" add constraint "project_contributions_amount_fen_check" check (("reverses_id" is null and "reason" is null and (("kind" = 'MONEY' and "amount_fen" > 0) or ("kind" <> 'MONEY' and "amount_fen" = 0))) or ("reverses_id" is not null and "reason" is not null and (("kind" = 'MONEY' and "amount_fen" < 0) or ("kind" <> 'MONEY' and "amount_fen" = 0))));
alter table "project_contributions" add constraint "project_contributions_gift_check" check (("kind" = 'MONEY' and "area_m2" is null and "goods_value_fen" is null and "goods_count" is null and "volunteer_minutes" is null) or ("kind" = 'PREMISES' and "area_m2" is not null and "description" is not null and "goods_value_fen" is null and "goods_count" is null and "volunteer_minutes" is null) or ("kind" = 'GOODS' and ("goods_value_fen" is not null or "goods_count" is not null) and "description" is not null and "area_m2" is null and "volunteer_minutes" is null) or ("kind" = 'VOLUNTEER_HOURS' and "volunteer_minutes" is not null and "area_m2" is null and "goods_value_fen" is null and "goods_count" is null));
`);
  }

  override down(): void {
    this.addSql(`
delete from "project_contributions" where "kind" <> 'MONEY' or "fund_source" not in ('GOVERNMENT_BUDGET', 'UNION_FUNDS', 'LEAGUE_FUNDS', 'WOMEN_FEDERATION_FUNDS', 'DISABILITY_EMPLOYMENT_SECURITY_FUND', 'WELFARE_LOTTERY', 'CHARITY_DONATIONS', 'COMMUNITY_FUND');
alter table "project_contributions" drop constraint "project_contributions_gift_check";
alter table "project_contributions" drop constraint "project_contributions_amount_fen_check";
alter table "project_contributions" add constraint "project_contributions_amount_fen_check" check (("reverses_id" is null and "amount_fen" > 0 and "reason" is null) or ("reverses_id" is not null and "amount_fen" < 0 and "reason" is not null));
alter table "project_contributions" drop constraint "project_contributions_fund_source_check";
alter table "project_contributions" add constraint "project_contributions_fund_source_check" check ("fund_source" in ('GOVERNMENT_BUDGET', 'UNION_FUNDS', 'LEAGUE_FUNDS', 'WOMEN_FEDERATION_FUNDS', 'DISABILITY_EMPLOYMENT_SECURITY_FUND', 'WELFARE_LOTTERY', 'CHARITY_DONATIONS', 'COMMUNITY_FUND'));
alter table "project_contributions" drop column "kind", drop column "fund_level", drop column "area_m2", drop column "goods_value_fen", drop column "goods_count", drop column "volunteer_minutes", drop column "description";
`);
  }
}
