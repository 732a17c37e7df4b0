import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type Express } from 'express';
import { loadConfig, type HubConfig } from './config.js';
import type { Logger } from './logger.js';
import { mountHealth, type CheckState } from './observability/health.js';
import { ServiceMetrics } from './observability/metrics.js';
import { tracingMiddleware, tracingPlugin } from './observability/tracing.js';

/** Largest request body accepted; GraphQL documents and variables are far smaller. */
export const MAX_BODY_BYTES = '1mb';

/** How every service of the hub behaves around its GraphQL endpoint; the same for all. */
export interface ServiceSettings {
  /** Longest wait for in-flight requests on stop before their connections are cut. */
  shutdownGraceMs: number;
  /** When set, `/metrics` asks for it as a bearer token. */
  metricsToken?: string;
  /** Seconds that aggregate answers may be cached by the client; 0 for no hints. */
  aggregateCacheSeconds: number;
}

/** The service settings a configuration describes. */
export function serviceSettings(config: HubConfig): ServiceSettings {
  return {
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    aggregateCacheSeconds: config.AGGREGATE_CACHE_SECONDS,
    ...(config.METRICS_TOKEN ? { metricsToken: config.METRICS_TOKEN } : {}),
  };
}

/** The settings of a configuration left at its defaults. */
export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = serviceSettings(loadConfig({}));

/** The HTTP side that every service shares: Express, health, metrics and the stop sequence. */
export interface ServiceHttp {
  app: Express;
  httpServer: Server;
  metrics: ServiceMetrics;
  /** Plugins every Apollo Server of the hub runs, in order. */
  plugins<Context extends object>(): ApolloServerPlugin<Context>[];
  /** Turns readiness off, so that no new work is routed here while in-flight requests finish. */
  beginStop(): void;
}

export interface ServiceHttpOptions {
  name: string;
  logger: Logger;
  settings: ServiceSettings;
  /** What readiness checks: each dependency of the service. */
  checks: () => Promise<Record<string, CheckState>>;
  /** The service's metrics, when its background work reports to them too; made here when absent. */
  metrics?: ServiceMetrics;
}

/**
 * Builds the HTTP side of a service: `/health/live`, `/health/ready` (and `/health`), `/metrics`,
 * tracing of `/graphql`, and an orderly stop — readiness goes down first, then Apollo Server
 * drains the requests in flight for up to the grace period.
 */
export function createServiceHttp(options: ServiceHttpOptions): ServiceHttp {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const metrics = options.metrics ?? new ServiceMetrics(options.name);
  let stopping = false;
  mountHealth(app, {
    service: options.name,
    checks: options.checks,
    stopping: () => stopping,
    logger: options.logger,
  });
  app.get('/metrics', metrics.handler(options.settings.metricsToken));
  app.use('/graphql', tracingMiddleware(options.name));
  return {
    app,
    httpServer,
    metrics,
    plugins: <Context extends object>() => [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: options.settings.shutdownGraceMs,
      }),
      metrics.plugin<Context>(),
      tracingPlugin<Context>(),
    ],
    beginStop() {
      stopping = true;
    },
  };
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Binds an HTTP server and resolves with its URL once it listens. */
export async function listen(
  server: Server,
  host: string,
  port: number,
  path: string,
): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${address.port}${path}`;
}
