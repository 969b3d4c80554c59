import { LauncherError } from './launcher-error';

export interface WaitOptions {
  /** Which statuses count as up; default: any answer at all. */
  accept?: (status: number) => boolean;
  timeoutMs?: number;
  intervalMs?: number;
  /** Rejects the wait early (e.g. a service exited). */
  abort?: Promise<Error>;
}

async function answers(url: string, accept: (status: number) => boolean): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: 'manual' });
    await response.body?.cancel();
    return accept(response.status);
  } catch {
    return false;
  }
}

/** Polls `url` until it answers as accepted; `what` names it in the timeout message. */
export async function waitForHttp(
  url: string,
  what: string,
  options: WaitOptions = {},
): Promise<void> {
  const { accept = () => true, timeoutMs = 60_000, intervalMs = 200 } = options;
  const deadline = Date.now() + timeoutMs;
  let aborted: Error | null = null;
  void options.abort?.then((error) => {
    aborted = error;
  });
  while (Date.now() < deadline) {
    if (aborted) throw aborted;
    if (await answers(url, accept)) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  if (aborted) throw aborted;
  throw new LauncherError(
    `${what} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s; see its lines above.`,
  );
}
