import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { HubConfig } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import { parseDatabaseUrl, type ServerConnection } from '../shared/db/connection.js';
import { startEmbeddedPostgres } from '../shared/db/embedded.js';
import { openDepartmentDatabase, type DepartmentDatabase } from '../shared/db/orm.js';
import { departmentDatabases } from '../shared/db/names.js';
import type { DepartmentService } from '../shared/departments.js';
import { civilAffairsEntities } from '../subgraphs/civil-affairs/entities/index.js';
import { civilAffairsMigrations } from '../subgraphs/civil-affairs/migrations/index.js';
import { SUBGRAPHS } from '../subgraphs/index.js';

/** A server an operator's command works on, and how to let go of it afterwards. */
export interface OperatorServer {
  server: ServerConnection;
  /** Stops the embedded server if this command started it; leaves a running hub's alone. */
  release: () => Promise<void>;
}

/** The embedded server a running hub (`npm start`) already serves from, if it answers. */
async function runningEmbedded(config: HubConfig): Promise<ServerConnection | null> {
  const passwordFile = join(resolve(config.DATA_DIR), 'postgres-password');
  if (!existsSync(passwordFile)) return null;
  const server = {
    host: '127.0.0.1',
    port: config.EMBEDDED_POSTGRES_PORT,
    user: 'postgres',
    password: (await readFile(passwordFile, 'utf8')).trim(),
  };
  const client = new pg.Client({ ...server, database: 'postgres', connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return server;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') return null;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The PostgreSQL server for commands such as the spreadsheet import: `DATABASE_URL` when set;
 * otherwise the hub's embedded server under `DATA_DIR`, reused when `npm start` is running it
 * (starting a second one on the same data would stop the first), else started for the command.
 */
export async function operatorServer(config: HubConfig, logger: Logger): Promise<OperatorServer> {
  if (config.DATABASE_URL) {
    return { server: parseDatabaseUrl(config.DATABASE_URL), release: async () => undefined };
  }
  const running = await runningEmbedded(config);
  if (running) {
    logger.info({ port: running.port }, 'using the embedded PostgreSQL of the running hub');
    return { server: running, release: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: config.DATA_DIR,
    port: config.EMBEDDED_POSTGRES_PORT,
    logger,
  });
  return { server: embedded.connection, release: () => embedded.stop() };
}

/** What a command on the read models civil affairs keeps from every department works with. */
export interface ReadModelDatabases extends OperatorServer {
  /** Every department's database by service name. */
  databases: Record<DepartmentService, string>;
  civilAffairs: DepartmentDatabase;
}

/**
 * Opens the databases for a command on the benefit ledger or the indicators' rollups: every
 * department's migrated (its outbox and triggers there), and civil affairs', which keeps them.
 * `release` closes civil affairs' and lets the server go.
 */
export async function openReadModelDatabases(
  config: HubConfig,
  logger: Logger,
): Promise<ReadModelDatabases> {
  const { server, release } = await operatorServer(config, logger);
  const databases = departmentDatabases(config.DATABASE_NAME_PREFIX);
  try {
    for (const module of SUBGRAPHS) {
      await module.prepare({ server, database: databases[module.name], logger });
    }
    const civilAffairs = await openDepartmentDatabase({
      server,
      database: databases['civil-affairs'],
      entities: civilAffairsEntities,
      migrations: civilAffairsMigrations,
      logger,
      poolMax: 2,
    });
    return {
      server,
      databases,
      civilAffairs,
      release: async () => {
        await civilAffairs.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
