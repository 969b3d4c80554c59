/** Retries with exponential backoff: what to wait before attempt `n` (1-based retries). */
export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 5, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Timeouts, 429 and 5xx are worth another try; other answers are final. */
export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Backoff before retry `attempt` (1-based), honouring a server's Retry-After within the cap. */
export function backoffMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfterS: number | null,
): number {
  const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
  const asked = retryAfterS === null ? 0 : retryAfterS * 1000;
  return Math.min(policy.maxDelayMs, Math.max(exponential, asked));
}
