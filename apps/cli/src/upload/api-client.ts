import { ApiFailure, failureOf, unreachable } from './api-failure';
import type { ApiTarget } from './resolve-api';

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string | AsyncIterable<Uint8Array>;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

function requestInit(target: ApiTarget, request: ApiRequest): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (target.token) headers['Authorization'] = `Bearer ${target.token}`;
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers };
  if (typeof request.body === 'string') init.body = request.body;
  else if (request.body) {
    init.body = request.body as unknown as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return init;
}

/** One call to the Kordon API; non-2xx answers and connection errors become ApiFailures. */
export async function callApi(target: ApiTarget, request: ApiRequest): Promise<ApiResponse> {
  let response: Response;
  try {
    response = await fetch(`${target.url}${request.path}`, requestInit(target, request));
  } catch (error) {
    throw unreachable(target, error);
  }
  if (!response.ok) throw await failureOf(response);
  const text = await response.text();
  try {
    return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
  } catch {
    throw new ApiFailure(
      `the API answered ${response.status} with a body that is not JSON`,
      3,
      response.status,
    );
  }
}
