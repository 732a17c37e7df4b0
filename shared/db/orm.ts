import {
  MikroORM,
  type Constructor,
  type EntityClass,
  type LogContext,
  type Logger as OrmLogger,
} from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import type { Migration } from '@mikro-orm/migrations';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { ensureDatabase, type ServerConnection } from './connection.js';
import { withoutNamedStatements } from './prepared.js';

/** Counts the SQL statements an ORM sends; tests and benchmarks read it around a request. */
export class QueryCounter {
  private total = 0;

  /** Statements sent since the ORM started. */
  get count(): number {
    return this.total;
  }

  /** @internal called by the ORM logger for every statement. */
  record(): void {
    this.total += 1;
  }
}

export interface OpenDatabaseOptions {
  server: ServerConnection;
  database: string;
  // MikroORM takes entity classes of any shape.
  entities: EntityClass<object>[];
  /** The department's committed migrations, oldest first. */
  migrations: Array<{ name: string; class: Constructor<Migration> }>;
  logger: Logger;
  poolMax?: number;
  /** false: every statement goes with its values written in (see `prepared.ts`); true when absent. */
  namedStatements?: boolean;
}

export interface DepartmentDatabase {
  orm: MikroORM<PostgreSqlDriver>;
  queries: QueryCounter;
  /** Applies pending migrations; returns the names it applied. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

function ormLogger(logger: Logger, queries: QueryCounter): () => OrmLogger {
  return () => ({
    log: (namespace, message) => logger.debug({ namespace }, message),
    error: (namespace, message) => logger.error({ namespace }, message),
    warn: (namespace, message) => logger.warn({ namespace }, message),
    logQuery: (context: LogContext & { background?: boolean }) => {
      // Background work (webhook delivery) is not a request's: it is not counted.
      if (!context.background) queries.record();
      if (logger.isLevelEnabled('trace'))
        logger.trace({ sql: context.query, took: context.took }, 'sql');
    },
    setDebugMode: () => undefined,
    isEnabled: () => logger.isLevelEnabled('debug'),
  });
}

/**
 * Opens a department's own database (creating it when missing) with MikroORM. Schema changes
 * come only from committed migrations; nothing is synchronised from entities at run time.
 */
export async function openDepartmentDatabase(
  options: OpenDatabaseOptions,
): Promise<DepartmentDatabase> {
  await ensureDatabase(options.server, options.database);
  const queries = new QueryCounter();
  const orm = await MikroORM.init<PostgreSqlDriver>({
    driver: PostgreSqlDriver,
    host: options.server.host,
    port: options.server.port,
    user: options.server.user,
    password: options.server.password,
    dbName: options.database,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
      snapshot: false,
    },
    pool: { min: 0, max: options.poolMax ?? 10 },
    // No JIT compilation: the hub's statements are short, and a statement over JSON or unnest
    // that the planner misjudges as huge would spend most of a second compiling itself.
    driverOptions: { options: '-c jit=off' },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    loggerFactory: ormLogger(options.logger, queries),
    debug: true,
  });
  if (options.namedStatements === false) withoutNamedStatements(orm.driver);
  return {
    orm,
    queries,
    async migrate() {
      const applied = await orm.migrator.up();
      return applied.map((migration) => migration.name);
    },
    close: () => orm.close(true),
  };
}
