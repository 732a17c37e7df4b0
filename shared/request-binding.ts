import {
  createHmac,
  createSecretKey,
  randomBytes,
  randomUUID,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';

// A caller's grant (shared/auth.ts) is signed once per caller and subgraph and reused for a few
// minutes, so that a subgraph fetch costs no asymmetric signature. Each fetch therefore carries a
// binding beside it: an HMAC, with the secret the gateway and the subgraphs share, over the grant it
// goes with, the request's id, the stated purpose, the hash of the request body, the time and a
// nonce. A subgraph accepts a binding once, within its minute, for the body it came with: a grant
// or a whole request captured on the way can neither be replayed nor carry another operation.
//
// The secret proves freshness, not identity: who the caller is and which subgraph the grant is for
// is what the gateway signed with its private key. A subgraph that knows the secret can bind
// requests only to grants it has been sent, which name itself.

/** Header in which the gateway binds one subgraph request to the caller's grant. */
export const BINDING_HEADER = 'x-hub-binding';
const VERSION = 'v1';
/** How far a binding's time may lie from the subgraph's clock, either way. */
export const BINDING_WINDOW_MS = 60_000;

/** What one binding says about its request. */
export interface BoundRequest {
  /** The id of the grant the binding goes with. */
  grantId: string;
  /** The subgraph the request is for (the grant's audience). */
  audience: string;
  requestId: string;
  /** Why personal data may be revealed in this request, when the client stated it. */
  purpose: string | null;
  /** SHA-256 (base64url) of the request's query, operation name and variables. */
  requestHash: string;
}

/** A new binding secret, base64url. */
export function generateBindingSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Binding secrets from a comma-separated setting, the current first; each at least 32 bytes. */
export function parseBindingSecrets(value: string): Buffer[] {
  const secrets = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => Buffer.from(part, 'base64url'));
  if (!secrets.length || secrets.some((secret) => secret.length < 32)) {
    throw new Error('a binding secret is 32 or more bytes, base64url (npm run keys)');
  }
  return secrets;
}

const encodeText = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Each secret as a key object, made once: an HMAC keyed by raw bytes costs four times as much. */
const secretKeys = new WeakMap<Buffer, KeyObject>();

function mac(secret: Buffer, fields: string[]): Buffer {
  let key = secretKeys.get(secret);
  if (!key) {
    key = createSecretKey(secret);
    secretKeys.set(secret, key);
  }
  return createHmac('sha256', key).update(fields.join('\n')).digest();
}

function signedFields(request: BoundRequest, issuedAt: string, nonce: string): string[] {
  return [
    VERSION,
    request.audience,
    request.grantId,
    issuedAt,
    nonce,
    request.requestId,
    request.purpose ?? '',
    request.requestHash,
  ];
}

/** The binding header of one request, made with the current secret at `now` (ms). */
export function bindRequest(request: BoundRequest, secret: Buffer, now = Date.now()): string {
  const issuedAt = String(now);
  // 122 random bits from the runtime's buffered entropy: unique enough, and a tenth of the cost.
  const nonce = randomUUID();
  const tag = mac(secret, signedFields(request, issuedAt, nonce)).toString('base64url');
  return [
    VERSION,
    issuedAt,
    nonce,
    encodeText(request.requestId),
    request.purpose === null ? '' : encodeText(request.purpose),
    tag,
  ].join('.');
}

/**
 * The nonces of bindings accepted within the window, each remembered until its binding could no
 * longer be accepted anyway. Only bindings with a valid MAC are remembered, so its size is bounded
 * by the requests the gateway really sent in two minutes.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();
  private nextPrune = 0;

  /** True the first time a nonce is seen; false for a replay. */
  firstUse(nonce: string, issuedAt: number, now: number): boolean {
    if (now >= this.nextPrune) {
      for (const [known, forgetAt] of this.seen) if (forgetAt <= now) this.seen.delete(known);
      this.nextPrune = now + 5_000;
    }
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, issuedAt + BINDING_WINDOW_MS + 1);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}

/** Why a binding was not accepted; said in the subgraph's log, never to the caller. */
export class BindingRefused extends Error {}

/**
 * Checks a binding against the grant it came with and the hash of the body it came with, with any
 * accepted secret; answers the request's id and purpose. Throws {@link BindingRefused} when it is
 * malformed, made with no accepted secret, for another grant, subgraph or body, outside the
 * window, or seen before.
 */
export function checkBinding(
  header: string,
  expected: { grantId: string; audience: string; requestHash: string },
  secrets: Buffer[],
  guard: ReplayGuard,
  now = Date.now(),
): { requestId: string; purpose: string | null } {
  const parts = header.split('.');
  if (parts.length !== 6 || parts[0] !== VERSION) throw new BindingRefused('malformed binding');
  const [, issuedAt, nonce, requestIdText, purposeText, tagText] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const issued = Number(issuedAt);
  if (!/^\d{1,15}$/.test(issuedAt) || Math.abs(now - issued) > BINDING_WINDOW_MS) {
    throw new BindingRefused('binding outside its window');
  }
  const request: BoundRequest = {
    ...expected,
    requestId: Buffer.from(requestIdText, 'base64url').toString('utf8'),
    purpose: purposeText ? Buffer.from(purposeText, 'base64url').toString('utf8') : null,
  };
  const tag = Buffer.from(tagText, 'base64url');
  const fields = signedFields(request, issuedAt, nonce);
  const valid = secrets.some((secret) => {
    const wanted = mac(secret, fields);
    return wanted.length === tag.length && timingSafeEqual(wanted, tag);
  });
  if (!valid) throw new BindingRefused('binding not made for this grant and request');
  if (!guard.firstUse(nonce, issued, now)) throw new BindingRefused('binding replayed');
  return { requestId: request.requestId, purpose: request.purpose };
}
