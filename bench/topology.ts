import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateInternalKeys } from '../shared/auth.js';
import { DEPARTMENT_SERVICES, servicePortVariable, serviceUrlVariable } from '../shared/config.js';
import type { ServerConnection } from '../shared/db/connection.js';
import { NODE_FLAGS } from '../shared/node-flags.js';

// The hub as docker-compose runs it, on one machine: each department and the gateway in a
// process of its own, started from the compiled entry points with nothing but environment
// variables. Used by the deployment test, by `npm run bench:processes` and, with several
// gateways in front of the same departments, by `npm run bench:gateways`.

/** A gateway to start in front of the departments, from its compiled entry point. */
export interface GatewayProcess {
  /** Its name among the processes. */
  name: string;
  /** Its entry point, relative to the repository; it reads the gateway's variables. */
  entry: string;
}

/** The hub's own gateway. */
export const HUB_GATEWAY: GatewayProcess = { name: 'gateway', entry: 'dist/gateway/main.js' };

/** Hive Gateway with its Rust query planner, serving the same supergraph (`bench/hive-gateway.ts`). */
export const HIVE_GATEWAY: GatewayProcess = {
  name: 'hive-gateway',
  entry: 'dist/bench/hive-gateway.js',
};

export interface Topology {
  /** `/graphql` of the first gateway started; empty when the departments run alone. */
  gatewayUrl: string;
  /** `/graphql` of each gateway, by name. */
  gatewayUrls: Record<string, string>;
  /** `/graphql` of each department. */
  subgraphUrls: Record<string, string>;
  /** Each service's process, by name (the gateways' names and the departments). */
  processes: Map<string, ChildProcess>;
  /** SIGTERM to the gateways, then to the departments; resolves with each exit code. */
  stop(): Promise<Record<string, number | null>>;
}

export interface TopologyOptions {
  server: ServerConnection;
  /** Database name prefix; the department databases must exist (or `DEMO_DATA` fill them). */
  prefix: string;
  /** HS256 secret of client tokens. */
  secret: string;
  env?: Record<string, string>;
  /** The built checkout whose `dist/` entry points run (this one when absent). */
  root?: string;
  /**
   * The gateways to start, each in its own process with the same variables and a port of its
   * own, all routing to the same departments: the hub's gateway when absent, none when empty.
   */
  gateways?: GatewayProcess[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * How long a process may take to become ready: a department opens its database and starts its
 * consumers first, which on a busy two-core machine with eight processes starting at once can
 * take more than a minute.
 */
const READY_WITHIN_MS = 180_000;

async function ready(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited ${child.exitCode}`);
    const response = await fetch(new URL('/health/ready', url)).catch(() => null);
    if (response?.ok) return;
    await sleep(200);
  }
  throw new Error(`${url} was not ready within ${READY_WITHIN_MS / 1000} s`);
}

/** The V8 flags a built checkout runs its processes with: none for a build older than them. */
async function flagsOf(root: string): Promise<readonly string[]> {
  const declared = pathToFileURL(resolve(root, 'dist/shared/node-flags.js')).href;
  return import(declared).then(
    (module: { NODE_FLAGS: readonly string[] }) => module.NODE_FLAGS,
    () => [],
  );
}

/**
 * Starts the six departments and the gateways (the hub's by default) as separate processes and
 * waits until all are ready.
 */
export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const { server } = options;
  const gateways = options.gateways ?? [HUB_GATEWAY];
  const names = [...DEPARTMENT_SERVICES, ...gateways.map((gateway) => gateway.name)];
  if (new Set(names).size !== names.length)
    throw new Error(`every process needs a name of its own: ${names.join(', ')}`);
  const keys = await generateInternalKeys();
  const databaseUrl = `postgres://${server.user}:${encodeURIComponent(server.password ?? '')}@${server.host}:${server.port}/postgres`;
  const ports: Record<string, number> = {};
  for (const name of names) ports[name] = await freePort();
  const graphqlUrl = (name: string) => `http://127.0.0.1:${ports[name]}/graphql`;
  const processes = new Map<string, ChildProcess>();
  const flags = options.root ? await flagsOf(options.root) : NODE_FLAGS;
  const start = (name: string, entry: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, [...flags, entry], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        ...options.env,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(options.root ? { cwd: options.root } : {}),
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => {
      if (code) process.stderr.write(`${name} exited ${code}:\n${stderr}\n`);
    });
    processes.set(name, child);
  };
  for (const name of DEPARTMENT_SERVICES) {
    start(name, `dist/subgraphs/${name}/main.js`, {
      DATABASE_URL: databaseUrl,
      DATABASE_NAME_PREFIX: options.prefix,
      HUB_VERIFY_KEYS: keys.publicPem,
      HUB_BINDING_SECRET: keys.bindingSecret,
      [servicePortVariable(name)]: String(ports[name]),
      [serviceUrlVariable('civil-affairs')]: graphqlUrl('civil-affairs'),
    });
  }
  for (const gateway of gateways) {
    start(gateway.name, gateway.entry, {
      GATEWAY_PORT: String(ports[gateway.name]),
      HUB_SIGNING_KEY: keys.privatePem,
      HUB_BINDING_SECRET: keys.bindingSecret,
      AUTH_JWT_SECRET: options.secret,
      ...Object.fromEntries(
        DEPARTMENT_SERVICES.map((name) => [serviceUrlVariable(name), graphqlUrl(name)]),
      ),
    });
  }
  const kill = () => processes.forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
  try {
    await Promise.all([...processes].map(([name, child]) => ready(graphqlUrl(name), child)));
  } catch (error) {
    kill();
    throw error;
  }
  const gatewayUrls = Object.fromEntries(
    gateways.map((gateway) => [gateway.name, graphqlUrl(gateway.name)]),
  );
  return {
    gatewayUrl: gateways[0] ? graphqlUrl(gateways[0].name) : '',
    gatewayUrls,
    subgraphUrls: Object.fromEntries(DEPARTMENT_SERVICES.map((name) => [name, graphqlUrl(name)])),
    processes,
    async stop() {
      const exits = [...processes].map(
        ([name, child]) =>
          new Promise<[string, number | null]>((resolve) => {
            if (child.exitCode !== null) resolve([name, child.exitCode]);
            else child.once('exit', (code) => resolve([name, code]));
          }),
      );
      // Dependants first, as an orchestrator stops them.
      for (const gateway of gateways) processes.get(gateway.name)!.kill('SIGTERM');
      if (gateways.length > 0) await sleep(100);
      for (const name of DEPARTMENT_SERVICES) processes.get(name)!.kill('SIGTERM');
      return Object.fromEntries(await Promise.all(exits));
    },
  };
}
