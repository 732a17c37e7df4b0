import type { CryptoKey } from 'jose';
import { signCallerGrant, type SignedGrant } from '../shared/auth.js';
import type { Principal } from '../shared/context.js';

/** A grant is signed anew when less than this is left of it, so that none expires on the way. */
const RENEW_BEFORE_MS = 60_000;

/** Everything about a caller that may change a grant or a subgraph's answer, as one key. */
export function callerKey(principal: Principal): string {
  return [principal.subject, principal.department, principal.regionCode, ...principal.roles].join(
    '\u0000',
  );
}

/**
 * The gateway's signed grants, one per caller and subgraph, reused until a minute before they
 * expire: signing costs tens of microseconds of Ed25519 per caller and subgraph every few minutes
 * instead of per fetch. Concurrent requests of one caller share one signature. Bounded; the
 * oldest go first.
 */
export class CallerGrants {
  private readonly grants = new Map<string, Promise<SignedGrant>>();

  constructor(
    private readonly signingKey: CryptoKey,
    private readonly capacity = 10_000,
  ) {}

  async grantFor(principal: Principal, audience: string, now = Date.now()): Promise<SignedGrant> {
    const key = `${audience}\u0000${callerKey(principal)}`;
    const cached = this.grants.get(key);
    if (cached) {
      const grant = await cached.catch(() => null);
      if (grant && grant.expiresAt - now > RENEW_BEFORE_MS) return grant;
      if (this.grants.get(key) === cached) this.grants.delete(key);
    }
    const signing = signCallerGrant(principal, this.signingKey, audience);
    if (this.grants.size >= this.capacity) {
      this.grants.delete(this.grants.keys().next().value as string);
    }
    this.grants.set(key, signing);
    return signing;
  }
}
