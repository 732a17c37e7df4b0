import { generateInternalKeys, GRANT_LIFETIME_SECONDS, VerifiedGrants } from '../../shared/auth.js';
import { CallerCheck } from '../../shared/caller.js';
import type { Principal } from '../../shared/context.js';
import {
  BINDING_HEADER,
  BINDING_WINDOW_MS,
  bindRequest,
  checkBinding,
  parseBindingSecrets,
  ReplayGuard,
} from '../../shared/request-binding.js';
import { CallerGrants } from '../../gateway/caller-grants.js';
import { callerHeaders } from '../../gateway/subgraph-fetch.js';

// Grants are signed once per caller and subgraph and reused; each request is bound to its grant
// by an HMAC that the subgraph accepts once, for the body it came with, within its minute.

const keys = await generateInternalKeys();
const caller: Principal = {
  subject: 'li.na',
  department: 'WOMEN_FEDERATION',
  roles: ['CASEWORKER'],
  regionCode: '230127',
};
const body = { query: '{ a }', variables: { x: 1 } };
const sent = JSON.stringify(body);
const headersFor = callerHeaders({ signing: keys.signing!, bindingSecret: keys.binding[0]! });
const call = (principal: Principal, subgraph = 'women-federation', purpose: string | null = null) =>
  headersFor({ subgraph, principal, requestId: 'r-1', purpose, body }, sent);

describe('the gateway', () => {
  it('reuses one grant per caller and subgraph and binds every request anew', async () => {
    const [one, two] = await Promise.all([call(caller), call(caller)]);
    expect(one['x-hub-principal']).toBe(two['x-hub-principal']);
    expect(one[BINDING_HEADER]).not.toBe(two[BINDING_HEADER]);
    const otherSubgraph = await call(caller, 'civil-affairs');
    const otherRole = await call({ ...caller, roles: ['SUPERVISOR'] });
    const otherRegion = await call({ ...caller, regionCode: '620723' });
    for (const other of [otherSubgraph, otherRole, otherRegion]) {
      expect(other['x-hub-principal']).not.toBe(one['x-hub-principal']);
    }
  });

  it('signs a new grant when less than a minute of the old one is left', async () => {
    const grants = new CallerGrants(keys.signing!);
    const now = Date.now();
    const first = await grants.grantFor(caller, 'charity', now);
    expect(first.expiresAt).toBeGreaterThanOrEqual(now + (GRANT_LIFETIME_SECONDS - 1) * 1000);
    expect(await grants.grantFor(caller, 'charity', first.expiresAt - 61_000)).toBe(first);
    const renewed = await grants.grantFor(caller, 'charity', first.expiresAt - 59_000);
    expect(renewed.id).not.toBe(first.id);
  });
});

describe('a subgraph', () => {
  it('knows the caller, the request id and the purpose, once', async () => {
    const check = new CallerCheck(keys.verifying, keys.binding, 'women-federation');
    const headers = await call(caller, 'women-federation', '核实救助对象');
    // The bytes as received, before they are parsed.
    const known = await check.check(
      headers['x-hub-principal'],
      headers[BINDING_HEADER],
      Buffer.from(sent),
    );
    expect(known).toMatchObject({ principal: caller, requestId: 'r-1', purpose: '核实救助对象' });
    await expect(
      check.check(headers['x-hub-principal'], headers[BINDING_HEADER], sent),
    ).rejects.toThrow('binding replayed');
  });

  it('refuses another body, another subgraph and a secret it does not hold', async () => {
    const check = new CallerCheck(keys.verifying, keys.binding, 'women-federation');
    const headers = await call(caller);
    await expect(
      check.check(
        headers['x-hub-principal'],
        headers[BINDING_HEADER],
        JSON.stringify({ query: '{ b }' }),
      ),
    ).rejects.toThrow('not made for this grant and request');
    // The same JSON written otherwise is another body: the binding is for the bytes sent.
    await expect(
      check.check(
        headers['x-hub-principal'],
        headers[BINDING_HEADER],
        JSON.stringify(body, null, 1),
      ),
    ).rejects.toThrow('not made for this grant and request');
    const elsewhere = new CallerCheck(keys.verifying, keys.binding, 'charity');
    await expect(
      elsewhere.check(headers['x-hub-principal'], headers[BINDING_HEADER], sent),
    ).rejects.toThrow();
    const other = await generateInternalKeys();
    const stranger = new CallerCheck(keys.verifying, other.binding, 'women-federation');
    await expect(
      stranger.check(headers['x-hub-principal'], headers[BINDING_HEADER], sent),
    ).rejects.toThrow('not made for this grant and request');
    // The refusals used nothing up: the request is still good once.
    await expect(
      check.check(headers['x-hub-principal'], headers[BINDING_HEADER], sent),
    ).resolves.toMatchObject({ principal: caller });
  });

  it('accepts the old secret while a rotation completes', async () => {
    const next = await generateInternalKeys();
    const rotating = [...next.binding, ...keys.binding];
    const check = new CallerCheck(keys.verifying, rotating, 'women-federation');
    const headers = await call(caller);
    await expect(
      check.check(headers['x-hub-principal'], headers[BINDING_HEADER], sent),
    ).resolves.toMatchObject({ principal: caller });
  });

  it('verifies a grant once and remembers it until it expires', async () => {
    const grants = new VerifiedGrants(keys.verifying, 'women-federation');
    const token = (await call(caller))['x-hub-principal']!;
    const first = await grants.verify(token);
    expect(await grants.verify(token)).toBe(first);
    const afterExpiry = await grants.verify(token, first.expiresAt + 1).catch(() => null);
    expect(afterExpiry).not.toBe(first);
    await expect(grants.verify(`${token.slice(0, -3)}abc`)).rejects.toThrow();
  });
});

describe('bindings', () => {
  const secret = parseBindingSecrets(keys.bindingSecret)[0]!;
  const request = {
    grantId: 'g-1',
    audience: 'charity',
    requestId: 'r-9',
    purpose: null,
    requestHash: 'h',
  };

  it('hold for their window either way, and not beyond it', () => {
    const now = Date.now();
    for (const offset of [-BINDING_WINDOW_MS, BINDING_WINDOW_MS]) {
      const header = bindRequest(request, secret, now + offset);
      expect(checkBinding(header, request, [secret], new ReplayGuard(), now)).toEqual({
        requestId: 'r-9',
        purpose: null,
      });
    }
    for (const offset of [-BINDING_WINDOW_MS - 1, BINDING_WINDOW_MS + 1]) {
      const header = bindRequest(request, secret, now + offset);
      expect(() => checkBinding(header, request, [secret], new ReplayGuard(), now)).toThrow(
        'outside its window',
      );
    }
  });

  it('are refused malformed, and forgotten by the replay guard once they could not be accepted', () => {
    const guard = new ReplayGuard();
    const now = Date.now();
    expect(() => checkBinding('v1.x', request, [secret], guard, now)).toThrow('malformed');
    checkBinding(bindRequest(request, secret, now), request, [secret], guard, now);
    checkBinding(bindRequest(request, secret, now), request, [secret], guard, now);
    expect(guard.size).toBe(2);
    guard.firstUse('later', now + 2 * BINDING_WINDOW_MS, now + 2 * BINDING_WINDOW_MS);
    expect(guard.size).toBe(1);
  });

  it('need secrets of 32 bytes or more', () => {
    expect(() => parseBindingSecrets('short')).toThrow('32 or more bytes');
    expect(() => parseBindingSecrets(' , ')).toThrow();
    expect(parseBindingSecrets(`${keys.bindingSecret},${keys.bindingSecret}`)).toHaveLength(2);
  });
});
