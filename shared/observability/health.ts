import type { Express, Request, Response } from 'express';
import type { Logger } from '../logger.js';

/** State of one dependency a service needs to answer: its database, or for the gateway each subgraph. */
export type CheckState = 'up' | 'down';

export interface HealthOptions {
  service: string;
  /** Checks what the service needs to answer; each entry is one dependency. */
  checks: () => Promise<Record<string, CheckState>>;
  /** True once the service has begun to stop: it is still alive but takes no new work. */
  stopping: () => boolean;
  logger: Logger;
}

/**
 * `/health/live` says the process answers at all (restart it if not); `/health/ready` says it
 * can serve now (route traffic to it only then): every dependency answers and it is not
 * stopping. `/health` is the readiness answer under its older name.
 */
export function mountHealth(app: Express, options: HealthOptions): void {
  app.get('/health/live', (_request, response) => {
    response.json({ status: 'ok', service: options.service });
  });
  const ready = async (_request: Request, response: Response) => {
    if (options.stopping()) {
      response.status(503).json({ status: 'stopping', service: options.service });
      return;
    }
    const checks = await options.checks().catch((error: unknown) => {
      options.logger.warn({ err: error }, 'readiness check failed');
      return null;
    });
    const up = !!checks && Object.values(checks).every((state) => state === 'up');
    if (!up) options.logger.warn({ checks }, 'not ready');
    response
      .status(up ? 200 : 503)
      .json({ status: up ? 'ok' : 'down', service: options.service, checks: checks ?? {} });
  };
  app.get('/health/ready', ready);
  app.get('/health', ready);
}

/** Runs a check with a deadline; a check that does not finish in time counts as down. */
export async function checkWithin(
  timeoutMs: number,
  check: () => Promise<unknown>,
): Promise<CheckState> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<CheckState>((resolve) => {
    timer = setTimeout(() => resolve('down'), timeoutMs);
  });
  try {
    return await Promise.race([
      check().then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
