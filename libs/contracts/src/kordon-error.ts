import type { ApiError, ErrorDetail } from './api-error';
import { ErrorCode, httpStatusOf } from './error-codes';

/**
 * The error Kordon code throws on purpose. The API maps it to its HTTP status
 * and body; the CLI prints `code: message` and the details.
 */
export class KordonError extends Error {
  override readonly name = 'KordonError';
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(
    code: ErrorCode,
    message: string,
    details: ErrorDetail[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return httpStatusOf(this.code);
  }

  toJSON(): ApiError {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export function isKordonError(value: unknown): value is KordonError {
  return value instanceof KordonError;
}

/** The wire body for any thrown value; unknown errors never leak their message. */
export function toApiError(error: unknown): ApiError {
  if (isKordonError(error)) return error.toJSON();
  return { code: ErrorCode.Internal, message: 'internal error', details: [] };
}
