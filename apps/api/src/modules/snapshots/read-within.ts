import { KordonError } from '@kordon/contracts';

export interface ReadLimits {
  /** Longest wait for the next chunk, in ms. */
  idleMs: number;
  /** Longest time for the whole body, in ms. */
  totalMs: number;
}

function timedOut(problem: string): KordonError {
  return new KordonError('request_timeout', `the upload was too slow: ${problem}`, [
    { path: 'body', problem },
  ]);
}

/**
 * Passes a request body through, failing with 408 `request_timeout` when the
 * client sends nothing for `idleMs` or the whole body takes over `totalMs`:
 * a stalled upload ends instead of waiting forever.
 */
export async function* readWithin(
  source: AsyncIterable<Uint8Array>,
  limits: ReadLimits,
): AsyncGenerator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const deadline = Date.now() + limits.totalMs;
  for (;;) {
    const left = deadline - Date.now();
    const totalFirst = left < limits.idleMs;
    const wait = Math.max(0, Math.min(limits.idleMs, left));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            timedOut(
              totalFirst
                ? `the body took longer than ${limits.totalMs / 1000} s (KORDON_UPLOAD_TIMEOUT_S)`
                : `nothing received for ${limits.idleMs / 1000} s (KORDON_UPLOAD_IDLE_TIMEOUT_S)`,
            ),
          ),
        wait,
      );
    });
    let next: IteratorResult<Uint8Array>;
    try {
      next = await Promise.race([iterator.next(), timeout]);
    } finally {
      // cleared before handing the chunk on: a reader that stops here leaves no timer behind
      clearTimeout(timer);
    }
    if (next.done === true) return;
    yield next.value;
  }
}
