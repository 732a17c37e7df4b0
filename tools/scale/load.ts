import type pg from 'pg';
import { bulkInsert, type BulkColumn } from './bulk.js';
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

/** Whether the synthetic province is already in the civil-affairs database. */
export async function scaleLoaded(client: pg.ClientBase | pg.Pool): Promise<boolean> {
  const present = await client.query('SELECT 1 FROM regions WHERE code = $1', [
    SCALE_PROVINCE.code,
  ]);
  return (present.rowCount ?? 0) > 0;
}

/**
 * Writes the synthetic province of a scale into the civil-affairs database in one transaction
 * (replacing an earlier one when asked), then refreshes the planner's statistics.
 */
export async function loadScale(
  client: pg.ClientBase,
  scale: number,
  replace: boolean,
  progress: LoadProgress,
): Promise<LoadedScale> {
  try {
    const world = generateScaleWorld(scale);
    const tables: Array<[string, BulkColumn[], unknown[][]]> = [
      [
        'regions',
        [
          ['code', 'varchar'],
          ['name', 'varchar'],
          ['level', 'text'],
          ['parent_code', 'varchar'],
        ],
        world.regions,
      ],
      [
        'agencies',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['credit_code', 'varchar'],
          ['region_code', 'varchar'],
        ],
        world.agencies,
      ],
      [
        'stations',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['level', 'text'],
          ['status', 'text'],
          ['region_code', 'varchar'],
          ['parent_id', 'uuid'],
          ['operator_id', 'uuid'],
          ['opened_on', 'date'],
        ],
        world.stations,
      ],
      [
        'social_workers',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['region_code', 'varchar'],
          ['station_id', 'uuid'],
          ['agency_id', 'uuid'],
          ['employment', 'text'],
          ['certification', 'text'],
        ],
        world.workers,
      ],
      [
        'people',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['identity_number', 'varchar'],
          ['sex', 'text'],
          ['birth_date', 'date'],
          ['region_code', 'varchar'],
          ['categories', 'text', 'text[]'],
        ],
        world.people.map((row) => [...row.slice(0, 6), `{${row[6].join(',')}}`]),
      ],
      [
        'service_projects',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['lead_department', 'text'],
          ['agency_id', 'uuid'],
          ['region_code', 'varchar'],
          ['service_areas', 'text', 'text[]'],
          ['target_groups', 'text', 'text[]'],
          ['starts_on', 'date'],
          ['ends_on', 'date'],
          ['contract_amount_fen', 'bigint'],
          ['status', 'text'],
        ],
        world.projects.map((row) => [
          ...row.slice(0, 5),
          `{${(row[5] as string[]).join(',')}}`,
          `{${(row[6] as string[]).join(',')}}`,
          ...row.slice(7),
        ]),
      ],
      [
        'project_stations',
        [
          ['project_id', 'uuid'],
          ['station_id', 'uuid'],
        ],
        world.projectStations,
      ],
      [
        'service_records',
        [
          ['id', 'uuid'],
          ['method', 'text'],
          ['station_id', 'uuid'],
          ['project_id', 'uuid'],
          ['region_code', 'varchar'],
          ['served_on', 'date'],
          ['duration_minutes', 'int4'],
          ['person_times', 'int4'],
          ['households', 'int4'],
        ],
        world.records,
      ],
    ];
    const total = tables.reduce((sum, [, , rows]) => sum + rows.length, 0);
    await client.query('BEGIN');
    if (replace) {
      for (const [table, column] of [
        ['service_records', 'region_code'],
        ['social_workers', 'region_code'],
        ['people', 'region_code'],
      ] as const) {
        await client.query(`DELETE FROM ${table} WHERE ${column} LIKE '33%'`);
      }
      await client.query(
        `DELETE FROM project_stations WHERE project_id IN (SELECT id FROM service_projects WHERE region_code LIKE '33%')`,
      );
      await client.query(`DELETE FROM service_projects WHERE region_code LIKE '33%'`);
      await client.query(
        `DELETE FROM stations WHERE region_code LIKE '33%' AND parent_id IS NOT NULL`,
      );
      await client.query(`DELETE FROM stations WHERE region_code LIKE '33%'`);
      await client.query(`DELETE FROM agencies WHERE region_code LIKE '33%'`);
      await client.query(`DELETE FROM regions WHERE code LIKE '33%' AND length(code) = 12`);
      await client.query(`DELETE FROM regions WHERE code LIKE '33%' AND length(code) = 9`);
      await client.query(`DELETE FROM regions WHERE code LIKE '33%'`);
    }
    let done = 0;
    for (const [table, columns, rows] of tables) {
      await bulkInsert(client, table, columns, rows, (inserted) => {
        done += inserted;
        progress(done, total, table);
      });
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return {
      stations: world.stations.length,
      people: world.people.length,
      records: world.records.length,
      world,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
