import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { varyByCaller } from '../../gateway/plugins/vary-by-caller.js';
import type { GatewayContext } from '../../gateway/context.js';

it('marks every answer as varying by the token and the stated purpose', async () => {
  const listener = await varyByCaller().requestDidStart!({} as never);
  const headers = new Map<string, string>();
  await listener!.willSendResponse!({
    response: { http: { headers } },
  } as unknown as GraphQLRequestContextWillSendResponse<GatewayContext>);
  expect(headers.get('vary')).toBe('authorization, x-access-purpose');
});
