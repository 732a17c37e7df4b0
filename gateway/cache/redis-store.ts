import { createClient } from '@redis/client';
import type { Logger } from '../../shared/logger.js';
import type { CacheMetrics, CacheOperation } from './metrics.js';
import type { CacheSetOptions, CacheStore } from './store.js';

/**
 * Longest wait for one Redis command. A cache that is slower than this is worth less than asking
 * the subgraphs, so the request goes on without it.
 */
const COMMAND_TIMEOUT_MS = 500;
/** Longest wait for a connection, at start and at each reconnection. */
const CONNECT_TIMEOUT_MS = 2000;
/** Reconnection waits grow from 100 ms, doubling, to this at most; the gateway never gives up. */
const MAX_RECONNECT_WAIT_MS = 5000;

export interface RedisStoreOptions {
  /** `redis://[:password@]host:port[/db]` or `rediss://` for TLS. */
  url: string;
  /** Put before every key, so that several hubs (or tests) can share one server. */
  keyPrefix: string;
  logger: Logger;
  metrics: CacheMetrics;
}

/**
 * The gateway's cache in Redis, shared by every gateway that names the same server and prefix.
 * Redis is a help, never a dependency: while it does not answer, a read finds nothing and a write
 * keeps nothing (at once, without queueing), each is counted, and the outage is logged once when
 * it starts and once when it ends.
 */
export class RedisStore implements CacheStore {
  private readonly client;
  private ready = false;
  /** Whether the outage under way was logged; a first connection that fails is one too. */
  private reportedDown = false;
  private closed = false;

  constructor(private readonly options: RedisStoreOptions) {
    this.client = createClient({
      url: options.url,
      // Commands sent while disconnected fail at once rather than wait for a reconnection.
      disableOfflineQueue: true,
      commandOptions: { timeout: COMMAND_TIMEOUT_MS },
      socket: {
        connectTimeout: CONNECT_TIMEOUT_MS,
        reconnectStrategy: (retries) =>
          Math.min(100 * 2 ** Math.min(retries, 6), MAX_RECONNECT_WAIT_MS),
      },
    });
    this.client.on('ready', () => this.up());
    this.client.on('error', (error: Error) => this.down(error));
    this.client.on('end', () => {
      this.ready = false;
      options.metrics.available(false);
    });
  }

  /**
   * Connects, waiting at most for one connection attempt: a gateway whose Redis is down starts
   * without it and keeps trying in the background.
   */
  async connect(): Promise<void> {
    await new Promise<void>((resolve) => {
      const settled = () => {
        clearTimeout(timer);
        this.client.off('ready', settled);
        this.client.off('error', settled);
        resolve();
      };
      const timer = setTimeout(settled, CONNECT_TIMEOUT_MS);
      this.client.on('ready', settled);
      this.client.on('error', settled);
      this.client.connect().catch((error: Error) => this.down(error));
    });
  }

  async get(key: string): Promise<string | undefined> {
    const value = await this.run('get', () => this.client.get(this.key(key)));
    return typeof value === 'string' ? value : undefined;
  }

  async set(key: string, value: string, options?: CacheSetOptions): Promise<void> {
    const seconds = options?.ttl;
    await this.run('set', () =>
      seconds && seconds > 0
        ? this.client.set(this.key(key), value, { EX: Math.ceil(seconds) })
        : this.client.set(this.key(key), value),
    );
  }

  async delete(key: string): Promise<boolean> {
    return ((await this.run('delete', () => this.client.del(this.key(key)))) ?? 0) > 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.client.isOpen) {
      await this.client.close().catch(() => this.client.destroy());
    } else {
      this.client.destroy();
    }
  }

  private key(key: string): string {
    return `${this.options.keyPrefix}${key}`;
  }

  private async run<T>(
    operation: CacheOperation,
    command: () => Promise<T>,
  ): Promise<T | undefined> {
    if (!this.ready) {
      this.options.metrics.failed(operation);
      return undefined;
    }
    try {
      const result = await command();
      // After commands that timed out on a connection that stayed up.
      if (this.reportedDown) this.up();
      return result;
    } catch (error) {
      this.options.metrics.failed(operation);
      this.down(error as Error);
      return undefined;
    }
  }

  private up(): void {
    this.ready = true;
    this.options.metrics.available(true);
    if (!this.reportedDown) return;
    this.reportedDown = false;
    this.options.logger.info('cache store (Redis) answers again');
  }

  private down(error: Error): void {
    if (this.closed) return;
    // A timed-out command leaves the connection up; only a broken connection marks it down.
    if (!this.client.isReady) {
      this.ready = false;
      this.options.metrics.available(false);
    }
    if (this.reportedDown) return;
    this.reportedDown = true;
    this.options.logger.warn(
      { err: { message: error.message, name: error.name } },
      'cache store (Redis) does not answer; the gateway answers without it until it does',
    );
  }
}
