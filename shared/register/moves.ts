import type { EntityManager } from '@mikro-orm/postgresql';
import { identifier, rowsOf, run } from '../db/statements.js';
import type { BenefitProgramme } from '../ledger/benefit.js';
import { emitBenefits, type BenefitSource, type ProgrammeOf } from '../ledger/outbox.js';
import type { DepartmentCode } from '../departments.js';
import type { RegisterChange } from './changes.js';
import type { PersonalTable, PersonalTables } from './personal-tables.js';

// Moving a department's records between two entries of the register, in the caller's
// transaction. A merge first writes down, in `person_merge_moves`, exactly which rows of the
// merged entry will move (by table and key, with the person and division they had), then moves
// those rows and only those; undoing it puts back the rows written down and marks them restored.
// Rows written to the survivor after the merge were never written down, so they stay with it.
//
// Both are idempotent by the log alone: a merge applied again finds its rows moved already (or
// restored, which it does not touch again), and an undo applied again finds nothing unrestored.
// Moved rows re-emit the department's benefit snapshots, so the ledger follows the survivor.

/** How many rows of each table moved (or came back). */
export type MovedRows = Record<string, number>;

const PAIR = '(SELECT ?::uuid AS survivor, ?::uuid AS merged) p';

function columnsOf(table: PersonalTable) {
  return {
    table: identifier(table.table),
    person: identifier(table.person ?? 'person_id'),
    key: identifier(table.key ?? 'id'),
    region: table.region ? identifier(table.region) : null,
  };
}

/** The condition under which a row `r` of the merged entry stays where it is. */
function staysWhen(table: PersonalTable): string {
  const { table: name, person } = columnsOf(table);
  const conditions: string[] = [];
  if (table.unique) {
    const { columns, where } = table.unique;
    const onSurvivor = [
      `s.${person} = p.survivor`,
      ...columns.map((c) => `s.${identifier(c)} = r.${identifier(c)}`),
      ...(where ? [`(${where.replace(/\br\./g, 's.')})`] : []),
    ];
    const taken = `EXISTS (SELECT 1 FROM ${name} s WHERE ${onSurvivor.join(' AND ')})`;
    conditions.push(where ? `((${where}) AND ${taken})` : taken);
  }
  if (table.stays) conditions.push(`(${table.stays})`);
  return conditions.length ? conditions.join(' OR ') : 'false';
}

/** Re-emits the benefit snapshots of the rows of `table` that moved. */
async function reemit<D extends DepartmentCode>(
  tx: EntityManager,
  personal: PersonalTables<D>,
  table: string,
  ids: string[],
): Promise<void> {
  if (!ids.length) return;
  for (const [programme, source] of Object.entries(personal.benefits.sources) as Array<
    [BenefitProgramme, BenefitSource]
  >) {
    if (source.table !== table) continue;
    await emitBenefits(tx, personal.benefits, programme as ProgrammeOf<D>, ids);
  }
}

/**
 * Moves the department's records of the merged entry to the survivor, writing each moved row
 * down under the merge; rows the survivor already holds the like of stay (see `unique`).
 */
export async function moveRecords<D extends DepartmentCode>(
  tx: EntityManager,
  personal: PersonalTables<D>,
  change: RegisterChange,
): Promise<MovedRows> {
  const moved: MovedRows = {};
  for (const table of personal.tables) {
    const { table: name, person, key, region } = columnsOf(table);
    await run(
      tx,
      `INSERT INTO person_merge_moves (merge_id, table_name, record_id, from_person_id, from_region_code)
       SELECT ?::uuid, ?::text, r.${key}, r.${person}, ${region ? `r.${region}` : 'NULL'}
         FROM ${name} r, ${PAIR}
        WHERE r.${person} = p.merged AND NOT (${staysWhen(table)})
       ON CONFLICT DO NOTHING`,
      [change.mergeId, table.table, change.survivorId, change.mergedId],
    );
    const rows = await rowsOf<{ id: string }>(
      tx,
      `UPDATE ${name} r SET ${person} = ?::uuid${region ? `, ${region} = ?::text` : ''}
         FROM person_merge_moves m
        WHERE m.merge_id = ?::uuid AND m.table_name = ? AND m.restored_at IS NULL
          AND r.${key} = m.record_id AND r.${person} = m.from_person_id
       RETURNING r.${key}::text AS id`,
      [
        change.survivorId,
        ...(region ? [change.survivorRegionCode] : []),
        change.mergeId,
        table.table,
      ],
    );
    moved[table.table] = rows.length;
    await reemit(
      tx,
      personal,
      table.table,
      rows.map((row) => row.id),
    );
  }
  return moved;
}

/**
 * Puts back every row the merge moved that is still the survivor's, with the person and division
 * it had, and marks the merge's rows restored. Rows the survivor gained since stay with it.
 */
export async function restoreRecords<D extends DepartmentCode>(
  tx: EntityManager,
  personal: PersonalTables<D>,
  change: RegisterChange,
): Promise<MovedRows> {
  const restored: MovedRows = {};
  for (const table of personal.tables) {
    const { table: name, person, key, region } = columnsOf(table);
    const rows = await rowsOf<{ id: string }>(
      tx,
      `UPDATE ${name} r SET ${person} = m.from_person_id${region ? `, ${region} = coalesce(m.from_region_code, r.${region})` : ''}
         FROM person_merge_moves m
        WHERE m.merge_id = ?::uuid AND m.table_name = ? AND m.restored_at IS NULL
          AND r.${key} = m.record_id AND r.${person} = ?::uuid
       RETURNING r.${key}::text AS id`,
      [change.mergeId, table.table, change.survivorId],
    );
    restored[table.table] = rows.length;
    await reemit(
      tx,
      personal,
      table.table,
      rows.map((row) => row.id),
    );
  }
  await run(
    tx,
    'UPDATE person_merge_moves SET restored_at = now() WHERE merge_id = ?::uuid AND restored_at IS NULL',
    [change.mergeId],
  );
  return restored;
}

/** Applies one change of the register's log to the department's records. */
export function applyChange<D extends DepartmentCode>(
  tx: EntityManager,
  personal: PersonalTables<D>,
  change: RegisterChange,
): Promise<MovedRows> {
  return change.kind === 'person.merged'
    ? moveRecords(tx, personal, change)
    : restoreRecords(tx, personal, change);
}
