import type DataLoader from 'dataloader';

/**
 * The view of the one record a field points to (a station's parent, a worker's agency), loaded
 * through the request's loader: `null` when the field is empty or the record is gone.
 */
export async function relatedView<R, V>(
  loader: DataLoader<string, R | null, string>,
  key: string | null | undefined,
  toView: (record: R) => V,
): Promise<V | null> {
  const record = key ? await loader.load(key) : null;
  return record ? toView(record) : null;
}
