import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { Principal } from '../shared/context.js';
import type { ResponseNotice } from '../shared/notices.js';
import type { Authenticate } from './auth.js';

/** What the gateway knows of a request: who asks, why, and the id that ties its logs together. */
export interface GatewayContext {
  requestId: string;
  principal: Principal;
  purpose: string | null;
  /** Notices the subgraphs' answers carried, passed on in the response's extensions. */
  notices: ResponseNotice[];
}

/** Header in which a client states why it needs personal data revealed. */
export const PURPOSE_HEADER = 'x-access-purpose';

/** The stated purpose, percent-decoded (header values cannot carry Chinese as such). */
export function readPurpose(raw: string | undefined): string | null {
  if (!raw) return null;
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded: take it as written.
  }
  return text.trim().slice(0, 500) || null;
}

/**
 * Builds the context of a GraphQL request: the caller's token is read first, and a request
 * without a valid one is refused (and counted by `onRejected`) before anything is executed.
 */
export function gatewayContext(authenticate: Authenticate, onRejected: () => void) {
  return async ({ req }: { req: Request }): Promise<GatewayContext> => ({
    principal: await authenticate(req.header('authorization')).catch((error: unknown) => {
      onRejected();
      throw error;
    }),
    requestId: randomUUID(),
    purpose: readPurpose(req.header(PURPOSE_HEADER)),
    notices: [],
  });
}
