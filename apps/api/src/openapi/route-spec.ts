import type { z } from 'zod';
import type { ErrorCode, Scope } from '@kordon/contracts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One 2xx answer: a JSON body (`schema`), another media type (`contentType` + `schema`), or none. */
export interface RouteResponse {
  description: string;
  schema?: z.ZodType;
  /** Default `application/json`. */
  contentType?: string;
  headers?: z.ZodObject;
}

/**
 * One REST operation, declared once: the `@Route(spec)` decorator registers the
 * Nest handler from it (method, path, scopes, status) and the OpenAPI document
 * is generated from the same object (apps/api/src/openapi/build-openapi-document.ts).
 */
export interface RouteSpec {
  method: HttpMethod;
  /** Full path in OpenAPI form: `/api/v1/clusters/{name}`. */
  path: string;
  /** Stable, camelCase; generated clients name their functions after it. */
  operationId: string;
  summary: string;
  description?: string;
  /** The tag (one of OPENAPI_TAGS) the operation is listed under. */
  tag: string;
  /** Scopes that may call it (`admin` always may); `any`: any token or signed-in user; `public`: no credentials. */
  scopes: readonly Scope[] | 'any' | 'public';
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: { description: string; content: Record<string, z.ZodType> };
  /** The 2xx answers by status. */
  responses: Record<number, RouteResponse>;
  /** The status the handler answers unless it sets another; default: the lowest in `responses`. */
  status?: number;
  /**
   * Error codes (libs/contracts error-codes.ts) this operation answers besides
   * the ones every operation may: `unauthorized`/`forbidden` (added unless public)
   * and `validation_failed` (added when it reads params, query, headers or a body).
   */
  errors?: readonly ErrorCode[];
  /**
   * Operational probes (health, metrics): public, input-free, never a 4xx — kept
   * out of the OpenAPI document, which describes the API clients program against.
   */
  probe?: true;
}

/** Identity function that checks a spec's shape (and keeps its literal types). */
export function defineRoute<const T extends RouteSpec>(spec: T): T {
  return spec;
}

/** The status a handler answers by default. */
export function defaultStatusOf(spec: RouteSpec): number {
  return spec.status ?? Math.min(...Object.keys(spec.responses).map(Number));
}
