import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { CryptoKey } from 'jose';
import { PRINCIPAL_HEADER, verifyInternalGrant, type InternalGrant } from './auth.js';
import type { HubContext } from './context.js';
import { createErrorFormatter } from './errors.js';
import type { Logger } from './logger.js';

/** Largest request body accepted; GraphQL documents and variables are far smaller. */
export const MAX_BODY_BYTES = '1mb';

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  logger: Logger;
  /** A fresh entity manager for each request. */
  forkEntityManager: () => EntityManager;
  createLoaders: (em: EntityManager, grant: InternalGrant) => Loaders;
  /** Public keys of the gateway; a request without a grant signed by one of them is refused. */
  verifyingKeys: CryptoKey[];
  /** Answers whether the service's own dependencies (its database) are usable. */
  checkHealth: () => Promise<void>;
  exposeInternals: boolean;
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

/**
 * Starts one subgraph: Apollo Server on Express with `/graphql` and `/health`. Each request gets
 * its own context; the server drains in-flight requests on `stop()`.
 */
export async function startSubgraphServer<Loaders>(
  options: SubgraphServerOptions<Loaders>,
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<HubContext<Loaders>>({
    schema: options.schema,
    formatError: createErrorFormatter({
      exposeInternals: options.exposeInternals,
      logger: options.logger,
    }),
    includeStacktraceInErrorResponses: options.exposeInternals,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health', async (_request, response) => {
    try {
      await options.checkHealth();
      response.json({ status: 'ok', service: options.name, database: 'up' });
    } catch (error) {
      options.logger.warn({ err: error }, 'health check failed');
      response.status(503).json({ status: 'down', service: options.name, database: 'down' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const grant = await verifyInternalGrant(
          req.header(PRINCIPAL_HEADER) ?? '',
          options.verifyingKeys,
          options.name,
        ).catch(() => {
          // Only the gateway can sign a grant: a direct call, including `_entities`, ends here.
          throw new GraphQLError('Requests must come through the gateway', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        });
        const em = options.forkEntityManager();
        const requestId = grant.requestId || randomUUID();
        return {
          em,
          loaders: options.createLoaders(em, { ...grant, requestId }),
          principal: grant.principal,
          requestId,
          purpose: grant.purpose,
        };
      },
    }),
  );

  const url = await listen(httpServer, options.host, options.port, '/graphql');
  options.logger.info({ url }, 'subgraph listening');
  return {
    url,
    async stop() {
      await apollo.stop();
    },
  };
}
