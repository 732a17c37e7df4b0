import type { CryptoKey } from 'jose';
import { bodyHash, VerifiedGrants, type InternalGrant } from './auth.js';
import { checkBinding, ReplayGuard } from './request-binding.js';

/**
 * How a subgraph knows who sends a request: the caller's grant, signed by the gateway for this
 * subgraph (verified once per grant and remembered until it expires), and the request's binding
 * to it, checked against the bytes of the body received and accepted once.
 */
export class CallerCheck {
  private readonly grants: VerifiedGrants;
  private readonly replays = new ReplayGuard();

  constructor(
    verifyingKeys: CryptoKey[],
    private readonly bindingSecrets: Buffer[],
    private readonly audience: string,
  ) {
    this.grants = new VerifiedGrants(verifyingKeys, audience);
  }

  /** The caller of one request; throws, with the reason, when the gateway did not vouch for it. */
  async check(
    grantHeader: string | undefined,
    bindingHeader: string | undefined,
    received: string | Uint8Array | undefined,
    now = Date.now(),
  ): Promise<InternalGrant> {
    if (!grantHeader || !bindingHeader) throw new Error('no grant or no binding');
    if (received === undefined) throw new Error('no body to check the binding against');
    const grant = await this.grants.verify(grantHeader, now);
    const requestHash = bodyHash(received);
    const { requestId, purpose } = checkBinding(
      bindingHeader,
      { grantId: grant.id, audience: this.audience, requestHash },
      this.bindingSecrets,
      this.replays,
      now,
    );
    return { principal: grant.principal, requestId, purpose, requestHash };
  }
}
