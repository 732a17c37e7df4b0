import { Migration } from '@mikro-orm/migrations';

/**
 * Signed webhooks to the departments' systems: their endpoints, the transactional outbox that
 * writes fill in their own transactions, one delivery per event and endpoint, and the
 * append-only log of every attempt (updates, deletes and truncation refused as in the access log).
 */
export class Migration20261202010000Webhooks extends Migration {
  override up(): void {
    this.addSql(`
create table "webhook_endpoints" ("id" uuid not null, "department" varchar(40) not null, "url" varchar(2000) not null, "secret" varchar(100) not null, "topics" text[] not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "created_by_subject" varchar(200) not null, "disabled_at" timestamptz null, primary key ("id"));
create index "webhook_endpoints_department_index" on "webhook_endpoints" ("department");
create table "outbox_events" ("id" uuid not null, "seq" bigserial not null, "topic" varchar(100) not null, "recipient_department" varchar(40) not null, "aggregate_id" uuid not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "fanned_out_at" timestamptz null, primary key ("id"), constraint "outbox_events_seq_unique" unique ("seq"));
create index "outbox_events_not_fanned_out_index" on "outbox_events" ("seq") where "fanned_out_at" is null;
create table "webhook_deliveries" ("id" uuid not null, "event_id" uuid not null references "outbox_events" ("id"), "endpoint_id" uuid not null references "webhook_endpoints" ("id"), "department" varchar(40) not null, "topic" varchar(100) not null, "aggregate_id" uuid not null, "event_seq" bigint not null, "status" varchar(20) not null default 'PENDING', "attempts" int not null default 0, "attempts_at_replay" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null default now(), primary key ("id"), constraint "webhook_deliveries_status_check" check ("status" in ('PENDING', 'DELIVERED', 'FAILED')), constraint "webhook_deliveries_event_id_endpoint_id_unique" unique ("event_id", "endpoint_id"));
create index "webhook_deliveries_due_index" on "webhook_deliveries" ("next_attempt_at") where "status" = 'PENDING';
create index "webhook_deliveries_order_index" on "webhook_deliveries" ("endpoint_id", "aggregate_id", "event_seq") where "status" = 'PENDING';
create index "webhook_deliveries_department_id_index" on "webhook_deliveries" ("department", "id");
create table "webhook_attempts" ("id" uuid not null, "delivery_id" uuid not null references "webhook_deliveries" ("id"), "attempt" int not null, "at" timestamptz not null default now(), "http_status" int null, "error" varchar(1000) null, "duration_ms" int not null, primary key ("id"), constraint "webhook_attempts_delivery_id_attempt_unique" unique ("delivery_id", "attempt"));
revoke update, delete, truncate on "webhook_attempts" from public;
create function "webhook_attempts_is_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'webhook_attempts is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger "webhook_attempts_no_update_or_delete" before update or delete on "webhook_attempts"
  for each row execute function "webhook_attempts_is_append_only"();
create trigger "webhook_attempts_no_truncate" before truncate on "webhook_attempts"
  for each statement execute function "webhook_attempts_is_append_only"();
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "webhook_attempts";
drop function if exists "webhook_attempts_is_append_only"();
drop table if exists "webhook_deliveries";
drop table if exists "outbox_events";
drop table if exists "webhook_endpoints";
`);
  }
}
