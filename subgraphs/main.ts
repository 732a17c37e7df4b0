import { configOrExit, type DepartmentService } from '../shared/config.js';
import { parseDatabaseUrl } from '../shared/db/connection.js';
import { departmentDatabaseName, departmentDatabases } from '../shared/db/names.js';
import { importInternalKeys } from '../shared/auth.js';
import { handleTermination } from '../shared/lifecycle.js';
import { createLogger } from '../shared/logger.js';
import { applyRuntimeV8Flags } from '../shared/node-flags.js';
import { startTracing } from '../shared/observability/tracing.js';
import { serviceSettings } from '../shared/server.js';
import type { DemoLoader } from '../shared/subgraph.js';
import { webhookSettings } from '../shared/webhooks/settings.js';
import { SUBGRAPHS } from './index.js';

/**
 * Entry point of one department subgraph as its own process: reads the configuration (which must
 * name a `DATABASE_URL`), migrates, listens, and drains on SIGTERM.
 */
export async function runSubgraphMain(name: DepartmentService): Promise<void> {
  applyRuntimeV8Flags();
  const logger = createLogger(name);
  const config = configOrExit();
  if (!config.DATABASE_URL) {
    process.stderr.write(
      'DATABASE_URL is required to run a subgraph on its own (npm start runs the whole hub).\n',
    );
    process.exit(2);
  }
  if (!config.HUB_VERIFY_KEYS) {
    process.stderr.write(
      'HUB_VERIFY_KEYS is required: the public key(s) of the gateway (npm run keys).\n',
    );
    process.exit(2);
  }
  if (!config.HUB_BINDING_SECRET) {
    process.stderr.write(
      'HUB_BINDING_SECRET is required: the secret that binds each request to its grant (npm run keys).\n',
    );
    process.exit(2);
  }
  const civilAffairsUrl = config.serviceUrls['civil-affairs'];
  if (name !== 'civil-affairs' && !civilAffairsUrl) {
    process.stderr.write(
      'CIVIL_AFFAIRS_URL is required: every write that names a person, project, station or region is checked with civil affairs.\n',
    );
    process.exit(2);
  }
  const keys = await importInternalKeys(
    undefined,
    config.HUB_VERIFY_KEYS.split(',').filter(Boolean),
    config.HUB_BINDING_SECRET,
  );
  const tracing = await startTracing({
    endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
    serviceName: config.OTEL_SERVICE_NAME,
    logger,
  });
  const module = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!module) throw new Error(`unknown subgraph ${name}`);
  const running = await module.start({
    server: parseDatabaseUrl(config.DATABASE_URL),
    database: departmentDatabaseName(config.DATABASE_NAME_PREFIX, name),
    host: config.HOST,
    port: config.servicePorts[name],
    logger,
    ...(config.DEMO_DATA === 'auto' ? { demo: await demoSlice(name) } : {}),
    exposeInternals: config.NODE_ENV === 'development',
    poolMax: config.DATABASE_POOL_MAX,
    namedStatements: config.DATABASE_NAMED_STATEMENTS === 'on',
    verifyingKeys: keys.verifying,
    bindingSecrets: keys.binding,
    settings: serviceSettings(config),
    webhooks: webhookSettings(config),
    departmentDatabases: departmentDatabases(config.DATABASE_NAME_PREFIX),
    ...(civilAffairsUrl ? { civilAffairsUrl } : {}),
    // Civil affairs asks the department that keeps a record its write links (`TRADE_UNION_URL`, …).
    departmentUrls: () => config.serviceUrls,
  });
  handleTermination({
    logger,
    forceAfterMs: config.SHUTDOWN_GRACE_MS + 5000,
    stop: async () => {
      await running.stop();
      await tracing?.shutdown();
    },
  });
}

/**
 * The department's demo slice, loaded only when DEMO_DATA=auto asks for it: a serving process
 * otherwise never reads demo data.
 */
async function demoSlice(name: DepartmentService): Promise<DemoLoader> {
  const slice = (await import(`./${name}/demo.js`)) as { loadDemo: DemoLoader };
  return slice.loadDemo;
}
