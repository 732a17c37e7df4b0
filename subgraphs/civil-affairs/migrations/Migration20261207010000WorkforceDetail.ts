import { Migration } from '@mikro-orm/migrations';

/**
 * A social worker's file beyond the post: when the qualification was obtained, trainings,
 * monthly allowances and rewards; employment widened to labour dispatch, community workers and
 * assistance assistants. Rows written before keep their values (full or part time) and have no
 * certification date: growth over time counts only dated qualifications.
 */
export class Migration20261207010000WorkforceDetail extends Migration {
  override up(): void {
    this.addSql(`
alter table "social_workers" drop constraint "social_workers_employment_check";
alter table "social_workers" add "certified_on" date null;
alter table "social_workers" add constraint "social_workers_employment_check" check ("employment" in ('FULL_TIME', 'PART_TIME', 'LABOUR_DISPATCH', 'COMMUNITY_WORKER', 'ASSISTANT'));
alter table "social_workers" add constraint "social_workers_certified_on_check" check ("certified_on" is null or "certification" <> 'NONE');
create index "social_workers_region_code_certified_on_index" on "social_workers" ("region_code" text_pattern_ops, "certified_on");

create table "social_worker_trainings" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "worker_id" uuid not null, "trained_on" date not null, "hours" int not null, "topic" varchar(200) not null, "organiser" varchar(200) not null, primary key ("id"));
create index "social_worker_trainings_worker_id_index" on "social_worker_trainings" ("worker_id");
alter table "social_worker_trainings" add constraint "social_worker_trainings_worker_id_foreign" foreign key ("worker_id") references "social_workers" ("id") on delete cascade;
alter table "social_worker_trainings" add constraint "social_worker_trainings_hours_check" check ("hours" > 0);

create table "social_worker_allowances" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "worker_id" uuid not null, "title" varchar(100) not null, "monthly_amount_fen" bigint not null, "starts_on" date not null, "ends_on" date null, primary key ("id"));
create index "social_worker_allowances_worker_id_index" on "social_worker_allowances" ("worker_id");
alter table "social_worker_allowances" add constraint "social_worker_allowances_worker_id_foreign" foreign key ("worker_id") references "social_workers" ("id") on delete cascade;
alter table "social_worker_allowances" add constraint "social_worker_allowances_amount_check" check ("monthly_amount_fen" > 0);
alter table "social_worker_allowances" add constraint "social_worker_allowances_term_check" check ("ends_on" is null or "ends_on" >= "starts_on");

create table "social_worker_rewards" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "worker_id" uuid not null, "title" varchar(200) not null, "awarded_on" date not null, "awarded_by" varchar(200) not null, primary key ("id"));
create index "social_worker_rewards_worker_id_index" on "social_worker_rewards" ("worker_id");
alter table "social_worker_rewards" add constraint "social_worker_rewards_worker_id_foreign" foreign key ("worker_id") references "social_workers" ("id") on delete cascade;
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "social_worker_rewards" cascade;
drop table if exists "social_worker_allowances" cascade;
drop table if exists "social_worker_trainings" cascade;
drop index "social_workers_region_code_certified_on_index";
alter table "social_workers" drop constraint "social_workers_certified_on_check";
alter table "social_workers" drop column "certified_on";
alter table "social_workers" drop constraint "social_workers_employment_check";
alter table "social_workers" add constraint "social_workers_employment_check" check ("employment" in ('FULL_TIME', 'PART_TIME'));
`);
  }
}
