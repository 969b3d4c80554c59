import createClient, { type Client } from 'openapi-fetch';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { loadWebConfig } from './config';
import { sessionHeaders } from './session-headers';
import { ApiProblem, problemKindForStatus } from './api-problem';
import type { ApiErrorBody, Page, paths, QueryOf, Severity } from './api-types';

/**
 * Server-side client for the Kordon REST API, typed by the generated OpenAPI types
 * (openapi-fetch over `paths`). Runs only in server components, server actions and
 * route handlers, as the signed-in user (their session cookie and CSRF token are
 * forwarded); an expired session goes back to /login. Every call reads the
 * configuration afresh and bypasses Next's fetch cache.
 *
 *   const posture = await read((api) =>
 *     api.GET('/api/v1/clusters/{name}/posture', { params: { path: { name } } }),
 *   );
 */

const REQUEST_TIMEOUT_MS = 10_000;

export type ApiClient = Client<paths>;

/** What an openapi-fetch call resolves to, loosened to what `read` needs. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error && cause.message) return cause.message;
    return error.message;
  }
  return String(error);
}

function problemFor(status: number, body: unknown): ApiProblem {
  const kind = problemKindForStatus(status);
  const code = isErrorBody(body) ? body.code : null;
  const apiMessage = isErrorBody(body) ? body.message : `HTTP ${status}`;
  if (kind === 'forbidden') {
    return new ApiProblem(
      kind,
      `Your role may not read this (${apiMessage}). Ask an administrator for access.`,
      code,
    );
  }
  return new ApiProblem(kind, apiMessage, code);
}

/** A client for this request: the user's session, a timeout, no cache, and a clear error when the API is down. */
export async function apiClient(): Promise<ApiClient> {
  const { apiUrl } = loadWebConfig();
  const headers = { ...(await sessionHeaders()), accept: 'application/json' };
  const guardedFetch = async (request: Request): Promise<Response> => {
    try {
      return await fetch(request, {
        cache: 'no-store',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiProblem(
        'unreachable',
        `Cannot reach the Kordon API at ${apiUrl} (${describeFailure(error)}). ` +
          `Start it (npm start) or set KORDON_API_URL to where it listens.`,
      );
    }
  };
  return createClient<paths>({ baseUrl: apiUrl, headers, fetch: guardedFetch });
}

/**
 * Runs one typed call and returns its data, or throws an ApiProblem (a 401 redirects
 * to /login instead: redirect() throws past every catch).
 */
export async function read<T>(call: (api: ApiClient) => Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call(await apiClient());
  if (response.status === 401) redirect('/login?expired=1');
  if (!response.ok) throw problemFor(response.status, error);
  if (data === undefined || data === null) {
    throw new ApiProblem(
      'server',
      `The API answered ${new URL(response.url || 'http://api/').pathname} with an empty body.`,
    );
  }
  return data;
}

export interface PageQuery {
  limit?: number;
  cursor?: string | null;
}

function pageQuery(query: PageQuery): { limit?: number; cursor?: string } {
  return { limit: query.limit, cursor: query.cursor ?? undefined };
}

export function listClusters(query: PageQuery = {}) {
  return read((api) => api.GET('/api/v1/clusters', { params: { query: pageQuery(query) } }));
}

export function getCluster(name: string) {
  return read((api) => api.GET('/api/v1/clusters/{name}', { params: { path: { name } } }));
}

export function listClusterSnapshots(name: string, query: PageQuery = {}) {
  return read((api) =>
    api.GET('/api/v1/clusters/{name}/snapshots', {
      params: { path: { name }, query: pageQuery(query) },
    }),
  );
}

/** Read once per request: the snapshot layout (404, current cluster) and page both need it. */
export const getSnapshot = cache((id: string) =>
  read((api) => api.GET('/api/v1/snapshots/{id}', { params: { path: { id } } })),
);

export function listSnapshotFindings(
  id: string,
  query: PageQuery & { severity?: Severity | null } = {},
) {
  return read((api) =>
    api.GET('/api/v1/snapshots/{id}/findings', {
      params: {
        path: { id },
        query: { ...pageQuery(query), severity: query.severity ?? undefined },
      },
    }),
  );
}

export function getClusterPosture(name: string, query: QueryOf<'getClusterPosture'> = {}) {
  return read((api) =>
    api.GET('/api/v1/clusters/{name}/posture', { params: { path: { name }, query } }),
  );
}

/** Every item of a paged list, following `nextCursor` (at most `maxPages` pages). */
export async function readAll<T>(
  load: (cursor: string | null) => Promise<Page<T>>,
  maxPages = 20,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const answer: Page<T> = await load(cursor);
    items.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return items;
}
