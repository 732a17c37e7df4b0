import { Migration20261122050000Initial } from './Migration20261122050000Initial.js';

/** Committed migrations of the women's federation database, oldest first. */
export const womenFederationMigrations = [
  { name: 'Migration20261122050000Initial', class: Migration20261122050000Initial },
];
