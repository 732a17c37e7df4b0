import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';

// Committed migrations are frozen: a database that has run one never runs it again, so editing
// it changes nothing there and silently gives new databases a different schema. Their text is
// pinned by test/structure/migrations.sha256 (`sha256sum` format, one line per file). A schema
// change is a new migration, whose line is appended to the manifest; an existing line never
// changes. Literal SQL only: an interpolated constant would let an edit elsewhere rewrite it.

const root = new URL('../../', import.meta.url);
const MANIFEST = 'test/structure/migrations.sha256';

async function migrationFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const department of await readdir(new URL('subgraphs/', root), { withFileTypes: true })) {
    if (!department.isDirectory()) continue;
    const folder = `subgraphs/${department.name}/migrations`;
    const names = await readdir(new URL(`${folder}/`, root)).catch(() => [] as string[]);
    files.push(
      ...names
        .filter((name) => /^Migration\d+\w*\.ts$/.test(name))
        .map((name) => `${folder}/${name}`),
    );
  }
  return files.sort();
}

async function manifest(): Promise<Map<string, string>> {
  const text = await readFile(new URL(MANIFEST, root), 'utf8');
  return new Map(
    text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const [hash, path] = line.split(/\s+\*?/, 2) as [string, string];
        return [path, hash];
      }),
  );
}

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(new URL(path, root)))
    .digest('hex');

/** Fails with the files at fault and what to do instead. */
function refuse(paths: string[], advice: string): void {
  if (paths.length) throw new Error(`${paths.join('\n')}\n\n${advice}`);
}

describe('committed migrations', () => {
  it('are never edited or removed: a change is a new migration', async () => {
    const changed: string[] = [];
    for (const [path, hash] of await manifest()) {
      const actual = await sha256(path).catch(() => undefined);
      if (actual !== hash) changed.push(`${path}: ${actual ? 'edited' : 'removed'}`);
    }
    refuse(
      changed,
      'These migrations differ from the text they were committed with. Databases that ran them ' +
        'will not run them again: restore them, and put the change in a new migration ' +
        `(appending its line to ${MANIFEST}).`,
    );
  });

  it('are all pinned in the manifest', async () => {
    const pinned = await manifest();
    refuse(
      (await migrationFiles()).filter((path) => !pinned.has(path)),
      `These migrations are new: append their lines with \`sha256sum <file> >> ${MANIFEST}\`.`,
    );
  });

  it('hold literal SQL, with no interpolated constants', async () => {
    const interpolating: string[] = [];
    for (const path of await migrationFiles()) {
      if ((await readFile(new URL(path, root), 'utf8')).includes('${')) interpolating.push(path);
    }
    refuse(
      interpolating,
      'These migrations interpolate `${…}`: write out the SQL, so that editing a constant ' +
        'cannot rewrite a migration that has already run.',
    );
  });
});
