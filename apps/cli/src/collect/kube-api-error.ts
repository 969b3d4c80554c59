/** An API server answer the collector cannot go on from (401, 404 of a list, retries exhausted). */
export class KubeApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/** The `message` of a `metav1.Status` body, else a generic text. */
export function statusMessage(body: unknown, status: number): string {
  const message = (body as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : `the API server answered ${status}`;
}
