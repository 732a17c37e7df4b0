import { Migration20261122040000Initial } from './Migration20261122040000Initial.js';

/** Committed migrations of the Youth League database, oldest first. */
export const youthLeagueMigrations = [
  { name: 'Migration20261122040000Initial', class: Migration20261122040000Initial },
];
