import { Migration } from '@mikro-orm/migrations';

/**
 * Households (户) of the shared register: a household in a village under one head, with its
 * categories of assistance; its members with their relation to the head, each a current member
 * of one household at most; and the append-only history of who joined, who left and who became
 * head, like the access log and case events.
 */
export class Migration20261202020000Households extends Migration {
  override up(): void {
    this.addSql(`
create table "households" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "region_code" varchar(12) not null, "address" varchar(300) null, "categories" text[] not null, "head_person_id" uuid not null, "idempotency_key" varchar(100) null, "key_scope" varchar(120) not null default '', "request_fingerprint" varchar(64) null, primary key ("id"));
alter table "households" add constraint "households_region_code_foreign" foreign key ("region_code") references "regions" ("code");
alter table "households" add constraint "households_head_person_id_foreign" foreign key ("head_person_id") references "people" ("id");
alter table "households" add constraint "households_key_scope_idempotency_key_unique" unique ("key_scope", "idempotency_key");
alter table "households" add constraint "households_categories_check" check ("categories" <@ array['MINIMUM_LIVING'::text, 'EXTREME_POVERTY'::text, 'LOW_INCOME'::text, 'CHILD_IN_DIFFICULTY'::text, 'LEFT_BEHIND'::text, 'DISABILITY'::text, 'EMPTY_NEST'::text, 'SINGLE_PARENT'::text]);
create index "households_region_code_index" on "households" ("region_code");
create index "households_region_code_pattern_index" on "households" ("region_code" text_pattern_ops);
create index "households_head_person_id_index" on "households" ("head_person_id");
create index "households_categories_gin_index" on "households" using gin ("categories");

create table "household_members" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "household_id" uuid not null, "person_id" uuid not null, "relation" varchar(20) not null, "joined_on" date not null, "left_on" date null, primary key ("id"));
alter table "household_members" add constraint "household_members_household_id_foreign" foreign key ("household_id") references "households" ("id");
alter table "household_members" add constraint "household_members_person_id_foreign" foreign key ("person_id") references "people" ("id");
alter table "household_members" add constraint "household_members_left_on_check" check ("left_on" is null or "left_on" >= "joined_on");
create index "household_members_household_id_index" on "household_members" ("household_id");
create index "household_members_person_id_index" on "household_members" ("person_id");
create unique index "household_members_current_person_unique" on "household_members" ("person_id") where "left_on" is null;

create table "household_membership_events" ("id" uuid not null, "household_id" uuid not null, "kind" varchar(20) not null, "person_id" uuid not null, "relation" varchar(20) not null, "former_head_person_id" uuid null, "effective_on" date not null, "at" timestamptz not null default now(), "by_subject" varchar(200) not null, "by_department" varchar(40) not null, "reason" varchar(1000) null, primary key ("id"));
alter table "household_membership_events" add constraint "household_membership_events_household_id_foreign" foreign key ("household_id") references "households" ("id");
alter table "household_membership_events" add constraint "household_membership_events_person_id_foreign" foreign key ("person_id") references "people" ("id");
alter table "household_membership_events" add constraint "household_membership_events_former_head_person_id_foreign" foreign key ("former_head_person_id") references "people" ("id") on delete set null;
create index "household_membership_events_household_id_index" on "household_membership_events" ("household_id");

revoke update, delete, truncate on "household_membership_events" from public;
create function "household_membership_events_are_append_only"() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger "household_membership_events_no_update_or_delete" before update or delete on "household_membership_events"
  for each row execute function "household_membership_events_are_append_only"();
create trigger "household_membership_events_no_truncate" before truncate on "household_membership_events"
  for each statement execute function "household_membership_events_are_append_only"();
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "household_membership_events";
drop table if exists "household_members";
drop table if exists "households";
drop function if exists "household_membership_events_are_append_only"();
`);
  }
}
