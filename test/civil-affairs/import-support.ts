import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestHub } from '../support/hub.js';

// Helpers of the import tests: files written for a test, and the civil-affairs database of a hub.

/** Samples of the README, in the order their references need. */
export const SAMPLES = ['agencies', 'stations', 'social-workers', 'people', 'projects'] as const;
export const samplePath = (kind: string) => join(process.cwd(), 'docs', 'samples', `${kind}.csv`);

let directory: string | undefined;

/** Writes a CSV (UTF-8 with a BOM, as Excel saves it) into a fresh temporary directory. */
export async function csvFile(name: string, lines: string[]): Promise<string> {
  directory ??= await mkdtemp(join(tmpdir(), 'hub-import-'));
  const path = join(directory, name);
  await writeFile(path, `\uFEFF${lines.join('\r\n')}\r\n`);
  return path;
}

/** A fresh entity manager on the hub's civil-affairs database. */
export function civilAffairsEm(hub: TestHub): EntityManager {
  return hub.subgraphs['civil-affairs']!.database.orm.em.fork();
}

/** Row counts of the tables an import writes, to show that a refused file wrote nothing. */
export async function tableCounts(hub: TestHub): Promise<Record<string, number>> {
  const tables = [
    'stations',
    'agencies',
    'social_workers',
    'people',
    'service_projects',
    'project_stations',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await hub.rowCount('civil-affairs', table);
  return counts;
}
