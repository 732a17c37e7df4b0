import pg from 'pg';
import { loadConfig } from '../../shared/config.js';
import { parseDatabaseUrl } from '../../shared/db/connection.js';
import { departmentDatabaseName } from '../../shared/db/orm.js';
import { startHub, type RunningHub } from '../../gateway/hub.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';

/** A GraphQL answer as a client sees it. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: Record<string, unknown>;
  }>;
}

export interface TestHub extends RunningHub {
  /** Sends an operation to the gateway, the way a client would. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** SQL statements the civil-affairs subgraph has sent so far. */
  sqlCount(service?: string): number;
}

let counter = 0;

/**
 * Starts the whole hub on free ports against the run's PostgreSQL, with databases of its own
 * (dropped and recreated, so each test file starts from the demo world).
 */
export async function startTestHub(options: { demo?: boolean } = {}): Promise<TestHub> {
  const url = process.env.HUB_TEST_DATABASE_URL;
  if (!url) throw new Error('HUB_TEST_DATABASE_URL is not set: run the tests through jest');
  counter += 1;
  const prefix = `hub_test_${process.env.JEST_WORKER_ID ?? '0'}_${process.pid}_${counter}_`;
  const server = parseDatabaseUrl(url);
  const dropDatabases = async () => {
    const admin = new pg.Client({ ...server, database: 'postgres' });
    await admin.connect();
    for (const module of SUBGRAPHS) {
      const name = departmentDatabaseName(prefix, module.name);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
    await admin.end();
  };
  await dropDatabases();

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_NAME_PREFIX: prefix,
    DEMO_DATA: options.demo === false ? 'off' : 'auto',
    DATABASE_POOL_MAX: '4',
  });
  const hub = await startHub({ config, server, ephemeralPorts: true });
  return {
    ...hub,
    // Leaves nothing behind on a shared server.
    async stop() {
      await hub.stop();
      await dropDatabases();
    },
    async query(query, variables) {
      const response = await fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    sqlCount(service = 'civil-affairs') {
      return hub.subgraphs[service]?.database.queries.count ?? 0;
    },
  };
}
