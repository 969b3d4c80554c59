import request from 'supertest';
import { API_ROUTES } from '../src/openapi/api-routes';
import { buildOpenApiDocument } from '../src/openapi/build-openapi-document';
import type { ApiHarness } from './api-harness';

interface Operation {
  operationId: string;
  method: string;
  pattern: RegExp;
}

/** Every operation of the OpenAPI document, with a regex of its path template. */
export function documentOperations(): Operation[] {
  const doc = buildOpenApiDocument(API_ROUTES) as unknown as {
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  return Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      operationId: op.operationId,
      method: method.toUpperCase(),
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    })),
  );
}

type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * A supertest client that records which documented operation each call hit
 * (by method and path template), so a test can list the ones never exercised.
 */
export function recordingClient(api: ApiHarness, token: () => string) {
  const operations = documentOperations();
  const hit = new Set<string>();
  const call = (method: Method, url: string) => {
    const path = url.split('?')[0] ?? url;
    const op = operations.find((o) => o.method === method.toUpperCase() && o.pattern.test(path));
    if (op) hit.add(op.operationId);
    return request(api.server)[method](url).set('authorization', `Bearer ${token()}`);
  };
  return {
    get: (url: string) => call('get', url),
    post: (url: string) => call('post', url),
    patch: (url: string) => call('patch', url),
    delete: (url: string) => call('delete', url),
    /** Operation ids of the document no call has hit yet. */
    missed: () => operations.map((o) => o.operationId).filter((id) => !hit.has(id)),
  };
}
