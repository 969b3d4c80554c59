import { isDatabaseUnavailable } from '@kordon/db';

export interface RetryOptions {
  /** Give up once this long has passed since the first attempt (the last error is named). */
  timeoutMs: number;
  /** The first wait; it doubles after each failure up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  log: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** Start-up gave up: the database stayed unreachable for the whole allowed time. */
export class DatabaseUnreachableError extends Error {}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code)
    ? `${code}: ${error.message}`
    : error.message;
}

/**
 * Runs `attempt` until it succeeds, waiting and trying again (with backoff) while it fails
 * because the database cannot be reached; any other error is thrown at once. `what` names the
 * attempt in the log lines and in the final error.
 */
export async function retryWhileDatabaseUnavailable<T>(
  what: string,
  attempt: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const { timeoutMs, firstDelayMs = 500, maxDelayMs = 10_000, log, sleep = pause } = options;
  const started = Date.now();
  let delay = firstDelayMs;
  for (let count = 1; ; count++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const elapsed = Date.now() - started;
      if (elapsed >= timeoutMs) {
        throw new DatabaseUnreachableError(
          `${what}: the database stayed unreachable for ${Math.round(elapsed / 1000)} s ` +
            `(${count} attempts; last: ${reasonOf(error)}). Check DATABASE_URL and that Postgres ` +
            'runs; KORDON_WORKER_START_TIMEOUT_S sets how long to wait.',
        );
      }
      const wait = Math.min(delay, timeoutMs - elapsed);
      log(
        `${what}: the database is not reachable (${reasonOf(error)}); attempt ${count} failed, ` +
          `trying again in ${wait / 1000} s (giving up ${Math.round(timeoutMs / 1000)} s after the first)`,
      );
      await sleep(wait);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
}
