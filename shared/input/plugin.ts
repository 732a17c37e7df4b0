import type { ApolloServerPlugin } from '@apollo/server';
import { checkOperationInput } from './check.js';

/**
 * Runs the kit's input check once per operation, after the document is validated and before
 * anything executes: a refused argument never reaches a resolver or the database.
 */
export function inputCheckPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          const problem =
            operation && checkOperationInput(schema, document, operation, request.variables);
          if (problem) throw problem;
          return Promise.resolve();
        },
      });
    },
  };
}
