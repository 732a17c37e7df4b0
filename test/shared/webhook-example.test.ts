import { readFile } from 'node:fs/promises';
import { verifyWebhook } from '../../shared/webhooks/signature.js';

// The notification shown in docs/case-work.md is one the hub's signing produced: a receiver that
// follows the docs accepts it, so the example cannot drift from the code.

it('documents a notification whose signature verifies with the secret shown', async () => {
  const text = await readFile(new URL('../../docs/case-work.md', import.meta.url), 'utf8');
  const secret = /secret `(whsec_[^`]+)`/.exec(text)![1]!;
  const exchange = /```http\n([\s\S]*?)\n```/.exec(text)![1]!;
  const [head, body] = exchange.split('\n\n') as [string, string];
  const headers = Object.fromEntries(
    head
      .split('\n')
      .slice(1)
      .map((line) => line.split(': ') as [string, string]),
  );
  const sentAt = Number(headers['webhook-timestamp']) * 1000;
  expect(verifyWebhook(secret, headers, body, { now: sentAt })).toBe(true);
  expect(verifyWebhook(secret, headers, body.replace('ROUTINE', 'URGENT'), { now: sentAt })).toBe(
    false,
  );
  expect(JSON.parse(body)).toMatchObject({
    id: headers['webhook-id'],
    type: 'referral.received',
    data: { state: 'SENT', toDepartment: 'WOMEN_FEDERATION' },
  });
});
