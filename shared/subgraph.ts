import type { Constructor, EntityClass } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CryptoKey } from 'jose';
import type { InternalGrant } from './auth.js';
import type { ServerConnection } from './db/connection.js';
import { openDepartmentDatabase, type DepartmentDatabase } from './db/orm.js';
import type { Express } from 'express';
import { remoteOwnerLookup } from './department/owner-client.js';
import type { OwnerLookup } from './department/owner-facts.js';
import {
  answerRecords,
  mountRecordsEndpoint,
  type DepartmentLinkable,
} from './department/record-facts.js';
import { departmentRecordsLookup } from './department/records-client.js';
import type { LinkableRecords } from './linked-records.js';
import type { ClassType, NonEmptyArray } from 'type-graphql';
import { createAccessLogResolver } from './audit/access-log.resolver.js';
import type { DepartmentCode, DepartmentService } from './departments.js';
import { department, serviceOf } from './departments.js';
import { departmentContributionResolver } from './department/contribution.js';
import { departmentFundingResolver } from './department/contribution-region.js';
import {
  buildFederatedSchema,
  type FederatedSchema,
  type ReferenceResolvers,
} from './federation.js';
import type { Logger } from './logger.js';
import { ServiceMetrics } from './observability/metrics.js';
import { changeLogSource, startRegisterFollower } from './register/follower.js';
import type { PersonalTables } from './register/personal-tables.js';
import { followerProgress, type FollowerProgress } from './register/progress.js';
import { installFactTriggers } from './indicators/facts.js';
import type { DepartmentIndicators } from './indicators/sources.js';
import type { ServiceSettings } from './server.js';
import { startSubgraphServer } from './subgraph-server.js';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks/settings.js';

/** What starting any department subgraph takes; the same for all six. */
export interface SubgraphOptions {
  server: ServerConnection;
  database: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  logger: Logger;
  /**
   * Fills an empty database with the department's slice of the demo world; absent, the database
   * stays as it is. Serving code never imports demo data: whoever starts the subgraph hands it in.
   */
  demo?: DemoLoader;
  exposeInternals: boolean;
  poolMax?: number;
  /** false: no named statements (a pooler in transaction mode); true when absent. */
  namedStatements?: boolean;
  /** The gateway's public keys: requests without a grant signed by one of them are refused. */
  verifyingKeys: CryptoKey[];
  /** Secrets with which the gateway binds each request to its grant. */
  bindingSecrets: Buffer[];
  /** Shutdown grace, metrics token and cache hints; the defaults when absent. */
  settings?: ServiceSettings;
  /** Where civil affairs answers, for departments that check the references of their writes. */
  civilAffairsUrl?: string;
  /**
   * Where the departments answer, for civil affairs, which asks each one about the records a
   * write links; read at each lookup, because the hub starts civil affairs before the others.
   */
  departmentUrls?: () => Partial<Record<DepartmentService, string>>;
  /** The pace of a department's webhook worker; the defaults when absent. */
  webhooks?: WebhookSettings;
  /**
   * Every department's database on `server`: civil affairs' benefit ledger reads each
   * department's outbox, and every other department follows civil affairs' register change log,
   * as a change-data-capture connector would read a table.
   */
  departmentDatabases?: Partial<Record<DepartmentService, string>>;
}

/** What the factory gives a department's loaders besides the request's entity manager and grant. */
export interface SubgraphServices {
  /** How far each department has followed the register's change log (civil affairs asks). */
  followerProgress: FollowerProgress;
}

/** What a department's background job is given when the subgraph starts. */
export interface BackgroundDeps {
  forkEntityManager: () => EntityManager;
  logger: Logger;
  /** The service's `/metrics`, for figures of the work done in the background. */
  metrics: ServiceMetrics;
  webhooks: WebhookSettings;
  server: ServerConnection;
  departmentDatabases: Partial<Record<DepartmentService, string>>;
}

export interface RunningSubgraph {
  url: string;
  database: DepartmentDatabase;
  stop(): Promise<void>;
}

/** A department subgraph as the hub assembles it: its schema for composition and its factory. */
export interface SubgraphModule {
  name: DepartmentService;
  /** Where its measures come from: what a rebuild of the indicators reads. */
  indicators: DepartmentIndicators;
  typeDefs(): Promise<string>;
  start(options: SubgraphOptions): Promise<RunningSubgraph>;
  /** Creates, migrates and (when asked) fills the department's database, without serving. */
  prepare(options: Pick<SubgraphOptions, 'server' | 'database' | 'logger' | 'demo'>): Promise<void>;
}

/** Loads a department's slice of the demo world when its database is empty; says whether it did. */
export type DemoLoader = (em: EntityManager, logger: Logger) => Promise<boolean>;

/**
 * Loads the demo world, then has PostgreSQL read the tables it filled (a query planned on the
 * statistics of empty tables can take seconds where it needs milliseconds) and mark their pages
 * all-visible, so that counts and lookups read the indexes alone.
 */
async function loadDemo(demo: DemoLoader, em: EntityManager, logger: Logger): Promise<void> {
  if (await demo(em, logger)) await em.getConnection().execute('VACUUM (ANALYZE)');
}

/** What a department's `schema.ts` gives the factory. */
export interface DepartmentSchema {
  /**
   * The department's resolver classes. Their queries and mutations are published in the order
   * their modules were first imported, which `schema.ts` keeps.
   */
  // type-graphql takes resolver classes, whatever their constructor arguments.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Keyed types reachable only through federation, which would vanish from the SDL otherwise. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /**
   * For a department that puts money into projects: its `ServiceProject` reference. The factory
   * adds the money field and the record and reverse mutations, named from the registry.
   */
  contributesTo?: ClassType<{ id: string }>;
  /**
   * For a department that puts money into projects: its `Region` type. The factory adds the
   * region's sum of its contributions by source and level (`region.tradeUnionFunding`).
   */
  fundingRegion?: ClassType<{ code: string }>;
}

/** What makes one department's subgraph: its data, schema and loaders. */
export interface SubgraphSpec<Loaders, Code extends DepartmentCode = DepartmentCode> {
  /** Which department: its service name, access log and labels come from the registry. */
  department: Code;
  entities: EntityClass<object>[];
  migrations: Array<{ name: string; class: Constructor<Migration> }>;
  schema: DepartmentSchema;
  createLoaders: (em: EntityManager, grant: InternalGrant, services: SubgraphServices) => Loaders;
  /** How the department reads each kind of linkable record it keeps (its `linkable.ts`). */
  linkable: LinkableRecords<Code>;
  /**
   * Where the department keeps records about people of the register (its `personal.ts`): when
   * civil affairs merges two entries, they follow the survivor. Civil affairs moves its own in the
   * merge's transaction; every other department's follower moves its own from the change log.
   */
  personal: PersonalTables<Code>;
  /**
   * Where the department's measures come from (its `indicators.ts`): the triggers reporting each
   * changed record to its outbox are installed from it whenever the database is migrated.
   */
  indicators: DepartmentIndicators<Code>;
  /**
   * For the owner of people, projects, stations and regions (civil affairs): how it answers its
   * own writes, and the reference endpoint it serves to the other departments. Every other
   * department asks civil affairs over HTTP.
   */
  owner?: {
    lookup: (em: EntityManager, grant: InternalGrant) => OwnerLookup;
    mountRoutes: (
      app: Express,
      deps: { forkEntityManager: () => EntityManager; verifyingKeys: CryptoKey[]; logger: Logger },
    ) => void;
  };
  /**
   * Work the serving subgraph does beside answering requests (civil affairs' webhook delivery):
   * started once the database is migrated, stopped, its work in flight finished, before the
   * database closes. Commands that only prepare the database never start it.
   */
  background?: (deps: BackgroundDeps) => { stop(): Promise<void> };
}

/**
 * A department's schema as the hub serves it: the department's resolvers, its money in projects
 * when it contributes, and its access log for auditors — the last two the same in every
 * department, named from the registry.
 */
function buildDepartmentSchema<Loaders, Code extends DepartmentCode>(
  spec: SubgraphSpec<Loaders, Code>,
): Promise<FederatedSchema> {
  const entry = department(spec.department);
  const { resolvers, orphanedTypes, referenceResolvers, contributesTo, fundingRegion } =
    spec.schema;
  return buildFederatedSchema({
    resolvers: [
      ...resolvers,
      ...(contributesTo ? [departmentContributionResolver(entry.code, contributesTo)] : []),
      ...(fundingRegion ? [departmentFundingResolver(entry.code, fundingRegion)] : []),
      createAccessLogResolver(entry.accessLogField, entry.code, entry.recordsLabel),
    ],
    ...(orphanedTypes ? { orphanedTypes } : {}),
    referenceResolvers: referenceResolvers ?? {},
  });
}

/**
 * Starts a department subgraph: opens and migrates its own database, loads the demo slice into
 * an empty one when asked, and serves GraphQL. Nothing happens on import.
 */
export async function startDepartmentSubgraph<Loaders, Code extends DepartmentCode>(
  spec: SubgraphSpec<Loaders, Code>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const { logger } = options;
  const linkable: DepartmentLinkable = spec.linkable;
  const database = await openDepartmentDatabase({
    server: options.server,
    database: options.database,
    entities: spec.entities,
    migrations: spec.migrations,
    logger,
    ...(options.poolMax ? { poolMax: options.poolMax } : {}),
    ...(options.namedStatements === false ? { namedStatements: false } : {}),
  });
  let background: { stop(): Promise<void> } | undefined;
  let follower: { stop(): Promise<void> } | undefined;
  const progress = followerProgress(options.server, options.departmentDatabases ?? {});
  const services: SubgraphServices = { followerProgress: progress };
  try {
    const applied = await database.migrate();
    if (applied.length) logger.info({ applied }, 'migrations applied');
    await installFactTriggers(database.orm.em.fork(), spec.indicators);
    if (options.demo) await loadDemo(options.demo, database.orm.em.fork(), logger);
    const { schema } = await buildDepartmentSchema(spec);
    const metrics = new ServiceMetrics(serviceOf(spec.department));
    background = spec.background?.({
      forkEntityManager: () => database.orm.em.fork({ loggerContext: { background: true } }),
      logger,
      metrics,
      webhooks: options.webhooks ?? DEFAULT_WEBHOOK_SETTINGS,
      server: options.server,
      departmentDatabases: options.departmentDatabases ?? {},
    });
    follower = startFollower(spec, options, database);
    const server = await startSubgraphServer({
      name: serviceOf(spec.department),
      schema,
      host: options.host,
      port: options.port,
      logger,
      forkEntityManager: () => database.orm.em.fork(),
      createLoaders: (em, grant) => spec.createLoaders(em, grant, services),
      ownerLookup: (em, grant, referenceGrant) =>
        spec.owner
          ? spec.owner.lookup(em, grant)
          : remoteOwnerLookup(options.civilAffairsUrl, referenceGrant),
      recordsLookup: (em, grant, recordsGrant) =>
        departmentRecordsLookup({
          department: spec.department,
          local: (request) =>
            answerRecords(em, grant.principal, spec.department, linkable, request),
          departmentUrls: options.departmentUrls ?? (() => ({})),
          recordsGrant,
          requestId: grant.requestId,
        }),
      mountRoutes: (app: Express) => {
        const deps = {
          forkEntityManager: () => database.orm.em.fork(),
          verifyingKeys: options.verifyingKeys,
          logger,
        };
        mountRecordsEndpoint(app, { ...deps, department: spec.department, linkable });
        spec.owner?.mountRoutes(app, deps);
      },
      checkHealth: async () => {
        await database.orm.em.getConnection().execute('select 1');
      },
      poolStats: async () => {
        const pool = await database.orm.em.getConnection().getNativeClient();
        return {
          total: pool.totalCount,
          idle: pool.idleCount,
          waiting: pool.waitingCount,
          max: pool.options.max ?? 10,
        };
      },
      metrics,
      ...(options.settings ? { settings: options.settings } : {}),
      exposeInternals: options.exposeInternals,
      verifyingKeys: options.verifyingKeys,
      bindingSecrets: options.bindingSecrets,
    });
    return {
      url: server.url,
      database,
      async stop() {
        await server.stop();
        await follower?.stop();
        await background?.stop();
        await progress.close();
        await database.close();
      },
    };
  } catch (error) {
    await follower?.stop();
    await background?.stop();
    await progress.close();
    await database.close();
    throw error;
  }
}

/**
 * Every department but the register's owner follows the register's change log, reading it from
 * civil affairs' database; without that database (a subgraph started alone) it does not follow.
 */
function startFollower<Loaders, Code extends DepartmentCode>(
  spec: SubgraphSpec<Loaders, Code>,
  options: SubgraphOptions,
  database: DepartmentDatabase,
): { stop(): Promise<void> } | undefined {
  const register = options.departmentDatabases?.['civil-affairs'];
  if (spec.owner || !register) return undefined;
  return startRegisterFollower({
    forkEntityManager: () => database.orm.em.fork({ loggerContext: { background: true } }),
    personal: spec.personal,
    source: changeLogSource(options.server, register),
    logger: options.logger.child({ component: 'register-follower' }),
    pollMs: (options.webhooks ?? DEFAULT_WEBHOOK_SETTINGS).registerPollMs,
  });
}

/** The module of a department subgraph built from its spec. */
export function subgraphModule<Loaders, Code extends DepartmentCode>(
  spec: SubgraphSpec<Loaders, Code>,
): SubgraphModule {
  return {
    name: serviceOf(spec.department),
    indicators: spec.indicators,
    typeDefs: async () => (await buildDepartmentSchema(spec)).typeDefs,
    start: (options) => startDepartmentSubgraph(spec, options),
    async prepare(options) {
      const database = await openDepartmentDatabase({
        server: options.server,
        database: options.database,
        entities: spec.entities,
        migrations: spec.migrations,
        logger: options.logger,
        poolMax: 2,
      });
      try {
        await database.migrate();
        await installFactTriggers(database.orm.em.fork(), spec.indicators);
        if (options.demo) await loadDemo(options.demo, database.orm.em.fork(), options.logger);
      } finally {
        await database.close();
      }
    },
  };
}
