// Apollo plugins, each a small function returning hooks.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Limits } from '../config';
import { checkCost } from '../limits';

/** Rejects an operation whose estimated cost is over the limit, before anything runs. */
export function costLimitPlugin(limits: Limits): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, operationName, request }) => {
        checkCost(schema, document, operationName, request.variables, limits);
      },
    }),
  };
}
