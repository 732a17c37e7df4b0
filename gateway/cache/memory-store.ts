import { LRUCache } from 'lru-cache';
import type { CacheStore, CacheSetOptions } from './store.js';

/**
 * Room for the in-process cache, in characters of keys and values (about bytes for the ASCII of
 * queries and JSON answers): some thousands of persisted queries and dashboard answers. The least
 * recently used go first when it is full.
 */
export const MEMORY_STORE_SIZE = 64 * 1024 * 1024;

/** The gateway's cache in its own memory: bounded, least recently used out first, with expiry. */
export class MemoryStore implements CacheStore {
  private readonly entries: LRUCache<string, string>;

  constructor(maxSize: number = MEMORY_STORE_SIZE) {
    this.entries = new LRUCache<string, string>({
      maxSize,
      sizeCalculation: (value, key) => value.length + key.length,
    });
  }

  async get(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }

  async set(key: string, value: string, options?: CacheSetOptions): Promise<void> {
    const seconds = options?.ttl;
    this.entries.set(key, value, seconds && seconds > 0 ? { ttl: seconds * 1000 } : {});
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }
}
