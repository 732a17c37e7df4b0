import { Migration } from '@mikro-orm/migrations';

/**
 * The life cycle of a purchased-service project (政府购买服务), from purchase to evaluation: two
 * more statuses (being purchased, being evaluated), how the project was bought and its contract,
 * the agencies that bid, the service items the departments bundled into it, milestones with their
 * payment tranches, amendments with the values they replaced, contracted indicators, evaluations
 * and the rectifications they asked for. A key lets a retried creation make one project.
 */
export class Migration20261206000000ProjectLifecycle extends Migration {
  override up(): void {
    this.addSql(`
alter table "service_projects" drop constraint "service_projects_status_check";
alter table "service_projects" add "procurement_method" text null, add "contract_number" varchar(60) null, add "contract_signed_on" date null, add "selection_reason" text null, add "idempotency_key" varchar(100) null, add "key_scope" varchar(120) not null default '', add "request_fingerprint" varchar(64) null;
alter table "service_projects" add constraint "service_projects_key_scope_idempotency_key_unique" unique ("key_scope", "idempotency_key");
alter table "service_projects" add constraint "service_projects_procurement_method_check" check ("procurement_method" in ('PUBLIC_TENDER', 'COMPETITIVE_NEGOTIATION', 'SINGLE_SOURCE', 'INQUIRY', 'ENTRUSTED'));
alter table "service_projects" add constraint "service_projects_status_check" check ("status" in ('PLANNED', 'PROCURING', 'ACTIVE', 'EVALUATING', 'COMPLETED', 'TERMINATED'));
create table "project_targets" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "indicator" text not null, "target" int not null, primary key ("id"));
alter table "project_targets" add constraint "project_targets_project_id_indicator_unique" unique ("project_id", "indicator");
create table "project_service_items" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "department" text not null, "description" text not null, "service_area" text not null, "target_group" text not null, primary key ("id"));
create index "project_service_items_project_id_index" on "project_service_items" ("project_id");
create table "project_milestones" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "title" varchar(200) not null, "deliverable" text not null, "due_on" date not null, "tranche_amount_fen" bigint null, "tranche_condition" text null, "paid_on" date null, "paid_by" varchar(200) null, "paid_by_department" varchar(40) null, primary key ("id"));
create index "project_milestones_project_id_index" on "project_milestones" ("project_id");
create table "project_evaluations" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "stage" text not null, "evaluator" text not null, "evaluator_name" varchar(200) null, "evaluated_on" date not null, "score" int not null, "findings" text not null, primary key ("id"));
create index "project_evaluations_project_id_index" on "project_evaluations" ("project_id");
create table "project_rectifications" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "evaluation_id" uuid not null, "project_id" uuid not null, "description" text not null, "due_on" date not null, "closed_on" date null, "closed_by" varchar(200) null, "closed_by_department" varchar(40) null, "closing_note" text null, primary key ("id"));
create index "project_rectifications_evaluation_id_index" on "project_rectifications" ("evaluation_id");
create index "project_rectifications_project_id_index" on "project_rectifications" ("project_id");
create table "project_bids" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "agency_id" uuid not null, "amount_fen" bigint null, "note" text null, primary key ("id"));
create index "project_bids_agency_id_index" on "project_bids" ("agency_id");
alter table "project_bids" add constraint "project_bids_project_id_agency_id_unique" unique ("project_id", "agency_id");
create table "project_amendments" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "amended_on" date not null, "reason" text not null, "contract_amount_fen_before" bigint null, "contract_amount_fen_after" bigint null, "ends_on_before" date null, "ends_on_after" date null, "service_areas_before" text[] null, "service_areas_after" text[] null, "target_groups_before" text[] null, "target_groups_after" text[] null, primary key ("id"));
create index "project_amendments_project_id_index" on "project_amendments" ("project_id");
alter table "project_targets" add constraint "project_targets_project_id_foreign" foreign key ("project_id") references "service_projects" ("id") on delete cascade;
alter table "project_targets" add constraint "project_targets_indicator_check" check ("indicator" in ('CASES', 'GROUPS', 'ACTIVITIES', 'PERSON_TIMES', 'HOURS', 'HOUSEHOLDS_VISITED'));
alter table "project_service_items" add constraint "project_service_items_project_id_foreign" foreign key ("project_id") references "service_projects" ("id") on delete cascade;
alter table "project_service_items" add constraint "project_service_items_department_check" check ("department" in ('CIVIL_AFFAIRS', 'TRADE_UNION', 'YOUTH_LEAGUE', 'WOMEN_FEDERATION', 'DISABLED_PERSONS_FEDERATION', 'CHARITY'));
alter table "project_service_items" add constraint "project_service_items_service_area_check" check ("service_area" in ('SOCIAL_ASSISTANCE', 'ELDERLY_CARE', 'CHILD_WELFARE', 'COMMUNITY_GOVERNANCE', 'SOCIAL_AFFAIRS', 'NEEDS_ASSESSMENT', 'RESOURCE_LINKAGE', 'INDUSTRY_DEVELOPMENT'));
alter table "project_service_items" add constraint "project_service_items_target_group_check" check ("target_group" in ('ASSISTANCE_RECIPIENTS', 'ELDERLY', 'CHILDREN', 'YOUTH', 'WOMEN', 'PEOPLE_WITH_DISABILITIES', 'WORKERS_IN_DIFFICULTY', 'COMMUNITY_RESIDENTS'));
alter table "project_milestones" add constraint "project_milestones_project_id_foreign" foreign key ("project_id") references "service_projects" ("id") on delete cascade;
alter table "project_milestones" add constraint "project_milestones_tranche_condition_check" check ("tranche_condition" in ('ON_SIGNING', 'MID_TERM_PASSED', 'FINAL_PASSED'));
alter table "project_evaluations" add constraint "project_evaluations_project_id_foreign" foreign key ("project_id") references "service_projects" ("id") on delete cascade;
alter table "project_evaluations" add constraint "project_evaluations_stage_check" check ("stage" in ('MID_TERM', 'FINAL'));
alter table "project_evaluations" add constraint "project_evaluations_evaluator_check" check ("evaluator" in ('SELF', 'DEPARTMENT', 'THIRD_PARTY'));
alter table "project_rectifications" add constraint "project_rectifications_evaluation_id_foreign" foreign key ("evaluation_id") references "project_evaluations" ("id") on delete cascade;
alter table "project_rectifications" add constraint "project_rectifications_project_id_foreign" foreign key ("project_id") references "service_projects" ("id") on delete cascade;
alter table "project_bids" add constraint "project_bids_project_id_foreign" foreign key ("project_id") references "service_projects" ("id") on delete cascade;
alter table "project_bids" add constraint "project_bids_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id");
alter table "project_amendments" add constraint "project_amendments_project_id_foreign" foreign key ("project_id") references "service_projects" ("id") on delete cascade;
alter table "project_amendments" add constraint "project_amendments_service_areas_before_check" check ("service_areas_before" <@ array['SOCIAL_ASSISTANCE'::text, 'ELDERLY_CARE'::text, 'CHILD_WELFARE'::text, 'COMMUNITY_GOVERNANCE'::text, 'SOCIAL_AFFAIRS'::text, 'NEEDS_ASSESSMENT'::text, 'RESOURCE_LINKAGE'::text, 'INDUSTRY_DEVELOPMENT'::text]);
alter table "project_amendments" add constraint "project_amendments_service_areas_after_check" check ("service_areas_after" <@ array['SOCIAL_ASSISTANCE'::text, 'ELDERLY_CARE'::text, 'CHILD_WELFARE'::text, 'COMMUNITY_GOVERNANCE'::text, 'SOCIAL_AFFAIRS'::text, 'NEEDS_ASSESSMENT'::text, 'RESOURCE_LINKAGE'::text, 'INDUSTRY_DEVELOPMENT'::text]);
alter table "project_amendments" add constraint "project_amendments_target_groups_before_check" check ("target_groups_before" <@ array['ASSISTANCE_RECIPIENTS'::text, 'ELDERLY'::text, 'CHILDREN'::text, 'YOUTH'::text, 'WOMEN'::text, 'PEOPLE_WITH_DISABILITIES'::text, 'WORKERS_IN_DIFFICULTY'::text, 'COMMUNITY_RESIDENTS'::text]);
alter table "project_amendments" add constraint "project_amendments_target_groups_after_check" check ("target_groups_after" <@ array['ASSISTANCE_RECIPIENTS'::text, 'ELDERLY'::text, 'CHILDREN'::text, 'YOUTH'::text, 'WOMEN'::text, 'PEOPLE_WITH_DISABILITIES'::text, 'WORKERS_IN_DIFFICULTY'::text, 'COMMUNITY_RESIDENTS'::text]);
alter table "project_targets" add constraint "project_targets_target_check" check ("target" >= 0);
alter table "project_evaluations" add constraint "project_evaluations_score_check" check ("score" between 0 and 100);
alter table "project_milestones" add constraint "project_milestones_tranche_check" check (("tranche_amount_fen" is null) = ("tranche_condition" is null) and coalesce("tranche_amount_fen", 1) > 0);
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "project_rectifications" cascade;
drop table if exists "project_evaluations" cascade;
drop table if exists "project_targets" cascade;
drop table if exists "project_amendments" cascade;
drop table if exists "project_milestones" cascade;
drop table if exists "project_service_items" cascade;
drop table if exists "project_bids" cascade;
alter table "service_projects" drop constraint "service_projects_status_check";
alter table "service_projects" drop constraint "service_projects_procurement_method_check";
alter table "service_projects" drop constraint "service_projects_key_scope_idempotency_key_unique";
alter table "service_projects" drop column "procurement_method", drop column "contract_number", drop column "contract_signed_on", drop column "selection_reason", drop column "idempotency_key", drop column "key_scope", drop column "request_fingerprint";
alter table "service_projects" add constraint "service_projects_status_check" check ("status" in ('PLANNED', 'ACTIVE', 'COMPLETED', 'TERMINATED'));
`);
  }
}
