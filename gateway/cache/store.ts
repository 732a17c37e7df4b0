/** How long an entry may be kept, in seconds; `null` or absent: until the store needs the room. */
export interface CacheSetOptions {
  ttl?: number | null;
}

/**
 * A key-value store of strings, in the shape of Apollo Server's `KeyValueCache`: what it keeps
 * are persisted queries and cached answers. Its operations never fail: a store that does not
 * answer finds nothing and keeps nothing.
 */
export interface CacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: CacheSetOptions): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}
