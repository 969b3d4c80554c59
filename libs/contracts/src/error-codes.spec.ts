import { apiErrorSchema } from './api-error';
import { ERROR_CODES, ERROR_HTTP_STATUS, ErrorCode } from './error-codes';
import { KordonError, toApiError } from './kordon-error';

describe('error registry', () => {
  it('maps every code to an HTTP error status', () => {
    expect(Object.keys(ERROR_HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    expect(ERROR_HTTP_STATUS.rate_limited).toBe(429);
    // codes are stable wire values: added, never renamed or removed
    expect(ERROR_CODES).toEqual(
      expect.arrayContaining([
        'invalid_snapshot',
        'snapshot_truncated',
        'cluster_mismatch',
        'cluster_renamed',
        'payload_too_large',
        'unsupported_media_type',
        'unauthorized',
        'forbidden',
        'not_found',
        'validation_failed',
        'invalid_cursor',
        'conflict',
        'internal',
        'unavailable',
        'rate_limited',
        'csrf_rejected',
        'request_timeout',
      ]),
    );
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(ERROR_HTTP_STATUS.cluster_renamed).toBe(409);
    for (const code of ERROR_CODES) expect(ERROR_HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
    expect(ERROR_HTTP_STATUS[ErrorCode.ClusterMismatch]).toBe(409);
    expect(ERROR_HTTP_STATUS.payload_too_large).toBe(413);
  });

  it('serialises a KordonError to the ApiError wire body', () => {
    const error = new KordonError(
      'invalid_snapshot',
      'line 7: spec.containers: expected an array',
      [{ path: 'line 7: spec.containers', problem: 'expected an array' }],
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(422);
    expect(apiErrorSchema.parse(JSON.parse(JSON.stringify(error)))).toEqual({
      code: 'invalid_snapshot',
      message: 'line 7: spec.containers: expected an array',
      details: [{ path: 'line 7: spec.containers', problem: 'expected an array' }],
    });
  });

  it('hides the message of unexpected errors', () => {
    expect(toApiError(new Error('password=x'))).toEqual({
      code: 'internal',
      message: 'internal error',
      details: [],
    });
  });
});
