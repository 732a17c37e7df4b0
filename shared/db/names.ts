import { DEPARTMENT_SERVICES, type DepartmentService } from '../departments.js';

// The names of the departments' databases on a server, and how a throwaway copy of one is made:
// what launchers, tools and tests need without opening a database.

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
