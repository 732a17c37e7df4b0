import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { agenciesImport } from './kinds/agencies.js';
import type { ImportKind, Outcome, WriteContext } from './kinds/kind.js';
import { peopleImport } from './kinds/people.js';
import { projectsImport } from './kinds/projects.js';
import { socialWorkersImport } from './kinds/social-workers.js';
import { stationsImport } from './kinds/stations.js';
import { Lookup } from './lookup.js';
import { ImportRejected } from './problems.js';
import { readRows } from './row.js';
import { readSheetFile, type Sheet } from './sheet.js';

/** The import formats, by the name the command line takes. */
export const IMPORT_KINDS = {
  stations: stationsImport,
  agencies: agenciesImport,
  'social-workers': socialWorkersImport,
  people: peopleImport,
  projects: projectsImport,
} as const;
export type ImportKindName = keyof typeof IMPORT_KINDS;

export function isImportKind(name: string): name is ImportKindName {
  return Object.hasOwn(IMPORT_KINDS, name);
}

/** Where an import is, for a progress bar: rows checked, rows matched, then the one write. */
export interface ImportProgress {
  phase: 'checking' | 'matching' | 'saving';
  done: number;
  total: number;
}

export interface ImportSummary {
  kind: ImportKindName;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
}

/**
 * Imports one sheet into the civil-affairs database, all or nothing: every row is checked with
 * the mutations' rules and matched by its natural key; if any row has a problem, the transaction
 * is rolled back and {@link ImportRejected} lists every problem. Unchanged rows are not written,
 * so importing the same sheet twice changes nothing the second time.
 */
export async function importSheet(
  em: EntityManager,
  kindName: ImportKindName,
  sheet: Sheet,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const kind = IMPORT_KINDS[kindName] as unknown as ImportKind<unknown>;
  const report = options.onProgress ?? (() => undefined);
  const { readers, problems } = readRows(kind.columns, sheet);
  // Without the right columns no row can be read: say so once instead of once per row.
  if (problems.length) throw new ImportRejected(problems);
  const total = readers.length;
  const drafts: unknown[] = [];
  for (const [index, row] of readers.entries()) {
    drafts.push(await kind.read(row));
    if (index % 100 === 99 || index === total - 1)
      await report({ phase: 'checking', done: index + 1, total });
  }
  return em.fork().transactional(async (tx) => {
    const context: WriteContext = {
      em: tx,
      lookup: new Lookup(tx),
      seen: new Map(),
      existing: new Map(),
    };
    await kind.prefetch(context, drafts);
    const counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0 };
    for (const [index, row] of readers.entries()) {
      const outcome = await kind.write(drafts[index], row, context);
      if (outcome) counts[outcome] += 1;
      if (index % 100 === 99 || index === total - 1)
        await report({ phase: 'matching', done: index + 1, total });
    }
    const found = readers.flatMap((row) => row.problems);
    if (found.length) throw new ImportRejected(found);
    await report({ phase: 'saving', done: 0, total: 1 });
    await tx.flush().catch((error: unknown) => {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // Someone wrote a record with one of the same keys while the import ran. The database's
      // detail names the value (an identity number, say), so only the constraint is shown.
      const constraint = (error as { constraint?: string }).constraint ?? 'a unique key';
      throw new ImportRejected([
        {
          line: 0,
          field: '(file)',
          value: '',
          message: `a record with the same key (${constraint}) was written while the import ran; run the import again`,
        },
      ]);
    });
    await report({ phase: 'saving', done: 1, total: 1 });
    return { kind: kindName, rows: total, ...counts };
  });
}

/** Reads a .csv or .xlsx file and imports it; see {@link importSheet}. */
export async function importFile(
  em: EntityManager,
  kindName: ImportKindName,
  path: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  return importSheet(em, kindName, await readSheetFile(path), options);
}
