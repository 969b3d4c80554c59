import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ERROR_CODES, KordonError, httpStatusOf, type ErrorCode } from '@kordon/contracts';

const KORDON_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** Apollo's own codes for requests it refused before running them: their messages are about the query. */
const APOLLO_CLIENT_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Extensions kept as they are: a rejected query's estimated cost and the limit it broke. */
const KEPT_NUMBERS = ['cost', 'limit'] as const;

function withCode(
  formatted: GraphQLFormattedError,
  code: ErrorCode,
  message: string,
  details: unknown,
): GraphQLFormattedError {
  const kept = KEPT_NUMBERS.filter((k) => typeof formatted.extensions?.[k] === 'number').map(
    (k) => [k, formatted.extensions?.[k]],
  );
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code,
      details: Array.isArray(details) ? details : [],
      status: httpStatusOf(code),
      ...Object.fromEntries(kept),
    },
  };
}

/**
 * Every GraphQL error leaves in Kordon's shape: `extensions.{code, details,
 * status}`, never a stack trace, and — for anything not thrown on purpose
 * (a database error inside a nested field, say) — never its message.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  // thrown in a field resolver, which Nest's exception filter does not wrap
  const thrown = unwrapResolverError(error);
  if (thrown instanceof KordonError)
    return withCode(formatted, thrown.code, thrown.message, thrown.details);
  const extensions = formatted.extensions ?? {};
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : '';
  if (KORDON_CODES.has(code))
    return withCode(formatted, code as ErrorCode, formatted.message, extensions['details']);
  if (APOLLO_CLIENT_CODES.has(code))
    return withCode(formatted, 'validation_failed', formatted.message, []);
  return withCode(formatted, 'internal', 'internal error', []);
}
