import { DEPARTMENT_SERVICES, type DepartmentService } from '../departments.js';
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

/** Database name of a department, e.g. `hub_civil_affairs`. */
export function departmentDatabaseName(prefix: string, service: string): string {
  return `${prefix}${service.replaceAll('-', '_')}`;
}

/** Every department's database under a prefix. */
export function departmentDatabases(prefix: string): Record<DepartmentService, string> {
  return Object.fromEntries(
    DEPARTMENT_SERVICES.map((service) => [service, departmentDatabaseName(prefix, service)]),
  ) as Record<DepartmentService, string>;
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

/**
 * Prefix of ready-made department databases (migrated, demo world loaded) that throwaway hubs,
 * such as the test suite's, copy with `CREATE DATABASE … TEMPLATE` instead of rebuilding.
 */
export const TEMPLATE_DATABASE_PREFIX = 'hub_template_';

/**
 * The statement that makes `database` a copy of `template`: file by file, which takes half the time
 * of PostgreSQL 15's default (every page written again through the WAL) for a loaded world.
 */
export function copyDatabaseStatement(database: string, template: string): string {
  return `CREATE DATABASE "${database}" TEMPLATE "${template}" STRATEGY FILE_COPY`;
}
