import type pg from 'pg';
import { SeededRandom } from '../../demo-world/random.js';
import { SCALE_SLICES } from '../scale-slices.js';
import { CLEAR_LEDGER_OUTBOX, writeTables } from './bulk.js';
import { generateScaleWorld, SCALE_PROVINCE, type ScaleWorld } from './generate.js';

/** Reports loading: rows written so far, rows in all, and the table being written. */
export type LoadProgress = (done: number, total: number, table: string) => void;

export interface LoadedScale {
  stations: number;
  people: number;
  records: number;
  /** The generated world, for the other departments' rows. */
  world: ScaleWorld;
}

/** Seed of the stream the departments draw from for their rows of the province. */
export const DEPARTMENTS_SEED = 4242;

/** Whether the synthetic province is already in the civil-affairs database. */
export async function scaleLoaded(client: pg.ClientBase | pg.Pool): Promise<boolean> {
  const present = await client.query('SELECT 1 FROM regions WHERE code = $1', [
    SCALE_PROVINCE.code,
  ]);
  return (present.rowCount ?? 0) > 0;
}

/**
 * Generates the synthetic province of a scale and writes civil affairs' register of it, with its
 * temporary assistance and their snapshots in the benefit ledger, into the civil-affairs database
 * in one transaction (replacing an earlier one when asked), then
 * refreshes the planner's statistics. The other departments follow with loadDepartmentsScale.
 */
export async function loadScale(
  client: pg.ClientBase,
  scale: number,
  replace: boolean,
  progress: LoadProgress,
  /** Service records as many times the scale's (the benchmark's larger province). */
  recordsFactor = 1,
): Promise<LoadedScale> {
  const world = generateScaleWorld(scale, recordsFactor);
  const { tables, clear, benefits } = SCALE_SLICES['civil-affairs'];
  const written = tables(world, new SeededRandom(DEPARTMENTS_SEED));
  const total = written.reduce((sum, table) => sum + table.rows.length, 0);
  let done = 0;
  // Built again, the province leaves the ledger's read model too: the consumer applies the new
  // records' snapshots as they come.
  const clearing = replace
    ? [CLEAR_LEDGER_OUTBOX, `DELETE FROM benefits WHERE region_code LIKE '33%'`, ...(clear ?? [])]
    : null;
  await writeTables(
    client,
    written,
    clearing,
    (inserted, table) => {
      done += inserted;
      progress(done, total, table);
    },
    benefits?.(written),
  );
  return {
    stations: world.stations.length,
    people: world.people.length,
    records: world.records.length,
    world,
  };
}
