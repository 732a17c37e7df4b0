import type { ApolloServerPlugin } from '@apollo/server';
import { PURPOSE_HEADER, type GatewayContext } from '../context.js';

/**
 * Answers depend on who asks (region scope, masking, stated purpose): a cache that keeps one must
 * key it by those headers too.
 */
export function varyByCaller(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('vary', `authorization, ${PURPOSE_HEADER}`);
        },
      };
    },
  };
}
