import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { connectionCostEstimator } from './connection-cost.estimator';

function costError(cost: number, max: number): GraphQLError {
  return new GraphQLError(`query cost ${cost} exceeds the limit of ${max}`, {
    extensions: {
      code: 'validation_failed',
      cost,
      limit: max,
      details: [{ path: 'query', problem: `cost ${cost} > ${max}` }],
      http: { status: 400 },
    },
  });
}

/** Errors found while estimating (bad `first`, bad variables) are the client's: 400. */
function estimate(run: () => number): number {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions['http']) throw error;
    throw new GraphQLError(error.message, {
      extensions: { code: 'validation_failed', ...error.extensions, http: { status: 400 } },
    });
  }
}

/**
 * Rejects, with HTTP 400 and before anything runs, operations whose estimated
 * cost exceeds `max`: every field selected costs at least 1 (each alias on its
 * own), fields that read the database cost `DB_FIELD_COST`, and connections
 * multiply their children by their page size (docs/api.md, "Cost limits").
 */
export function complexityPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = estimate(() =>
            getComplexity({
              schema,
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables ?? {},
              estimators: [
                connectionCostEstimator,
                fieldExtensionsEstimator(),
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            }),
          );
          if (cost > max) throw costError(cost, max);
        },
      };
    },
  };
}
