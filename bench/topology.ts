import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateInternalKeys } from '../shared/auth.js';
import { DEPARTMENT_SERVICES, servicePortVariable, serviceUrlVariable } from '../shared/config.js';
import type { ServerConnection } from '../shared/db/connection.js';

// The hub as docker-compose runs it, on one machine: each department and the gateway in a
// process of its own, started from the compiled entry points with nothing but environment
// variables. Used by the deployment test and by `npm run bench:processes`.

export interface Topology {
  gatewayUrl: string;
  /** Each service's process, by name (`gateway` and the departments). */
  processes: Map<string, ChildProcess>;
  /** Each service's base URL, by name (its `/graphql`, `/metrics` and `/health` live under it). */
  urls: Map<string, string>;
  /** SIGTERM to the gateway, then to the departments; resolves with each exit code. */
  stop(): Promise<Record<string, number | null>>;
}

export interface TopologyOptions {
  server: ServerConnection;
  /** Database name prefix; the department databases must exist (or `DEMO_DATA` fill them). */
  prefix: string;
  /** HS256 secret of client tokens. */
  secret: string;
  env?: Record<string, string>;
  /** The built checkout whose `dist/` entry points to start; the current directory by default. */
  cwd?: string;
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

// Seven services starting at once on two cores: civil affairs alone takes 20 s to be ready on
// the province world when the machine is idle, and minutes when it is busy.
const READY_WITHIN_MS = 300_000;

async function ready(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < READY_WITHIN_MS / 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited ${child.exitCode}`);
    const response = await fetch(new URL('/health/ready', url)).catch(() => null);
    if (response?.ok) return;
    await sleep(200);
  }
  throw new Error(`${url} never became ready`);
}

/** Starts the six departments and the gateway as separate processes and waits until all are ready. */
export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const { server } = options;
  const keys = await generateInternalKeys();
  const databaseUrl = `postgres://${server.user}:${encodeURIComponent(server.password ?? '')}@${server.host}:${server.port}/postgres`;
  const ports: Record<string, number> = {};
  for (const name of [...DEPARTMENT_SERVICES, 'gateway']) ports[name] = await freePort();
  const processes = new Map<string, ChildProcess>();
  const start = (name: string, entry: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, [entry], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        ...options.env,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(options.cwd ? { cwd: options.cwd } : {}),
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
      [servicePortVariable(name)]: String(ports[name]),
      [serviceUrlVariable('civil-affairs')]: `http://127.0.0.1:${ports['civil-affairs']}/graphql`,
    });
  }
  start('gateway', 'dist/gateway/main.js', {
    GATEWAY_PORT: String(ports.gateway),
    HUB_SIGNING_KEY: keys.privatePem,
    AUTH_JWT_SECRET: options.secret,
    ...Object.fromEntries(
      DEPARTMENT_SERVICES.map((name) => [
        serviceUrlVariable(name),
        `http://127.0.0.1:${ports[name]}/graphql`,
      ]),
    ),
  });
  const kill = () => processes.forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
  try {
    await Promise.all(
      [...processes].map(([name, child]) =>
        ready(`http://127.0.0.1:${ports[name]}/graphql`, child),
      ),
    );
  } catch (error) {
    kill();
    throw error;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    processes,
    urls: new Map(Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}`])),
    async stop() {
      const exits = [...processes].map(
        ([name, child]) =>
          new Promise<[string, number | null]>((resolve) => {
            if (child.exitCode !== null) resolve([name, child.exitCode]);
            else child.once('exit', (code) => resolve([name, code]));
          }),
      );
      // Dependants first, as an orchestrator stops them.
      processes.get('gateway')!.kill('SIGTERM');
      await sleep(100);
      for (const name of DEPARTMENT_SERVICES) processes.get(name)!.kill('SIGTERM');
      return Object.fromEntries(await Promise.all(exits));
    },
  };
}
