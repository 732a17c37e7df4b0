import { Migration } from '@mikro-orm/migrations';

/**
 * Money recorded in error is corrected by a reversing entry that names the entry it reverses and
 * why, never by changing or deleting the entry: a reversal is the negative of one allocation.
 */
export class Migration20261201010000ContributionReversals extends Migration {
  override up(): void {
    this.addSql(`
alter table "project_contributions" add column "reverses_id" uuid null, add column "reason" varchar(500) null;
alter table "project_contributions" add constraint "project_contributions_reverses_id_foreign" foreign key ("reverses_id") references "project_contributions" ("id");
alter table "project_contributions" add constraint "project_contributions_reverses_id_unique" unique ("reverses_id");
alter table "project_contributions" drop constraint "project_contributions_amount_fen_check";
alter table "project_contributions" add constraint "project_contributions_amount_fen_check" check (("reverses_id" is null and "amount_fen" > 0 and "reason" is null) or ("reverses_id" is not null and "amount_fen" < 0 and "reason" is not null));
`);
  }

  override down(): void {
    this.addSql(`
delete from "project_contributions" where "reverses_id" is not null;
alter table "project_contributions" drop constraint "project_contributions_amount_fen_check";
alter table "project_contributions" add constraint "project_contributions_amount_fen_check" check ("amount_fen" > 0);
alter table "project_contributions" drop constraint "project_contributions_reverses_id_unique";
alter table "project_contributions" drop constraint "project_contributions_reverses_id_foreign";
alter table "project_contributions" drop column "reverses_id", drop column "reason";
`);
  }
}
