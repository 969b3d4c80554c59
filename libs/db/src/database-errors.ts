/**
 * Whether a thrown value is Postgres refusing a duplicate (SQLSTATE 23505): two
 * requests raced to create the same row, and the loser should read the winner's.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error !== null && typeof error === 'object' && (error as { code?: unknown }).code === '23505'
  );
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);
/** Postgres SQLSTATEs meaning "not now": connection exceptions (08…), shutdown and startup (57P0…). */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-4])/;
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connection is insecure|the database system is (starting up|shutting down)|Client has encountered a connection error/i;

function unwrap(error: unknown, depth = 0): unknown[] {
  if (error === null || typeof error !== 'object' || depth > 4) return [error];
  const cause = (error as { cause?: unknown }).cause;
  return [error, ...(cause === undefined ? [] : unwrap(cause, depth + 1))];
}

/**
 * Whether a thrown value means the database cannot be reached right now
 * (refused, reset, restarting, pool timeout) rather than a bug: such errors
 * answer 503 `unavailable`, never 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unwrap(error).some((e) => {
    if (e === null || typeof e !== 'object') return false;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (typeof code === 'string' && UNAVAILABLE_SQLSTATE.test(code)) return true;
    const message = (e as { message?: unknown }).message;
    return typeof message === 'string' && MESSAGES.test(message);
  });
}
