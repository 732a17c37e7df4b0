import { jest } from '@jest/globals';
import type { Request } from 'express';
import { gatewayContext, PURPOSE_HEADER, readPurpose } from '../../gateway/context.js';
import type { Principal } from '../../shared/context.js';

const ANALYST: Principal = {
  subject: 'a1',
  department: 'CIVIL_AFFAIRS',
  roles: ['ANALYST'],
  regionCode: '522327',
};

function request(headers: Record<string, string>): Request {
  return { header: (name: string) => headers[name.toLowerCase()] } as unknown as Request;
}

it('reads the stated purpose percent-decoded, trimmed and at most 500 characters', () => {
  expect(readPurpose(encodeURIComponent(' 核查临时救助 '))).toBe('核查临时救助');
  expect(readPurpose('100% sure')).toBe('100% sure');
  expect(readPurpose('   ')).toBeNull();
  expect(readPurpose(undefined)).toBeNull();
  expect(readPurpose('x'.repeat(600))).toHaveLength(500);
});

it('builds the context from the token and the purpose, with a fresh request id each time', async () => {
  const context = gatewayContext(async (header) => {
    expect(header).toBe('Bearer t');
    return ANALYST;
  }, jest.fn());
  const headers = { authorization: 'Bearer t', [PURPOSE_HEADER]: encodeURIComponent('复核') };
  const first = await context({ req: request(headers) });
  const second = await context({ req: request(headers) });
  expect(first).toMatchObject({ principal: ANALYST, purpose: '复核' });
  expect(first.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(second.requestId).not.toBe(first.requestId);
});

it('counts and rethrows a refused token', async () => {
  const rejected = jest.fn();
  const context = gatewayContext(async () => {
    throw new Error('bad token');
  }, rejected);
  await expect(context({ req: request({}) })).rejects.toThrow('bad token');
  expect(rejected).toHaveBeenCalledTimes(1);
});
