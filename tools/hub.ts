import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CryptoKey } from 'jose';
import {
  generateInternalKeys,
  importInternalKeys,
  publicKeyOf,
  type InternalKeys,
} from '../shared/auth.js';
import type { HubConfig } from '../shared/config.js';
import { parseDatabaseUrl, type ServerConnection } from '../shared/db/connection.js';
import { startEmbeddedPostgres, type RunningPostgres } from '../shared/db/embedded.js';
import { departmentDatabaseName, departmentDatabases } from '../shared/db/names.js';
import { createLogger, type Logger } from '../shared/logger.js';
import { serviceSettings, type RunningServer } from '../shared/server.js';
import { webhookSettings } from '../shared/webhooks/settings.js';
import { DEMO_SIGN_IN_REGIONS } from '../demo-world/sign-in-regions.js';
import { DEMO_SLICES } from './demo-slices.js';
import { buildIndicators } from './indicators.js';
import { SUBGRAPHS, type RunningSubgraph, type SubgraphModule } from '../subgraphs/index.js';
import { composeHubSupergraph } from './compose.js';
import { createAuthenticator } from '../gateway/auth.js';
import { devTokenOptions } from '../gateway/dev-token.js';
import { cacheOptions } from '../gateway/cache/gateway-cache.js';
import { exportSettings } from '../gateway/exports/jobs.js';
import { createGateway, refuseVendorTelemetry } from '../gateway/server.js';

/**
 * Keys between gateway and subgraphs: the configured ones, or, when the whole hub runs in this
 * one process and none are configured, a pair generated for this run that never leaves it.
 */
async function gatewayKeys(config: HubConfig): Promise<InternalKeys> {
  if (config.HUB_SIGNING_KEY) {
    const publicKeys = config.HUB_VERIFY_KEYS?.split(',').filter(Boolean) ?? [
      publicKeyOf(config.HUB_SIGNING_KEY),
    ];
    if (!config.HUB_BINDING_SECRET) {
      throw new Error('HUB_BINDING_SECRET is required beside HUB_SIGNING_KEY (npm run keys)');
    }
    return importInternalKeys(config.HUB_SIGNING_KEY, publicKeys, config.HUB_BINDING_SECRET);
  }
  return generateInternalKeys();
}

export interface RunningHub {
  gatewayUrl: string;
  subgraphs: Record<string, RunningSubgraph>;
  /** Stops the gateway, then the subgraphs, then the embedded database; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartHubOptions {
  config: HubConfig;
  logger?: Logger;
  /** Ports of 0 everywhere, for tests. */
  ephemeralPorts?: boolean;
  /** A server to use instead of `DATABASE_URL` or the embedded one (tests share one). */
  server?: ServerConnection;
  /** Subgraphs to run, and the supergraph they compose to; all of them and the committed file by default. */
  modules?: SubgraphModule[];
  supergraphSdl?: string;
}

/**
 * Starts the whole hub in one process: the database (embedded unless `DATABASE_URL` is set),
 * every department subgraph, then the gateway serving the committed supergraph.
 */
export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const { config } = options;
  const logger = options.logger ?? createLogger('hub');
  const exposeInternals = config.NODE_ENV === 'development';
  const settings = serviceSettings(config);
  const stoppers: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stoppers.reverse().splice(0)) {
      await stop().catch((error: unknown) => logger.error({ err: error }, 'error while stopping'));
    }
  };

  try {
    let server = options.server;
    if (!server && config.DATABASE_URL) server = parseDatabaseUrl(config.DATABASE_URL);
    if (!server) {
      const embedded: RunningPostgres = await startEmbeddedPostgres({
        dataDir: config.DATA_DIR,
        port: config.EMBEDDED_POSTGRES_PORT,
        logger: logger.child({ service: 'postgres' }),
      });
      stoppers.push(() => embedded.stop());
      server = embedded.connection;
    }

    const keys = await gatewayKeys(config);
    const modules = options.modules ?? SUBGRAPHS;
    const subgraphs: Record<string, RunningSubgraph> = {};
    for (const module of modules) {
      const running = await module.start({
        server,
        database: departmentDatabaseName(config.DATABASE_NAME_PREFIX, module.name),
        host: config.HOST,
        port: options.ephemeralPorts ? 0 : config.servicePorts[module.name],
        logger: logger.child({ service: module.name }),
        ...(config.DEMO_DATA === 'auto' ? { demo: DEMO_SLICES[module.name] } : {}),
        exposeInternals,
        poolMax: config.DATABASE_POOL_MAX,
        namedStatements: config.DATABASE_NAMED_STATEMENTS === 'on',
        verifyingKeys: keys.verifying,
        bindingSecrets: keys.binding,
        settings,
        webhooks: webhookSettings(config),
        departmentDatabases: departmentDatabases(config.DATABASE_NAME_PREFIX),
        // Civil affairs starts first: every other department checks its writes' references there.
        civilAffairsUrl: subgraphs['civil-affairs']?.url ?? config.serviceUrls['civil-affairs'],
        // …and asks each of the others, once they run, about the records its writes link.
        departmentUrls: () => ({
          ...config.serviceUrls,
          ...Object.fromEntries(Object.entries(subgraphs).map(([name, sub]) => [name, sub.url])),
        }),
      });
      stoppers.push(() => running.stop());
      subgraphs[module.name] = running;
    }
    // Rollups never built are built once from the records of the world just loaded. A consumer
    // that got there first has replayed the same changes from the outboxes (written since each
    // database was empty), which counts the same: the build then finds it done and leaves it.
    if (subgraphs['civil-affairs']) {
      const read = await buildIndicators({
        server,
        databasePrefix: config.DATABASE_NAME_PREFIX,
        logger: logger.child({ service: 'civil-affairs' }),
        modules,
      });
      if (read !== null) logger.info({ facts: read }, 'indicator rollups built from the records');
    }

    const supergraphSdl =
      options.supergraphSdl ?? (await readFile(resolve(config.SUPERGRAPH_PATH), 'utf8'));
    if (!options.supergraphSdl && supergraphSdl !== (await composeHubSupergraph())) {
      logger.warn('supergraph.graphql differs from the subgraphs: run `npm run compose`');
    }
    refuseVendorTelemetry();
    const gateway: RunningServer = await createGateway({
      supergraphSdl,
      subgraphUrls: Object.fromEntries(
        Object.entries(subgraphs).map(([name, running]) => [name, running.url]),
      ),
      host: config.HOST,
      port: options.ephemeralPorts ? 0 : config.GATEWAY_PORT,
      timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      subgraphConnections: config.SUBGRAPH_CONNECTIONS,
      coalesceReads: config.GATEWAY_COALESCE_READS === 'on',
      mergeReads: config.GATEWAY_MERGE_READS === 'on',
      logger: logger.child({ service: 'gateway' }),
      exposeInternals,
      authenticate: await createAuthenticator(config),
      keys: { signing: keys.signing as CryptoKey, bindingSecret: keys.binding[0]! },
      settings,
      explorer: { devTokens: await devTokenOptions(config, DEMO_SIGN_IN_REGIONS) },
      introspection: config.GRAPHQL_INTROSPECTION === 'on',
      exports: exportSettings(config),
      cache: cacheOptions(config),
    });
    stoppers.push(() => gateway.stop());

    let stopping: Promise<void> | undefined;
    return { gatewayUrl: gateway.url, subgraphs, stop: () => (stopping ??= stopAll()) };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
