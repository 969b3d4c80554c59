/**
 * Why a call to the API did not produce data, in terms the dashboard can explain
 * to whoever runs it. Thrown by the API client; pages turn it into a notice
 * (or a 404 page for `not_found`).
 */
export type ApiProblemKind =
  'unreachable' | 'unauthorized' | 'forbidden' | 'not_found' | 'bad_request' | 'server';

export class ApiProblem extends Error {
  constructor(
    readonly kind: ApiProblemKind,
    message: string,
    /** The API's error code when it sent one (e.g. `invalid_cursor`). */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

export function problemKindForStatus(status: number): ApiProblemKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status >= 400 && status < 500) return 'bad_request';
  return 'server';
}
