import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { ServerConnection } from '../../shared/db/connection.js';
import { departmentDatabaseName } from '../../shared/db/orm.js';
import { SeededRandom } from '../../demo-world/random.js';
import { bulkInsert, type BulkColumn } from './bulk.js';
import type { ScaleWorld } from './generate.js';

// The other departments' part of the province for load: the same people and stations seen from
// the trade union, the Youth League, the women's federation and the disabled persons'
// federation, so that dashboards and person views fan out over every department at scale.

type Rows = Array<[string, BulkColumn[], unknown[][]]>;

/** Rows of each department, derived from the civil-affairs world of the same scale. */
function departmentRows(world: ScaleWorld): Record<string, Rows> {
  const random = new SeededRandom(4242);
  const townships = (world.stations as string[][]).filter(
    (station) => station[2] === 'TOWNSHIP_STATION',
  );
  const people = world.people;
  const teams = townships.map((station) => [
    uuidv7(),
    `${station[1]}青年志愿服务队`,
    station[4],
    station[0],
    '2024-01-01',
  ]);
  const volunteers = people
    .filter((_, index) => index % 4 === 0)
    .map((person, index) => [
      uuidv7(),
      teams[index % teams.length]![0],
      person[1],
      person[0],
      person[5],
      '2024-02-01',
    ]);
  const day = () => random.date('2024-01-01', '2026-10-31');
  return {
    'trade-union': [
      [
        'worker_files',
        [
          ['id', 'uuid'],
          ['person_id', 'uuid'],
          ['person_region_code', 'varchar'],
          ['employer', 'varchar'],
          ['reason', 'text'],
          ['level', 'text'],
          ['status', 'text'],
          ['opened_on', 'date'],
          ['household_income_per_capita_fen', 'int8'],
        ],
        people
          .filter((_, index) => index % 20 === 0)
          .map((person, index) => [
            uuidv7(),
            person[0],
            person[5],
            '规模企业',
            index % 2 ? 'ILLNESS' : 'LOW_WAGE',
            index % 5 ? 'ORDINARY' : 'DEEP',
            'OPEN',
            '2024-03-01',
            String(random.int(300, 1500) * 100),
          ]),
      ],
    ],
    'youth-league': [
      [
        'volunteer_teams',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['region_code', 'varchar'],
          ['station_id', 'uuid'],
          ['founded_on', 'date'],
        ],
        teams,
      ],
      [
        'volunteers',
        [
          ['id', 'uuid'],
          ['team_id', 'uuid'],
          ['name', 'varchar'],
          ['person_id', 'uuid'],
          ['region_code', 'varchar'],
          ['joined_on', 'date'],
        ],
        volunteers,
      ],
      [
        'volunteer_services',
        [
          ['id', 'uuid'],
          ['volunteer_id', 'uuid'],
          ['region_code', 'varchar'],
          ['served_on', 'date'],
          ['duration_minutes', 'int4'],
          ['activity', 'varchar'],
        ],
        Array.from({ length: volunteers.length * 2 }, (_, index) => {
          const volunteer = volunteers[index % volunteers.length]!;
          return [uuidv7(), volunteer[0], volunteer[4], day(), 60 * random.int(1, 4), '志愿服务'];
        }),
      ],
    ],
    'women-federation': [
      [
        'family_services',
        [
          ['id', 'uuid'],
          ['station_id', 'uuid'],
          ['region_code', 'varchar'],
          ['kind', 'text'],
          ['served_on', 'date'],
          ['households', 'int4'],
          ['person_times', 'int4'],
        ],
        Array.from({ length: townships.length * 50 }, (_, index) => {
          const station = townships[index % townships.length]!;
          return [
            uuidv7(),
            station[0],
            station[4],
            index % 2 ? 'PARENTING_CLASS' : 'HOME_VISIT',
            day(),
            random.int(1, 20),
            random.int(2, 60),
          ];
        }),
      ],
    ],
    'disabled-persons-federation': (() => {
      const holders = people.filter((_, index) => index % 10 === 0);
      return [
        [
          'certificates',
          [
            ['id', 'uuid'],
            ['person_id', 'uuid'],
            ['person_region_code', 'varchar'],
            ['number', 'varchar'],
            ['category', 'text'],
            ['grade', 'int2'],
            ['issued_on', 'date'],
            ['expires_on', 'date'],
          ],
          holders.map((person, index) => [
            uuidv7(),
            person[0],
            person[5],
            `${person[2]}${1 + (index % 7)}${1 + (index % 4)}`,
            ['VISION', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE'][
              index % 7
            ],
            1 + (index % 4),
            '2023-01-01',
            '2033-01-01',
          ]),
        ],
        [
          'rehabilitation_services',
          [
            ['id', 'uuid'],
            ['person_id', 'uuid'],
            ['person_region_code', 'varchar'],
            ['kind', 'text'],
            ['served_on', 'date'],
            ['duration_minutes', 'int4'],
          ],
          Array.from({ length: holders.length * 5 }, (_, index) => {
            const person = holders[index % holders.length]!;
            return [uuidv7(), person[0], person[5], 'HOME_REHABILITATION', day(), 60];
          }),
        ],
      ] as Rows;
    })(),
  };
}

/**
 * Writes the other departments' rows for the province into their own databases, each in one
 * transaction; with `replace`, the province's earlier rows go first.
 */
export async function loadDepartmentsScale(
  server: ServerConnection,
  prefix: string,
  world: ScaleWorld,
  replace: boolean,
  progress: (inserted: number, table: string) => void,
): Promise<number> {
  let total = 0;
  for (const [department, tables] of Object.entries(departmentRows(world))) {
    const client = new pg.Client({
      ...server,
      database: departmentDatabaseName(prefix, department),
    });
    await client.connect();
    try {
      await client.query('BEGIN');
      if (replace) {
        for (const [table, columns] of [...tables].reverse()) {
          const region = columns.find(([name]) => name.endsWith('region_code'))![0];
          await client.query(`DELETE FROM "${table}" WHERE "${region}" LIKE '33%'`);
        }
      }
      for (const [table, columns, rows] of tables) {
        await bulkInsert(client, table, columns, rows, (inserted) => progress(inserted, table));
        total += rows.length;
      }
      await client.query('COMMIT');
      await client.query('ANALYZE');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
  }
  return total;
}
