import { Migration20261122030000Initial } from './Migration20261122030000Initial.js';

/** Committed migrations of the trade-union database, oldest first. */
export const tradeUnionMigrations = [
  { name: 'Migration20261122030000Initial', class: Migration20261122030000Initial },
];
