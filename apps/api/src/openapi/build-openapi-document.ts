import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { apiErrorSchema, httpStatusOf, type ErrorCode } from '@kordon/contracts';
import { OPENAPI_TAGS } from './openapi-tags';
import type { RouteResponse, RouteSpec } from './route-spec';

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

const BEARER = 'bearerToken';

/** Every error code the operation may answer, including the ones implied by its auth and input. */
export function errorCodesOf(spec: RouteSpec): ErrorCode[] {
  const codes = new Set<ErrorCode>(spec.errors ?? []);
  if (spec.scopes !== 'public') {
    codes.add('unauthorized');
    codes.add('forbidden');
  }
  if (spec.params || spec.query || spec.headers || spec.body) codes.add('validation_failed');
  return [...codes];
}

function errorResponses(spec: RouteSpec) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(spec)) {
    const status = httpStatusOf(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      status,
      {
        description: `Error with \`code\` ${codes.map((c) => `\`${c}\``).join(' or ')}.`,
        content: { 'application/json': { schema: apiErrorSchema } },
      },
    ]),
  );
}

function successResponse(response: RouteResponse) {
  return {
    description: response.description,
    ...(response.headers ? { headers: response.headers } : {}),
    ...(response.schema
      ? { content: { [response.contentType ?? 'application/json']: { schema: response.schema } } }
      : {}),
  };
}

function scopesLine(spec: RouteSpec): string {
  if (spec.scopes === 'public') return 'No token needed.';
  if (spec.scopes === 'any') return 'Any token or signed-in user, whatever its scopes.';
  const scopes = spec.scopes.filter((s) => s !== 'admin');
  return scopes.length === 0
    ? 'Token scope: `admin`.'
    : `Token scope: ${scopes.map((s) => `\`${s}\``).join(' or ')} (or \`admin\`).`;
}

function register(registry: OpenAPIRegistry, spec: RouteSpec): void {
  registry.registerPath({
    method: spec.method,
    path: spec.path,
    operationId: spec.operationId,
    summary: spec.summary,
    description: [spec.description, scopesLine(spec)].filter(Boolean).join('\n\n'),
    tags: [spec.tag],
    security: spec.scopes === 'public' ? [] : [{ [BEARER]: [] }],
    request: {
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { query: spec.query } : {}),
      ...(spec.headers ? { headers: spec.headers } : {}),
      ...(spec.body
        ? {
            body: {
              description: spec.body.description,
              required: true,
              content: Object.fromEntries(
                Object.entries(spec.body.content).map(([type, schema]) => [type, { schema }]),
              ),
            },
          }
        : {}),
    },
    responses: {
      ...Object.fromEntries(
        Object.entries(spec.responses).map(([status, r]) => [status, successResponse(r)]),
      ),
      ...errorResponses(spec),
    },
  });
}

/** The OpenAPI 3.1 document of the REST API, generated from the route specs and their zod schemas. */
export function buildOpenApiDocument(routes: readonly RouteSpec[]): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', BEARER, {
    type: 'http',
    scheme: 'bearer',
    description:
      'An opaque Kordon API token (`kordon_…`; `npm start` writes an admin one to `.kordon/admin-token`), sent as `Authorization: Bearer <token>`. Not a JWT: the server looks up its hash.',
  });
  for (const spec of routes) if (!spec.probe) register(registry, spec);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Kordon API',
      version: 'v1',
      description:
        'Kubernetes security posture: clusters, snapshots, findings and their lifecycle, posture over time, diffs, the check catalog. Lists page with `?limit=&cursor=` and answer `{items, nextCursor}`. Errors answer `{code, message, details[]}` with a code from one registry. Guide: docs/api.md.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/', description: 'This Kordon server' }],
    security: [{ [BEARER]: [] }],
    tags: OPENAPI_TAGS.map((t) => ({ ...t })),
  });
}
