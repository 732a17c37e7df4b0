import { newWebhookSecret, signWebhook, verifyWebhook } from '../../shared/webhooks/signature.js';
import { backoffMs } from '../../shared/webhooks/delivery.js';

// Signatures as the Standard Webhooks specification writes them, checked the way receivers do.

const body = JSON.stringify({ id: 'e1', type: 'referral.received', data: { referralId: 'r1' } });
const now = Date.UTC(2026, 11, 2, 8, 0, 0);
const seconds = Math.floor(now / 1000);

describe('webhook signatures', () => {
  it('makes secrets of 32 random bytes behind whsec_', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it("signs as the specification's example does", () => {
    const headers = signWebhook(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('verifies what it signed, from a record or a Headers object', () => {
    const secret = newWebhookSecret();
    const headers = signWebhook(secret, 'e1', seconds, body);
    expect(verifyWebhook(secret, { ...headers }, body, { now })).toBe(true);
    expect(verifyWebhook(secret, new Headers({ ...headers }), body, { now })).toBe(true);
    const upper = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(verifyWebhook(secret, upper, body, { now })).toBe(true);
  });

  it('refuses a tampered body, another id and a wrong secret', () => {
    const secret = newWebhookSecret();
    const headers = signWebhook(secret, 'e1', seconds, body);
    expect(verifyWebhook(secret, { ...headers }, body.replace('r1', 'r2'), { now })).toBe(false);
    expect(verifyWebhook(secret, { ...headers, 'webhook-id': 'e2' }, body, { now })).toBe(false);
    expect(verifyWebhook(newWebhookSecret(), { ...headers }, body, { now })).toBe(false);
  });

  it('refuses stale and future timestamps beyond the tolerance', () => {
    const secret = newWebhookSecret();
    const stale = signWebhook(secret, 'e1', seconds - 301, body);
    const future = signWebhook(secret, 'e1', seconds + 301, body);
    const edge = signWebhook(secret, 'e1', seconds - 300, body);
    expect(verifyWebhook(secret, { ...stale }, body, { now })).toBe(false);
    expect(verifyWebhook(secret, { ...future }, body, { now })).toBe(false);
    expect(verifyWebhook(secret, { ...edge }, body, { now })).toBe(true);
    expect(verifyWebhook(secret, { ...stale }, body, { now, toleranceSeconds: 600 })).toBe(true);
  });

  it('accepts any one of several signatures and ignores other versions', () => {
    const secret = newWebhookSecret();
    const signed = signWebhook(secret, 'e1', seconds, body)['webhook-signature'];
    const other = signWebhook(newWebhookSecret(), 'e1', seconds, body)['webhook-signature'];
    const headers = { 'webhook-id': 'e1', 'webhook-timestamp': String(seconds) };
    const check = (signature: string) =>
      verifyWebhook(secret, { ...headers, 'webhook-signature': signature }, body, { now });
    expect(check(`${other} ${signed}`)).toBe(true);
    expect(check(other)).toBe(false);
    expect(check(signed.replace('v1,', 'v1a,'))).toBe(false);
    expect(check('v1,')).toBe(false);
    expect(verifyWebhook(secret, headers, body, { now })).toBe(false);
  });
});

describe('back-off', () => {
  it('doubles from the base, capped, with up to a fifth more of jitter', () => {
    for (const [attempt, base] of [
      [1, 100],
      [2, 200],
      [3, 400],
      [10, 1000],
    ] as const) {
      const wait = backoffMs(attempt, 100, 1000);
      expect(wait).toBeGreaterThanOrEqual(base);
      expect(wait).toBeLessThanOrEqual(base * 1.2);
    }
  });
});
