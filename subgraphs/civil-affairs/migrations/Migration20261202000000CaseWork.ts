import { Migration } from '@mikro-orm/migrations';

/**
 * Case work across departments: cases (个案) with their stages, needs, goals and linked records;
 * consents (知情同意) to share a person's data; referrals (转介) with an append-only history of
 * every transition; and each department's response times by urgency. Case and referral events
 * are append-only like the access log.
 */
export class Migration20261202000000CaseWork extends Migration {
  override up(): void {
    this.addSql(`
create table "cases" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "key_scope" varchar(120) not null default '', "request_fingerprint" varchar(64) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "person_id" uuid not null, "region_code" varchar(12) not null, "station_id" uuid not null, "worker_id" uuid null, "lead_department" varchar(40) not null, "stage" varchar(20) not null, "opened_on" date not null, "intake_reason" varchar(2000) not null, "assessed_on" date null, "planned_on" date null, "intervention_on" date null, "evaluated_on" date null, "evaluation" varchar(2000) null, "goals_achieved" int null, "closure_requested_on" date null, "closure_requested_by" varchar(200) null, "closure_reason" varchar(40) null, "closure_outcome" varchar(2000) null, "closed_on" date null, "closure_approved_by" varchar(200) null, "idempotency_key" varchar(100) null, primary key ("id"));
alter table "cases" add constraint "cases_person_id_foreign" foreign key ("person_id") references "people" ("id");
alter table "cases" add constraint "cases_region_code_foreign" foreign key ("region_code") references "regions" ("code");
alter table "cases" add constraint "cases_station_id_foreign" foreign key ("station_id") references "stations" ("id");
alter table "cases" add constraint "cases_worker_id_foreign" foreign key ("worker_id") references "social_workers" ("id") on delete set null;
alter table "cases" add constraint "cases_key_scope_idempotency_key_unique" unique ("key_scope", "idempotency_key");
create index "cases_person_id_index" on "cases" ("person_id");
create index "cases_region_code_opened_on_index" on "cases" ("region_code" text_pattern_ops, "opened_on");
create index "cases_lead_department_stage_index" on "cases" ("lead_department", "stage");

create table "case_needs" ("id" uuid not null, "case_id" uuid not null, "area" varchar(40) not null, "level" varchar(10) not null, "note" varchar(1000) null, "assessed_on" date not null, primary key ("id"));
alter table "case_needs" add constraint "case_needs_case_id_foreign" foreign key ("case_id") references "cases" ("id");
create index "case_needs_case_id_index" on "case_needs" ("case_id");

create table "case_goals" ("id" uuid not null, "case_id" uuid not null, "area" varchar(40) not null, "description" varchar(1000) not null, "target_on" date null, "planned_on" date not null, primary key ("id"));
alter table "case_goals" add constraint "case_goals_case_id_foreign" foreign key ("case_id") references "cases" ("id");
create index "case_goals_case_id_index" on "case_goals" ("case_id");

create table "case_links" ("id" uuid not null, "case_id" uuid not null, "department" varchar(40) not null, "kind" varchar(40) not null, "record_id" uuid not null, "record_date" date not null, "linked_at" timestamptz not null default now(), "linked_by" varchar(200) not null, "linked_by_department" varchar(40) not null, primary key ("id"));
alter table "case_links" add constraint "case_links_case_id_foreign" foreign key ("case_id") references "cases" ("id");
alter table "case_links" add constraint "case_links_case_id_kind_record_id_unique" unique ("case_id", "kind", "record_id");

create table "case_events" ("id" uuid not null, "case_id" uuid not null, "kind" varchar(30) not null, "from_stage" varchar(20) null, "to_stage" varchar(20) not null, "effective_on" date not null, "at" timestamptz not null default now(), "by_subject" varchar(200) not null, "by_department" varchar(40) not null, "note" varchar(2000) null, primary key ("id"));
alter table "case_events" add constraint "case_events_case_id_foreign" foreign key ("case_id") references "cases" ("id");
create index "case_events_case_id_index" on "case_events" ("case_id");

create table "consents" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "person_id" uuid not null, "region_code" varchar(12) not null, "given_by" varchar(20) not null, "guardian_name" varchar(100) null, "guardian_relation" varchar(40) null, "lacks_capacity" boolean not null default false, "departments" text[] not null, "categories" text[] not null, "purposes" text[] not null, "given_on" date not null, "expires_on" date null, "withdrawn_on" date null, "withdrawal_reason" varchar(1000) null, "withdrawn_by" varchar(200) null, "withdrawn_by_department" varchar(40) null, primary key ("id"));
alter table "consents" add constraint "consents_person_id_foreign" foreign key ("person_id") references "people" ("id");
alter table "consents" add constraint "consents_region_code_foreign" foreign key ("region_code") references "regions" ("code");
create index "consents_person_id_index" on "consents" ("person_id");

create table "referrals" ("id" uuid not null, "recorded_by" varchar(200) not null default 'system', "recorded_by_department" varchar(40) not null default 'system', "key_scope" varchar(120) not null default '', "request_fingerprint" varchar(64) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" uuid not null, "person_id" uuid not null, "region_code" varchar(12) not null, "lead_department" varchar(40) not null, "from_department" varchar(40) not null, "to_department" varchar(40) not null, "to_station_id" uuid null, "service_area" varchar(40) null, "reason" varchar(2000) not null, "urgency" varchar(20) not null, "shared_categories" text[] not null, "consent_id" uuid null, "emergency_reason" varchar(1000) null, "state" varchar(20) not null, "sent_on" date not null, "due_on" date not null, "responded_on" date null, "completed_on" date null, "decline_reason" varchar(1000) null, "outcome" varchar(2000) null, "linked_record_kind" varchar(40) null, "linked_record_id" uuid null, "referred_from_id" uuid null, "onward_referral_id" uuid null, "overdue_since" date null, "idempotency_key" varchar(100) null, primary key ("id"));
alter table "referrals" add constraint "referrals_case_id_foreign" foreign key ("case_id") references "cases" ("id");
alter table "referrals" add constraint "referrals_person_id_foreign" foreign key ("person_id") references "people" ("id");
alter table "referrals" add constraint "referrals_region_code_foreign" foreign key ("region_code") references "regions" ("code");
alter table "referrals" add constraint "referrals_to_station_id_foreign" foreign key ("to_station_id") references "stations" ("id") on delete set null;
alter table "referrals" add constraint "referrals_consent_id_foreign" foreign key ("consent_id") references "consents" ("id") on delete set null;
alter table "referrals" add constraint "referrals_referred_from_id_foreign" foreign key ("referred_from_id") references "referrals" ("id") on delete set null;
alter table "referrals" add constraint "referrals_onward_referral_id_foreign" foreign key ("onward_referral_id") references "referrals" ("id") on delete set null;
alter table "referrals" add constraint "referrals_key_scope_idempotency_key_unique" unique ("key_scope", "idempotency_key");
create index "referrals_case_id_index" on "referrals" ("case_id");
create index "referrals_person_id_index" on "referrals" ("person_id");
create index "referrals_to_department_state_index" on "referrals" ("to_department", "state");
create index "referrals_from_department_state_index" on "referrals" ("from_department", "state");
create index "referrals_lead_department_index" on "referrals" ("lead_department");
create index "referrals_region_code_sent_on_index" on "referrals" ("region_code" text_pattern_ops, "sent_on");

create table "referral_events" ("id" uuid not null, "referral_id" uuid not null, "kind" varchar(30) not null, "from_state" varchar(20) null, "to_state" varchar(20) not null, "effective_on" date not null, "at" timestamptz not null default now(), "by_subject" varchar(200) not null, "by_department" varchar(40) not null, "reason" varchar(2000) null, "note" varchar(2000) null, primary key ("id"));
alter table "referral_events" add constraint "referral_events_referral_id_foreign" foreign key ("referral_id") references "referrals" ("id");
create index "referral_events_referral_id_index" on "referral_events" ("referral_id");

create table "referral_response_days" ("department" varchar(40) not null, "urgency" varchar(20) not null, "days" int not null, "updated_by" varchar(200) not null, "updated_at" timestamptz not null default now(), primary key ("department", "urgency"));
alter table "referral_response_days" add constraint "referral_response_days_days_check" check ("days" between 0 and 90);

revoke update, delete, truncate on "case_events", "referral_events" from public;
create function "case_work_events_are_append_only"() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger "case_events_no_update_or_delete" before update or delete on "case_events"
  for each row execute function "case_work_events_are_append_only"();
create trigger "case_events_no_truncate" before truncate on "case_events"
  for each statement execute function "case_work_events_are_append_only"();
create trigger "referral_events_no_update_or_delete" before update or delete on "referral_events"
  for each row execute function "case_work_events_are_append_only"();
create trigger "referral_events_no_truncate" before truncate on "referral_events"
  for each statement execute function "case_work_events_are_append_only"();
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "referral_response_days";
drop table if exists "referral_events";
drop table if exists "referrals";
drop table if exists "consents";
drop table if exists "case_events";
drop table if exists "case_links";
drop table if exists "case_goals";
drop table if exists "case_needs";
drop table if exists "cases";
drop function if exists "case_work_events_are_append_only"();
`);
  }
}
