import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { configOrExit } from '../shared/config.js';
import { handleTermination } from '../shared/lifecycle.js';
import { createLogger } from '../shared/logger.js';
import { applyRuntimeV8Flags } from '../shared/node-flags.js';
import { startTracing } from '../shared/observability/tracing.js';
import { serviceSettings } from '../shared/server.js';
import type { CryptoKey } from 'jose';
import { importInternalKeys } from '../shared/auth.js';
import { createAuthenticator } from './auth.js';
import { devTokenOptions } from './dev-token.js';
import { cacheOptions } from './cache/gateway-cache.js';
import { exportSettings } from './exports/jobs.js';
import { createGateway, refuseVendorTelemetry } from './server.js';

// The gateway as its own process: serves the committed supergraph and routes each department to
// the URL its `<DEPARTMENT>_URL` variable gives. On SIGTERM it stops being ready, drains the
// requests in flight and exits.
applyRuntimeV8Flags();
refuseVendorTelemetry();
const logger = createLogger('gateway');
const config = configOrExit();
if (!config.HUB_SIGNING_KEY) {
  process.stderr.write(
    'HUB_SIGNING_KEY is required: the gateway signs principals for the subgraphs (npm run keys).\n',
  );
  process.exit(2);
}
if (!config.HUB_BINDING_SECRET) {
  process.stderr.write(
    'HUB_BINDING_SECRET is required: the secret that binds each request to its grant (npm run keys).\n',
  );
  process.exit(2);
}
const keys = await importInternalKeys(config.HUB_SIGNING_KEY, [], config.HUB_BINDING_SECRET);
const tracing = await startTracing({
  endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  serviceName: config.OTEL_SERVICE_NAME,
  logger,
});
const gateway = await createGateway({
  supergraphSdl: await readFile(resolve(config.SUPERGRAPH_PATH), 'utf8'),
  subgraphUrls: config.serviceUrls,
  host: config.HOST,
  port: config.GATEWAY_PORT,
  timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  subgraphConnections: config.SUBGRAPH_CONNECTIONS,
  coalesceReads: config.GATEWAY_COALESCE_READS === 'on',
  mergeReads: config.GATEWAY_MERGE_READS === 'on',
  logger,
  exposeInternals: config.NODE_ENV === 'development',
  authenticate: await createAuthenticator(config),
  keys: { signing: keys.signing as CryptoKey, bindingSecret: keys.binding[0]! },
  settings: serviceSettings(config),
  explorer: { devTokens: await devTokenOptions(config) },
  introspection: config.GRAPHQL_INTROSPECTION === 'on',
  exports: exportSettings(config),
  cache: cacheOptions(config),
});
handleTermination({
  logger,
  forceAfterMs: config.SHUTDOWN_GRACE_MS + 5000,
  stop: async () => {
    await gateway.stop();
    await tracing?.shutdown();
  },
});
