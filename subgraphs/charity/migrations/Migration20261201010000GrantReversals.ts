import { Migration } from '@mikro-orm/migrations';

/**
 * A grant made in error is corrected by a reversing entry that names the grant and why, never by
 * changing or deleting it: the reversal is the grant's negative and returns the money to the fund.
 */
export class Migration20261201010000GrantReversals extends Migration {
  override up(): void {
    this.addSql(`
alter table "charity_grants" add column "reverses_id" uuid null, add column "reason" varchar(500) null;
alter table "charity_grants" add constraint "charity_grants_reverses_id_foreign" foreign key ("reverses_id") references "charity_grants" ("id");
alter table "charity_grants" add constraint "charity_grants_reverses_id_unique" unique ("reverses_id");
alter table "charity_grants" drop constraint "charity_grants_amount_fen_check";
alter table "charity_grants" add constraint "charity_grants_amount_fen_check" check (("reverses_id" is null and "amount_fen" > 0 and "reason" is null) or ("reverses_id" is not null and "amount_fen" < 0 and "reason" is not null));
`);
  }

  override down(): void {
    this.addSql(`
delete from "charity_grants" where "reverses_id" is not null;
alter table "charity_grants" drop constraint "charity_grants_amount_fen_check";
alter table "charity_grants" add constraint "charity_grants_amount_fen_check" check ("amount_fen" > 0);
alter table "charity_grants" drop constraint "charity_grants_reverses_id_unique";
alter table "charity_grants" drop constraint "charity_grants_reverses_id_foreign";
alter table "charity_grants" drop column "reverses_id", drop column "reason";
`);
  }
}
