import { z } from 'zod';

/**
 * The one registry of error codes Kordon answers with — over REST, GraphQL and
 * in the CLI. Codes are stable wire values; add, never rename.
 */
export const ErrorCode = {
  InvalidSnapshot: 'invalid_snapshot',
  SnapshotTruncated: 'snapshot_truncated',
  ClusterMismatch: 'cluster_mismatch',
  ClusterRenamed: 'cluster_renamed',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  Unauthorized: 'unauthorized',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  ValidationFailed: 'validation_failed',
  InvalidCursor: 'invalid_cursor',
  Conflict: 'conflict',
  Internal: 'internal',
  Unavailable: 'unavailable',
  /** Too many failed sign-ins for this account or address; retry after `Retry-After` seconds. */
  RateLimited: 'rate_limited',
  /** A cookie-authenticated write without the session's CSRF token. */
  CsrfRejected: 'csrf_rejected',
  RequestTimeout: 'request_timeout',
  ReanalysisRequired: 'reanalysis_required',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

export const errorCodeSchema = z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]);

/** HTTP status per error code; the API's exception filter reads this map only. */
export const ERROR_HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  invalid_snapshot: 422,
  snapshot_truncated: 422,
  cluster_mismatch: 409,
  cluster_renamed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  validation_failed: 400,
  invalid_cursor: 400,
  conflict: 409,
  internal: 500,
  unavailable: 503,
  rate_limited: 429,
  csrf_rejected: 403,
  request_timeout: 408,
  reanalysis_required: 409,
};

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_HTTP_STATUS[code];
}
