import { unusableReference } from '../../../shared/department/owned.js';
import type { CivilAffairsContext } from '../loaders.js';

// Cross-row checks that class-validator cannot make: a referenced record must exist. They go
// through the request's loaders, so checking many ids costs one statement per kind.

type LoaderName = 'region' | 'station' | 'agency' | 'person' | 'project' | 'socialWorker';

const labels: Record<LoaderName, string> = {
  region: 'region',
  station: 'station',
  agency: 'agency',
  person: 'person',
  project: 'service project',
  socialWorker: 'social worker',
};

/**
 * Loads a referenced record or fails with `NOT_FOUND` naming the input field: the loaders see
 * only the caller's region, so "absent" and "elsewhere" are one answer, as in every department.
 */
export async function requireExisting<K extends LoaderName>(
  ctx: CivilAffairsContext,
  loader: K,
  key: string,
  field: string,
): Promise<NonNullable<Awaited<ReturnType<CivilAffairsContext['loaders'][K]['load']>>>> {
  const found = await (ctx.loaders[loader].load(key) as Promise<unknown>);
  if (!found) throw unusableReference(labels[loader], field);
  return found as never;
}

/** Loads every referenced record of a list field, naming the first missing one. */
export async function requireAll<K extends LoaderName>(
  ctx: CivilAffairsContext,
  loader: K,
  keys: string[],
  field: string,
): Promise<Array<NonNullable<Awaited<ReturnType<CivilAffairsContext['loaders'][K]['load']>>>>> {
  return Promise.all(
    keys.map((key, index) => requireExisting(ctx, loader, key, `${field}.${index}`)),
  );
}
