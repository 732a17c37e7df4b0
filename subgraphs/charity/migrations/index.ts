import { Migration20261122060000Initial } from './Migration20261122060000Initial.js';
import { Migration20261201000000WrittenBy } from './Migration20261201000000WrittenBy.js';
import { Migration20261201010000GrantReversals } from './Migration20261201010000GrantReversals.js';
import { Migration20261202030000LedgerOutbox } from './Migration20261202030000LedgerOutbox.js';
import { Migration20261203000000RegisterFollower } from './Migration20261203000000RegisterFollower.js';
import { Migration20261205000000IndicatorOutbox } from './Migration20261205000000IndicatorOutbox.js';

/** Committed migrations of the charity database, oldest first. */
export const charityMigrations = [
  { name: 'Migration20261122060000Initial', class: Migration20261122060000Initial },
  { name: 'Migration20261201000000WrittenBy', class: Migration20261201000000WrittenBy },
  { name: 'Migration20261201010000GrantReversals', class: Migration20261201010000GrantReversals },
  { name: 'Migration20261202030000LedgerOutbox', class: Migration20261202030000LedgerOutbox },
  {
    name: 'Migration20261203000000RegisterFollower',
    class: Migration20261203000000RegisterFollower,
  },
  { name: 'Migration20261205000000IndicatorOutbox', class: Migration20261205000000IndicatorOutbox },
];
