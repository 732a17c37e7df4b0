import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

function defaultLevel(): string {
  if (process.env.LOG_LEVEL) return process.env.LOG_LEVEL;
  return process.env.NODE_ENV === 'test' ? 'silent' : 'info';
}

/** The one root logger of the process; services log through children of it. */
export const rootLogger: Logger = pino({
  level: defaultLevel(),
  base: { pid: process.pid },
  redact: {
    // Personal data must never reach the logs, whatever a caller passes in.
    paths: ['identityNumber', '*.identityNumber', 'headers.authorization', '*.password'],
    censor: '[redacted]',
  },
});

/** A child logger named after the service or module, e.g. `createLogger('civil-affairs')`. */
export function createLogger(service: string, bindings: Record<string, unknown> = {}): Logger {
  return rootLogger.child({ service, ...bindings });
}
