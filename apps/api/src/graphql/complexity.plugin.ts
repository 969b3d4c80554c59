import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Rejects operations whose estimated cost exceeds `max`. List fields cost their
 * page size (`first`, default 50) times their children.
 */
export function complexityPlugin(max: number): ApolloServerPlugin {
  const listEstimator = ({
    args,
    childComplexity,
  }: {
    args: Record<string, unknown>;
    childComplexity: number;
  }) => {
    const first = typeof args['first'] === 'number' ? args['first'] : undefined;
    return first !== undefined || 'after' in args
      ? (first ?? 50) * Math.max(1, childComplexity)
      : undefined;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [
              fieldExtensionsEstimator(),
              listEstimator as never,
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (complexity > max) {
            throw new GraphQLError(`query complexity ${complexity} exceeds the limit of ${max}`, {
              extensions: { code: 'validation_failed', status: 400 },
            });
          }
        },
      };
    },
  };
}
