import 'reflect-metadata';
import { configOrExit } from '../../shared/config.js';
import { handleTermination } from '../../shared/lifecycle.js';
import { createLogger } from '../../shared/logger.js';
import { applyRuntimeV8Flags } from '../../shared/node-flags.js';
import { startTracing } from '../../shared/observability/tracing.js';
import type { Principal } from '../../shared/context.js';
import { clientTokenSecret, issueToken } from '../../gateway/auth.js';
import { answerHelp } from './usage.js';

// `npm start`: the whole hub in one process, stopped cleanly on Ctrl-C, on SIGTERM and on a crash.
answerHelp(
  'usage: npm start\n  the whole hub in one process: embedded PostgreSQL (or DATABASE_URL), the demo world\n  (unless DEMO_DATA=off), the six subgraphs, the gateway and the explorer; see docs/operations.md\n',
);
applyRuntimeV8Flags();
const logger = createLogger('hub');
const config = configOrExit();

const tracing = await startTracing({
  endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  serviceName: config.OTEL_SERVICE_NAME,
  logger,
});
// The hub's code is loaded once tracing runs (and `--help` has answered without it).
const { startHub } = await import('../hub.js');
const hub = await startHub({ config, logger }).catch((error: unknown) => {
  logger.fatal({ err: error }, 'the hub could not start');
  process.exit(1);
});

/** Ready tokens for trying the hub in development, one per typical user. */
async function developmentTokens(): Promise<string[]> {
  if (config.NODE_ENV === 'production' || config.AUTH_JWKS_URL) return [];
  const secret = await clientTokenSecret(config);
  if (!secret) return [];
  const samples: Array<[string, Principal]> = [
    [
      'civil affairs supervisor, whole country',
      {
        subject: 'dev-supervisor',
        department: 'CIVIL_AFFAIRS',
        roles: ['SUPERVISOR', 'ADMIN'],
        regionCode: '100000',
      },
    ],
    [
      'civil affairs caseworker, Mulan County',
      {
        subject: 'dev-caseworker',
        department: 'CIVIL_AFFAIRS',
        roles: ['CASEWORKER'],
        regionCode: '230127',
      },
    ],
    [
      'analyst, Linze County',
      {
        subject: 'dev-analyst',
        department: 'CIVIL_AFFAIRS',
        roles: ['ANALYST'],
        regionCode: '620723',
      },
    ],
    [
      'viewer, Heilongjiang',
      { subject: 'dev-viewer', department: 'TRADE_UNION', roles: ['VIEWER'], regionCode: '230000' },
    ],
    [
      'auditor, whole country',
      {
        subject: 'dev-auditor',
        department: 'CIVIL_AFFAIRS',
        roles: ['AUDITOR'],
        regionCode: '100000',
      },
    ],
  ];
  const lines = [
    'Development tokens (send as Authorization: Bearer <token>; npm run token makes others):',
  ];
  for (const [label, principal] of samples) {
    lines.push(
      `  ${label}:`,
      `    ${await issueToken(secret, principal, { audience: config.AUTH_AUDIENCE, ...(config.AUTH_ISSUER ? { issuer: config.AUTH_ISSUER } : {}) })}`,
    );
  }
  return lines;
}

const subgraphLines = Object.entries(hub.subgraphs).map(
  ([name, running]) => `  ${name.padEnd(22)} ${running.url}`,
);
process.stdout.write(
  [
    '',
    'Social work station hub is running.',
    `  explorer (browser)     ${new URL('/', hub.gatewayUrl).href}`,
    `  GraphQL endpoint       ${hub.gatewayUrl}`,
    `  gateway readiness      ${new URL('/health/ready', hub.gatewayUrl).href}`,
    `  gateway metrics        ${new URL('/metrics', hub.gatewayUrl).href}`,
    ...subgraphLines,
    '',
    ...(await developmentTokens()),
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

handleTermination({
  logger,
  forceAfterMs: config.SHUTDOWN_GRACE_MS + 15000,
  stop: async () => {
    await hub.stop();
    await tracing?.shutdown();
  },
});
