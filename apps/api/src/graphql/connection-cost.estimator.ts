import { GraphQLError, type GraphQLField, type GraphQLNamedType } from 'graphql';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '@kordon/contracts';

/** The cost of a field that reads the database (a query, or a field resolved per parent). */
export const DB_FIELD_COST = 10;

function firstError(type: GraphQLNamedType, field: GraphQLField<unknown, unknown>, first: unknown) {
  const path = `${type.name}.${field.name}.first`;
  return new GraphQLError(`${path} must be an integer from 1 to ${MAX_PAGE_LIMIT}, not ${first}`, {
    extensions: {
      code: 'validation_failed',
      details: [{ path, problem: `must be 1–${MAX_PAGE_LIMIT}` }],
      http: { status: 400 },
    },
  });
}

/**
 * Connections (fields taking `first`) cost their own cost plus their page size
 * times their children: `first`, or the default page size when it is left out —
 * the size the resolver will really read. `first` outside 1–500 is rejected here,
 * before anything runs (literals and variables alike).
 */
export function connectionCostEstimator({
  args,
  childComplexity,
  field,
  type,
}: ComplexityEstimatorArgs): number | void {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first: unknown = args['first'] ?? DEFAULT_PAGE_LIMIT;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_PAGE_LIMIT)
    throw firstError(type, field, first);
  const own =
    typeof field.extensions['complexity'] === 'number' ? field.extensions['complexity'] : 1;
  return own + first * Math.max(1, childComplexity);
}

/**
 * The cost of a field answered from a snapshot's network model (a workload's
 * reach, a matrix cell, a reachability question): the model's first build for
 * a snapshot reads every namespace's stored network input.
 */
export const NETWORK_MODEL_COST = 100;

/**
 * A list without `first` that the service cuts at a cap (a workload's peers, a matrix cell's
 * pairs) costs what a connection without `first` costs: the default page size times its
 * children. Read cost is charged on the field that computes it (`NETWORK_MODEL_COST`).
 */
export const listCost = ({ childComplexity }: Pick<ComplexityEstimatorArgs, 'childComplexity'>) =>
  DEFAULT_PAGE_LIMIT * Math.max(1, childComplexity);
