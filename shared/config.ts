import { z } from 'zod';

import { department, DEPARTMENT_SERVICES, type DepartmentService } from './departments.js';

export { DEPARTMENT_SERVICES, type DepartmentService };

const port = z.coerce.number().int().min(0).max(65535);
const optionalUrl = z.url({ protocol: /^https?$/ }).optional();

/** Environment variable name that holds a department service's port, e.g. `CIVIL_AFFAIRS_PORT`. */
export function servicePortVariable(service: DepartmentService): string {
  return `${service.toUpperCase().replaceAll('-', '_')}_PORT`;
}

/** Environment variable name that holds a department service's URL as the gateway reaches it. */
export function serviceUrlVariable(service: DepartmentService): string {
  return `${service.toUpperCase().replaceAll('-', '_')}_URL`;
}

const serviceSchema = z.object(
  Object.fromEntries(
    DEPARTMENT_SERVICES.flatMap((service) => [
      [servicePortVariable(service), port.default(department(service).port)],
      [serviceUrlVariable(service), optionalUrl],
    ]),
  ) as Record<string, z.ZodType<number | string | undefined>>,
);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('127.0.0.1'),
  GATEWAY_PORT: port.default(4000),
  /** A PostgreSQL server URL; the database part is ignored, each department gets its own. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_NAME_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores')
    .default('hub_'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * `off` sends every statement with its values written in, never a named statement: for a
   * connection pooler in transaction mode that does not keep prepared statements per client.
   */
  DATABASE_NAMED_STATEMENTS: z.enum(['on', 'off']).default('on'),
  EMBEDDED_POSTGRES_PORT: port.default(54329),
  DATA_DIR: z.string().min(1).default('.data'),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(10000),
  /** Kept-alive connections the gateway holds open to each subgraph at most. */
  SUBGRAPH_CONNECTIONS: z.coerce.number().int().min(1).max(1024).default(64),
  /** `off` sends every subgraph read, also one identical to a read of the same caller on its way. */
  GATEWAY_COALESCE_READS: z.enum(['on', 'off']).default('on'),
  /** `off` sends each read of a client request to a subgraph on its own, also those that start together. */
  GATEWAY_MERGE_READS: z.enum(['on', 'off']).default('on'),
  SUPERGRAPH_PATH: z.string().min(1).default('supergraph.graphql'),
  /** HS256 secret that client tokens are signed with (at least 32 characters). */
  AUTH_JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  /** JWKS URL of an identity provider whose tokens are accepted (RS256, ES256, EdDSA). */
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).default('social-work-hub'),
  /**
   * Longest life (exp − iat, seconds) of a client token the gateway accepts: 12 hours, a working
   * day with its overtime, by default. A longer-lived token is refused however it was signed.
   */
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 86400)
    .default(43200),
  /** The gateway's Ed25519 private key (PKCS#8 PEM) for signing principals to subgraphs. */
  HUB_SIGNING_KEY: z.string().min(1).optional(),
  /** Public keys (SPKI PEM, separated by commas) that subgraphs accept; the first is current. */
  HUB_VERIFY_KEYS: z.string().min(1).optional(),
  /**
   * Secrets (base64url, 32 bytes or more, separated by commas) that bind each subgraph request to
   * its grant, shared by the gateway and the subgraphs; the gateway binds with the first.
   */
  HUB_BINDING_SECRET: z.string().min(1).optional(),
  /** Longest wait for in-flight requests when a service stops, before their connections are cut. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600000).default(10000),
  /** When set, `/metrics` answers only requests with `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** OTLP/HTTP collector to send traces to (e.g. `http://otel-collector:4318`); no tracing without it. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('social-work-hub'),
  /**
   * Whether the gateway answers introspection (the explorer's docs and completion need it). Only
   * signed-in callers get that far; `off` hides the schema from them too.
   */
  GRAPHQL_INTROSPECTION: z.enum(['on', 'off']).default('on'),
  /** How long dashboards may cache aggregate answers (seconds); 0 turns the hints off. */
  AGGREGATE_CACHE_SECONDS: z.coerce.number().int().min(0).max(86400).default(60),
  /** Pause of civil affairs' webhook worker between looks at an empty outbox. */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(600000).default(1000),
  /** Wait before a failed webhook's second attempt; each later one waits twice as long. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(86400000).default(10000),
  /** Attempts before a webhook delivery is given up (FAILED) until it is replayed. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  /** Longest wait for a webhook receiver's answer. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(5000),
  /** How often civil affairs looks for referrals that passed their due date unanswered. */
  REFERRAL_OVERDUE_SWEEP_MS: z.coerce.number().int().min(10).max(86400000).default(60000),
  /** Pause of civil affairs' benefit-ledger consumer between looks at outboxes with nothing new. */
  LEDGER_POLL_MS: z.coerce.number().int().min(10).max(600000).default(1000),
  /** Pause of each department's follower of the register's change log between looks with nothing new. */
  REGISTER_POLL_MS: z.coerce.number().int().min(10).max(600000).default(1000),
  /** How long the gateway keeps a finished export (its status and its file) for download. */
  EXPORT_TTL_SECONDS: z.coerce.number().int().min(1).max(604800).default(3600),
  /** Exports one principal may have running at the gateway at once; more are refused (429). */
  EXPORT_MAX_RUNNING: z.coerce.number().int().min(1).max(100).default(2),
  /**
   * Redis that the gateways share for persisted queries and cached aggregate answers
   * (`redis://[:password@]host:6379[/db]`, `rediss://` for TLS); each gateway keeps its own
   * in-process cache without it.
   */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /**
   * `off` keeps no answers at the gateway (persisted queries are still kept): every aggregate is
   * counted afresh, as a benchmark of the subgraphs wants.
   */
  GATEWAY_RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
  /** Prefix of every key the gateway writes to Redis, so that several hubs can share one server. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:.-]{1,50}$/, 'letters, digits and _ : . - (at most 50)')
    .default('hub:'),
});

/** Every environment variable the hub reads; deployment files are checked against this list. */
export const CONFIG_VARIABLES: readonly string[] = [
  ...Object.keys(schema.shape),
  ...DEPARTMENT_SERVICES.flatMap((service) => [
    servicePortVariable(service),
    serviceUrlVariable(service),
  ]),
];

export type HubConfig = z.infer<typeof schema> & {
  servicePorts: Record<DepartmentService, number>;
  serviceUrls: Partial<Record<DepartmentService, string>>;
};

/** Raised when the environment does not describe a usable configuration; lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the hub's configuration from environment variables, once, listing every
 * problem at the same time rather than failing on the first.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  // Empty strings count as unset, the way docker-compose passes `${VAR:-}`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(cleaned);
  const services = serviceSchema.safeParse(cleaned);
  const issues = [...(parsed.error?.issues ?? []), ...(services.error?.issues ?? [])];
  if (!parsed.success || !services.success || issues.length) {
    throw new ConfigError(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = services.data;
  const servicePorts = {} as Record<DepartmentService, number>;
  const serviceUrls: Partial<Record<DepartmentService, string>> = {};
  for (const service of DEPARTMENT_SERVICES) {
    servicePorts[service] = values[servicePortVariable(service)] as number;
    const url = values[serviceUrlVariable(service)] as string | undefined;
    if (url) serviceUrls[service] = url;
  }
  return { ...parsed.data, servicePorts, serviceUrls };
}

/**
 * The configuration of a process that is starting: when the environment does not describe a
 * usable one, every problem is printed and the process exits with 2 before doing anything.
 */
export function configOrExit(env: NodeJS.ProcessEnv = process.env): HubConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
