import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Signatures as the Standard Webhooks specification (standardwebhooks.com) writes them, so that
// receivers may check them with any of its libraries: HMAC-SHA256 over "id.timestamp.body",
// keyed with the base64-decoded part of a `whsec_` secret.

/** The headers that travel with every webhook request. */
export interface WebhookHeaders {
  'webhook-id': string;
  /** Unix seconds when the request was signed. */
  'webhook-timestamp': string;
  /** `v1,<base64 signature>`, several separated by spaces while a secret is rotated. */
  'webhook-signature': string;
}

const SECRET_PREFIX = 'whsec_';

/** A new endpoint secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

function secretKey(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  return Buffer.from(encoded, 'base64');
}

function signature(secret: string, id: string, timestamp: number | string, body: string): string {
  return createHmac('sha256', secretKey(secret))
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64');
}

/** The headers of a request carrying `body`, signed with the endpoint's secret. */
export function signWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): WebhookHeaders {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${signature(secret, id, timestamp, body)}`,
  };
}

export interface VerifyOptions {
  /** How far the timestamp may be from now, either way; 300 seconds by default. */
  toleranceSeconds?: number;
  /** The time to check against (milliseconds since the epoch); the clock by default. */
  now?: number;
}

/** Reads a header whatever its case, from a plain record or a `Headers` object. */
function header(
  headers: Headers | Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Whether a request was signed with `secret` recently: the timestamp within the tolerance (either
 * way) and one of the `v1` signatures equal to the expected one, compared in constant time.
 */
export function verifyWebhook(
  secret: string,
  headers: Headers | Record<string, string | string[] | undefined>,
  body: string,
  options: VerifyOptions = {},
): boolean {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures || !/^\d{1,12}$/.test(timestamp)) return false;
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signature(secret, id, timestamp, body), 'base64');
  return signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
