import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  CONFIG_VARIABLES,
  DEPARTMENT_SERVICES,
  loadConfig,
  serviceUrlVariable,
} from '../../shared/config.js';
import { NODE_FLAGS, RUNTIME_V8_FLAGS } from '../../shared/node-flags.js';

// docker-compose.yml cannot be run here, so it is read: its services, ports and variables must
// be the ones the code's configuration schema describes.

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  container_name?: string;
}

const root = new URL('../../', import.meta.url);
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'), {
  merge: true,
}) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };
const { services } = compose;
const hubServices = [...DEPARTMENT_SERVICES, 'gateway'] as const;

/** Values a deployer supplies for the variables compose insists on (`${NAME:?…}`). */
const SUPPLIED: Record<string, string> = {
  POSTGRES_PASSWORD: 'a-password',
  HUB_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----',
  HUB_VERIFY_KEYS: '-----BEGIN PUBLIC KEY-----',
  HUB_BINDING_SECRET: 'a-binding-secret-of-thirty-two-bytes-or-more',
};

/** Expands `${NAME:-default}`, `${NAME:?message}` and `${NAME}` as compose does for a deployer who set only {@link SUPPLIED}. */
function expand(value: string | number): string {
  return String(value).replace(
    /\$\{(\w+)(?::([-?])([^}]*))?\}/g,
    (_match, name: string, kind?: string, rest?: string) => {
      if (SUPPLIED[name] !== undefined) return SUPPLIED[name];
      if (kind === '?') throw new Error(`${name} must be set: ${rest}`);
      return kind === '-' ? (rest ?? '') : '';
    },
  );
}

function environmentOf(name: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(services[name]?.environment ?? {}).map(([key, value]) => [key, expand(value)]),
  );
}

/** The port a `/health/ready` probe in a healthcheck asks. */
function probedPort(service: ComposeService): number | undefined {
  const match = /127\.0\.0\.1:(\d+)\/health\/ready/.exec(service.healthcheck?.test.join(' ') ?? '');
  return match ? Number(match[1]) : undefined;
}

it('runs PostgreSQL, Redis, each department, the gateway and its balancer, from one image', () => {
  expect(Object.keys(services).sort()).toEqual(
    ['postgres', 'redis', 'balancer', ...hubServices].sort(),
  );
  for (const name of hubServices) {
    expect(services[name]!.build).toBe('.');
    expect(services[name]!.image).toBe(services.gateway!.image);
  }
});

it('keeps PostgreSQL on a volume, checked before anything uses it, and unpublished', () => {
  const postgres = services.postgres!;
  expect(postgres.healthcheck?.test.join(' ')).toContain('pg_isready');
  const volume = postgres.volumes?.[0]?.split(':')[0];
  expect(Object.keys(compose.volumes)).toContain(volume);
  expect(postgres.ports).toBeUndefined();
  for (const name of DEPARTMENT_SERVICES) {
    expect(services[name]!.depends_on?.postgres?.condition).toBe('service_healthy');
  }
});

/** The balancer's nginx configuration, as compose mounts it. */
function balancerConfig(): { text: string; mountedAt: string } {
  const mount = services.balancer?.volumes?.find((volume) => volume.includes('deploy/'));
  expect(mount).toBeDefined();
  const [source, target, mode] = mount!.split(':');
  expect(mode).toBe('ro');
  return { text: readFileSync(new URL(source!, root), 'utf8'), mountedAt: target! };
}

/** The `upstream` blocks of an nginx configuration: name → its directives. */
function upstreams(text: string): Record<string, string[]> {
  return Object.fromEntries(
    [...text.matchAll(/^upstream (\w+) \{\n([^}]*)\}/gm)].map((match) => [
      match[1]!,
      match[2]!
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#')),
    ]),
  );
}

/** The services that run the gateway, and how many replicas each. */
function gatewayServices(): Array<[string, ComposeService]> {
  return Object.entries(services).filter(([, service]) =>
    service.command?.includes('dist/gateway/main.js'),
  );
}

it('publishes only the balancer, on the port the gateways listen on', () => {
  const published = Object.entries(services).filter(([, service]) => service.ports?.length);
  expect(published.map(([name]) => name)).toEqual(['balancer']);
  const config = loadConfig(environmentOf('gateway'));
  const [host, target] = expand(services.balancer!.ports![0]!).split(':');
  expect(Number(host)).toBe(config.GATEWAY_PORT);
  const { text } = balancerConfig();
  expect(text).toMatch(new RegExp(`^\\s*listen ${target};$`, 'm'));
  expect(probedPort(services.gateway!)).toBe(config.GATEWAY_PORT);
});

it('runs two replicas of the gateway behind the balancer, which spreads requests over all of them', () => {
  const gateways = gatewayServices();
  expect(gateways.map(([name]) => name)).toEqual(['gateway']);
  const gateway = services.gateway!;
  expect(gateway.deploy?.replicas).toBe(2);
  // Replicas cannot share a published port or a container name.
  expect(gateway.ports).toBeUndefined();
  expect(gateway.container_name).toBeUndefined();

  const balancer = services.balancer!;
  expect(balancer.image).toMatch(/^nginx:1\.(2[89]|[3-9]\d)/); // `resolve` in upstreams: 1.27.3 and later
  expect(balancer.depends_on?.gateway?.condition).toBe('service_healthy');
  expect(balancer.healthcheck?.test.join(' ')).toContain('/health/ready');
  const { text, mountedAt } = balancerConfig();
  expect(mountedAt).toBe('/etc/nginx/conf.d/default.conf');
  const port = loadConfig(environmentOf('gateway')).GATEWAY_PORT;
  // Every upstream names the service (compose's DNS gives each replica), looked up again as they change.
  expect(text).toMatch(/^resolver 127\.0\.0\.11 /m);
  const blocks = upstreams(text);
  expect(Object.keys(blocks).sort()).toEqual(['gateways', 'gateways_by_caller']);
  for (const [name, directives] of Object.entries(blocks)) {
    const servers = directives.filter((line) => line.startsWith('server '));
    expect({ name, servers }).toEqual({
      name,
      servers: [expect.stringMatching(new RegExp(`^server gateway:${port} resolve\\b`))],
    });
    expect(directives).toContainEqual(expect.stringMatching(/^zone /));
  }
  expect(blocks.gateways!.some((line) => line.startsWith('hash '))).toBe(false);
  // An export lives with the replica that writes it: its caller keeps to that replica.
  expect(blocks.gateways_by_caller).toContain('hash $http_authorization consistent;');
  expect(text).toMatch(/location \/exports \{[^}]*proxy_pass http:\/\/gateways_by_caller;/);
  expect(text).toMatch(/location \/ \{[^}]*proxy_pass http:\/\/gateways;/);
});

it('gives every gateway replica the same Redis, a compose service of its own, unpublished', () => {
  const urls = gatewayServices().map(([name, service]) => ({
    name,
    replicas: service.deploy?.replicas ?? 1,
    url: loadConfig(environmentOf(name)).REDIS_URL,
  }));
  expect(urls.reduce((sum, { replicas }) => sum + replicas, 0)).toBeGreaterThanOrEqual(2);
  // Written in the file, not left to each container's environment: every replica gets this one.
  for (const [name, service] of gatewayServices()) {
    expect({ name, url: service.environment?.REDIS_URL }).toEqual({
      name,
      url: 'redis://redis:6379',
    });
    expect(service.depends_on?.redis?.condition).toBe('service_healthy');
  }
  expect(new Set(urls.map(({ url }) => url))).toEqual(new Set(['redis://redis:6379']));

  const redis = services.redis!;
  expect(redis.image).toMatch(/^redis:/);
  expect(redis.ports).toBeUndefined();
  expect(redis.healthcheck?.test.join(' ')).toContain('redis-cli ping');
  // All of it is cache: bounded, least recently used out first, never written to disk.
  const command = (redis.command ?? []).map((part) => expand(part)).join(' ');
  expect(command).toMatch(/--maxmemory \d+mb/);
  expect(command).toContain('--maxmemory-policy allkeys-lru');
  expect(command).toContain('--appendonly no');
  // Only the gateways use it.
  for (const name of DEPARTMENT_SERVICES) {
    expect(loadConfig(environmentOf(name)).REDIS_URL).toBeUndefined();
  }
});

it('gives every service a configuration that the schema accepts, and nothing it does not know', () => {
  for (const name of hubServices) {
    const environment = environmentOf(name);
    const unknown = Object.keys(environment).filter((key) => !CONFIG_VARIABLES.includes(key));
    expect({ service: name, unknown }).toEqual({ service: name, unknown: [] });
    const config = loadConfig(environment);
    expect(config.NODE_ENV).toBe('production');
    expect(config.HOST).toBe('0.0.0.0');
  }
});

it('starts each department from its own entry point, migrating its database, on its port', () => {
  for (const name of DEPARTMENT_SERVICES) {
    const service = services[name]!;
    expect(service.command).toEqual(['node', `dist/subgraphs/${name}/main.js`]);
    expect(existsSync(new URL(`subgraphs/${name}/main.ts`, root))).toBe(true);
    const config = loadConfig(environmentOf(name));
    expect(config.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
    expect(config.HUB_VERIFY_KEYS).toBe(SUPPLIED.HUB_VERIFY_KEYS);
    expect(config.HUB_BINDING_SECRET).toBe(SUPPLIED.HUB_BINDING_SECRET);
    expect(probedPort(service)).toBe(config.servicePorts[name]);
  }
});

it('routes the gateway to each department where it listens, once each is ready', () => {
  const gateway = services.gateway!;
  expect(gateway.command).toEqual(['node', 'dist/gateway/main.js']);
  expect(existsSync(new URL('gateway/main.ts', root))).toBe(true);
  const config = loadConfig(environmentOf('gateway'));
  expect(config.HUB_SIGNING_KEY).toBe(SUPPLIED.HUB_SIGNING_KEY);
  expect(config.HUB_BINDING_SECRET).toBe(SUPPLIED.HUB_BINDING_SECRET);
  expect(config.AUTH_MAX_TOKEN_LIFETIME_SECONDS).toBe(
    loadConfig({}).AUTH_MAX_TOKEN_LIFETIME_SECONDS,
  );
  expect(config.DATABASE_URL).toBeUndefined();
  for (const name of DEPARTMENT_SERVICES) {
    const listening = loadConfig(environmentOf(name)).servicePorts[name];
    expect({ [serviceUrlVariable(name)]: config.serviceUrls[name] }).toEqual({
      [serviceUrlVariable(name)]: `http://${name}:${listening}/graphql`,
    });
    expect(gateway.depends_on?.[name]?.condition).toBe('service_healthy');
  }
});

it('lets civil affairs ask every other department about the records its writes link', () => {
  const config = loadConfig(environmentOf('civil-affairs'));
  for (const name of DEPARTMENT_SERVICES.filter((service) => service !== 'civil-affairs')) {
    const listening = loadConfig(environmentOf(name)).servicePorts[name];
    expect({ [serviceUrlVariable(name)]: config.serviceUrls[name] }).toEqual({
      [serviceUrlVariable(name)]: `http://${name}:${listening}/graphql`,
    });
  }
});

it('takes every secret from the environment, never from the file', () => {
  const secrets = [
    'POSTGRES_PASSWORD',
    'AUTH_JWT_SECRET',
    'HUB_SIGNING_KEY',
    'HUB_VERIFY_KEYS',
    'HUB_BINDING_SECRET',
  ];
  for (const [name, service] of Object.entries(services)) {
    for (const [key, value] of Object.entries(service.environment ?? {})) {
      if (secrets.includes(key) || key === 'METRICS_TOKEN' || key === 'DATABASE_URL') {
        expect({ service: name, key, value }).toEqual({
          service: name,
          key,
          value: expect.stringMatching(/\$\{/),
        });
      }
    }
  }
});

it('builds in stages and runs as an unprivileged user', () => {
  const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
  expect(dockerfile).toMatch(/^FROM node:24\S* AS build$/m);
  expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
  expect(dockerfile).toMatch(/^RUN npm run build/m);
  for (const folder of ['shared', 'gateway', 'subgraphs']) {
    expect(dockerfile).toMatch(new RegExp(`^COPY ${folder} ${folder}$`, 'm'));
  }
  expect(dockerfile).toMatch(/^COPY package\.json supergraph\.graphql/m);
  expect(dockerfile).toMatch(/^USER node$/m);
});

it('runs every process of the hub with its V8 flags', () => {
  const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
  const served = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  expect(served).toMatch(new RegExp(`^ENV NODE_OPTIONS=${NODE_FLAGS.join(' ')}$`, 'm'));
  for (const [name, service] of Object.entries(services)) {
    expect({ name, options: service.environment?.NODE_OPTIONS }).toEqual({
      name,
      options: undefined,
    });
  }
  const { scripts } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
    scripts: Record<string, string>;
  };
  for (const flag of NODE_FLAGS) expect(scripts.start).toContain(` ${flag} `);
});

it('sets the V8 flags that NODE_OPTIONS refuses in each process itself, as its entry point starts', () => {
  // Node refuses them in NODE_OPTIONS, which is why no image or compose setting can carry them.
  for (const flag of RUNTIME_V8_FLAGS) {
    const refused = spawnSync(process.execPath, ['-e', ''], {
      env: { ...process.env, NODE_OPTIONS: flag },
      encoding: 'utf8',
    });
    expect(refused.stderr).toContain('is not allowed in NODE_OPTIONS');
  }
  for (const entry of ['gateway/main.ts', 'subgraphs/main.ts', 'tools/cli/start.ts']) {
    const source = readFileSync(new URL(entry, root), 'utf8');
    expect({ entry, applies: /^\s*applyRuntimeV8Flags\(\);$/m.test(source) }).toEqual({
      entry,
      applies: true,
    });
  }
});
