import { redirect } from 'next/navigation';
import { loadWebConfig, type WebConfig } from './config';
import { sessionHeaders } from './session-headers';
import { ApiProblem, problemKindForStatus } from './api-problem';
import type {
  ApiErrorBody,
  ClusterSummary,
  Finding,
  Page,
  Severity,
  SnapshotDetail,
  SnapshotListItem,
} from './api-types';

/**
 * Server-side client for the Kordon REST API. Runs only in server components and
 * route handlers, as the signed-in user (their session cookie is forwarded); an
 * expired session goes back to /login. Every call reads the configuration afresh
 * and bypasses Next's fetch cache.
 */

const REQUEST_TIMEOUT_MS = 10_000;

type Query = Record<string, string | number | null | undefined>;

function buildUrl(config: WebConfig, route: string, query: Query = {}): string {
  const url = new URL(`${config.apiUrl}/api/v1${route}`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '')
      url.searchParams.set(key, String(value));
  }
  return url.toString();
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

async function getJson<T>(route: string, query?: Query): Promise<T> {
  const config = loadWebConfig();
  const url = buildUrl(config, route, query);
  const headers: Record<string, string> = {
    ...(await sessionHeaders()),
    accept: 'application/json',
  };
  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      cache: 'no-store',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw new ApiProblem(
      'unreachable',
      `Cannot reach the Kordon API at ${config.apiUrl} (${describeFailure(error)}). ` +
        `Start it (npm start) or set KORDON_API_URL to where it listens.`,
    );
  }
  // the session expired or was signed out: sign in again (redirect() throws, past every catch)
  if (response.status === 401) redirect('/login?expired=1');
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (response.ok)
      throw new ApiProblem(
        'server',
        `The API at ${config.apiUrl} answered ${route} with something that is not JSON.`,
      );
  }
  if (!response.ok) throw problemFor(response.status, body);
  if (typeof body !== 'object' || body === null) {
    throw new ApiProblem(
      'server',
      `The API at ${config.apiUrl} answered ${route} with an empty or non-object body.`,
    );
  }
  return body as T;
}

async function getPage<T>(route: string, query?: Query): Promise<Page<T>> {
  const page = await getJson<Partial<Page<T>>>(route, query);
  if (!Array.isArray(page.items))
    throw new ApiProblem('server', `The API answered ${route} without an items list.`);
  return {
    items: page.items,
    nextCursor: typeof page.nextCursor === 'string' ? page.nextCursor : null,
  };
}

export interface PageQuery {
  limit?: number;
  cursor?: string | null;
}

export function listClusters(query: PageQuery = {}): Promise<Page<ClusterSummary>> {
  return getPage('/clusters', { limit: query.limit, cursor: query.cursor });
}

export function listClusterSnapshots(
  clusterName: string,
  query: PageQuery = {},
): Promise<Page<SnapshotListItem>> {
  return getPage(`/clusters/${encodeURIComponent(clusterName)}/snapshots`, {
    limit: query.limit,
    cursor: query.cursor,
  });
}

export function getSnapshot(snapshotId: string): Promise<SnapshotDetail> {
  return getJson(`/snapshots/${encodeURIComponent(snapshotId)}`);
}

export function listSnapshotFindings(
  snapshotId: string,
  query: PageQuery & { severity?: Severity | null } = {},
): Promise<Page<Finding>> {
  return getPage(`/snapshots/${encodeURIComponent(snapshotId)}/findings`, {
    limit: query.limit,
    cursor: query.cursor,
    severity: query.severity,
  });
}
