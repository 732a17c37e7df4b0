import { Migration } from '@mikro-orm/migrations';

/**
 * Civil affairs records its own money in the catalogue's projects as every department does: one
 * entry per allocation document, with its source and the level of government whose money it is,
 * and what it gives in kind (premises, goods, volunteers' hours) beside the money.
 */
export class Migration20261208000000ProjectContributions extends Migration {
  override up(): void {
    this.addSql(`
create table "project_contributions" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "key_scope" varchar(120) not null, "request_fingerprint" varchar(64) null, "project_id" uuid not null, "project_region_code" varchar(12) not null, "kind" text not null default 'MONEY', "amount_fen" bigint not null, "fund_source" text not null, "fund_level" text null, "area_m2" int null, "goods_value_fen" bigint null, "goods_count" int null, "volunteer_minutes" int null, "description" varchar(500) null, "reference" varchar(100) not null, "contributed_on" date not null, "indicators" jsonb not null default '[]', "reverses_id" uuid null, "reason" varchar(500) null, "created_at" timestamptz not null default now(), primary key ("id"));
create index "project_contributions_project_id_index" on "project_contributions" ("project_id");
create index "project_contributions_project_region_code_index" on "project_contributions" ("project_region_code" text_pattern_ops);
alter table "project_contributions" add constraint "project_contributions_key_scope_reference_unique" unique ("key_scope", "reference");
alter table "project_contributions" add constraint "project_contributions_reverses_id_foreign" foreign key ("reverses_id") references "project_contributions" ("id");
alter table "project_contributions" add constraint "project_contributions_reverses_id_unique" unique ("reverses_id");
alter table "project_contributions" add constraint "project_contributions_kind_check" check ("kind" in ('MONEY', 'PREMISES', 'GOODS', 'VOLUNTEER_HOURS'));
alter table "project_contributions" add constraint "project_contributions_fund_level_check" check ("fund_level" in ('CENTRAL', 'PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'NON_GOVERNMENT'));
alter table "project_contributions" add constraint "project_contributions_fund_source_check" check ("fund_source" in ('GOVERNMENT_BUDGET', 'HIGHER_LEVEL_SUBSIDY', 'INTEGRATED_PURCHASE_FUNDS', 'SOCIAL_ASSISTANCE_FUNDS', 'EAST_WEST_COLLABORATION', 'UNION_FUNDS', 'LEAGUE_FUNDS', 'WOMEN_FEDERATION_FUNDS', 'DISABILITY_EMPLOYMENT_SECURITY_FUND', 'WELFARE_LOTTERY', 'CHARITY_DONATIONS', 'COMMUNITY_FUND', 'PUBLIC_ASSETS', 'LINKED_RESOURCES'));
alter table "project_contributions" add constraint "project_contributions_amount_fen_check" check (("reverses_id" is null and "reason" is null and (("kind" = 'MONEY' and "amount_fen" > 0) or ("kind" <> 'MONEY' and "amount_fen" = 0))) or ("reverses_id" is not null and "reason" is not null and (("kind" = 'MONEY' and "amount_fen" < 0) or ("kind" <> 'MONEY' and "amount_fen" = 0))));
alter table "project_contributions" add constraint "project_contributions_gift_check" check (("kind" = 'MONEY' and "area_m2" is null and "goods_value_fen" is null and "goods_count" is null and "volunteer_minutes" is null) or ("kind" = 'PREMISES' and "area_m2" is not null and "description" is not null and "goods_value_fen" is null and "goods_count" is null and "volunteer_minutes" is null) or ("kind" = 'GOODS' and ("goods_value_fen" is not null or "goods_count" is not null) and "description" is not null and "area_m2" is null and "volunteer_minutes" is null) or ("kind" = 'VOLUNTEER_HOURS' and "volunteer_minutes" is not null and "area_m2" is null and "goods_value_fen" is null and "goods_count" is null));
`);
  }

  override down(): void {
    this.addSql(`drop table if exists "project_contributions";`);
  }
}
