import { Migration } from '@mikro-orm/migrations';

/**
 * Merging duplicate entries of the register: the entry merged away points at the survivor
 * (`people.merged_into`), the merges are logged (`person_merges`), civil affairs' own records that
 * moved are written down (`person_merge_moves`), and the change log the other departments follow
 * (`register_changes`) is appended to, never updated.
 */
export class Migration20261203000000PersonMerges extends Migration {
  override up(): void {
    this.addSql(`
alter table "people" add "merged_into" uuid null references "people" ("id");
create index "people_merged_into_index" on "people" ("merged_into");
create table "person_merges" ("id" uuid not null, "survivor_id" uuid not null references "people" ("id"), "merged_id" uuid not null references "people" ("id"), "survivor_region_code" varchar(12) not null, "merged_region_code" varchar(12) not null, "reason" varchar(1000) not null, "merged_at" timestamptz not null default now(), "merged_by" varchar(200) not null, "merge_seq" bigint not null, "undone_at" timestamptz null, "undone_by" varchar(200) null, "undo_reason" varchar(1000) null, "undo_seq" bigint null, primary key ("id"), check ("survivor_id" <> "merged_id"));
create index "person_merges_survivor_id_index" on "person_merges" ("survivor_id");
create index "person_merges_merged_id_index" on "person_merges" ("merged_id");
create index "person_merges_survivor_region_code_index" on "person_merges" ("survivor_region_code");
create index "person_merges_merged_region_code_index" on "person_merges" ("merged_region_code");
create table "person_merge_moves" ("merge_id" uuid not null, "table_name" varchar(63) not null, "record_id" uuid not null, "from_person_id" uuid not null, "from_region_code" varchar(12) null, "moved_at" timestamptz not null default now(), "restored_at" timestamptz null, primary key ("merge_id", "table_name", "record_id"));
create table "register_changes" ("seq" bigserial primary key, "kind" varchar(40) not null, "merge_id" uuid not null, "survivor_id" uuid not null, "merged_id" uuid not null, "survivor_region_code" varchar(12) not null, "created_at" timestamptz not null default now());
create index "register_changes_merge_id_index" on "register_changes" ("merge_id");
revoke update on "register_changes" from public;
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "register_changes";
drop table if exists "person_merge_moves";
drop table if exists "person_merges";
drop index if exists "people_merged_into_index";
alter table "people" drop column if exists "merged_into";
`);
  }
}
