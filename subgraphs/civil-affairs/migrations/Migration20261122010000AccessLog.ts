import { Migration } from '@mikro-orm/migrations';

/**
 * The append-only log of reveals of personal data. Updates, deletes and truncation are refused
 * twice: by grants for every role but the owner, and by triggers that also bind the owner.
 */
export class Migration20261122010000AccessLog extends Migration {
  override up(): void {
    this.addSql(`
create table "access_log" ("id" uuid not null, "at" timestamptz not null default now(), "subject" varchar(200) not null, "department" varchar(40) not null, "roles" text[] not null, "person_id" uuid not null, "person_region_code" varchar(12) not null, "fields" text[] not null, "purpose" varchar(500) not null, "request_id" varchar(100) not null, primary key ("id"));
create index "access_log_person_id_index" on "access_log" ("person_id");
create index "access_log_person_region_code_at_index" on "access_log" ("person_region_code" text_pattern_ops, "at");
revoke update, delete, truncate on "access_log" from public;
create function "access_log_is_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'access_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger "access_log_no_update_or_delete" before update or delete on "access_log"
  for each row execute function "access_log_is_append_only"();
create trigger "access_log_no_truncate" before truncate on "access_log"
  for each statement execute function "access_log_is_append_only"();
`);
  }

  override down(): void {
    this.addSql(
      `drop table if exists "access_log"; drop function if exists "access_log_is_append_only"();`,
    );
  }
}
