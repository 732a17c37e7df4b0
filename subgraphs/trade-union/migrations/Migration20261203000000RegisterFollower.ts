import { Migration } from '@mikro-orm/migrations';

/**
 * Following the register's change log, the same in every department's database but civil
 * affairs': which rows each merge of two entries moved (`person_merge_moves`), so that undoing it
 * puts back exactly those, and how far the log has been followed (`register_checkpoint`, its one
 * row created here, so that a follower with nothing to do writes nothing).
 */
export class Migration20261203000000RegisterFollower extends Migration {
  override up(): void {
    this.addSql(`
create table "person_merge_moves" ("merge_id" uuid not null, "table_name" varchar(63) not null, "record_id" uuid not null, "from_person_id" uuid not null, "from_region_code" varchar(12) null, "moved_at" timestamptz not null default now(), "restored_at" timestamptz null, primary key ("merge_id", "table_name", "record_id"));
create table "register_checkpoint" ("source" varchar(40) not null, "seq" bigint not null default 0, "updated_at" timestamptz not null default now(), primary key ("source"));
insert into "register_checkpoint" ("source") values ('civil-affairs');
`);
  }

  override down(): void {
    this.addSql(`
drop table if exists "register_checkpoint";
drop table if exists "person_merge_moves";
`);
  }
}
