import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ModulesContainer } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import request from 'supertest';
import { API_ROUTES } from '../src/openapi/api-routes';
import { buildOpenApiDocument } from '../src/openapi/build-openapi-document';
import { ROUTE_SPEC_KEY } from '../src/openapi/route.decorator';
import type { RouteSpec } from '../src/openapi/route-spec';
import { startApi, type ApiHarness } from './api-harness';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');

interface Operation {
  operationId?: string;
  summary?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

function operations(): [string, Operation][] {
  const doc = buildOpenApiDocument(API_ROUTES) as unknown as {
    paths: Record<string, Record<string, Operation>>;
  };
  return Object.entries(doc.paths).flatMap(([p, methods]) =>
    Object.entries(methods).map(
      ([m, op]) => [`${m.toUpperCase()} ${p}`, op] as [string, Operation],
    ),
  );
}

const join = (...parts: unknown[]) =>
  `/${parts
    .map((p) => String(p ?? '').replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/** Every REST handler under /api/ the running app registered, with the spec its `@Route` attached (if any). */
function handlers(api: ApiHarness): { name: string; spec: RouteSpec | undefined }[] {
  const out: { name: string; spec: RouteSpec | undefined }[] = [];
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const base: unknown = Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object);
      const proto = (wrapper.metatype as { prototype: Record<string, unknown> }).prototype;
      for (const key of Object.getOwnPropertyNames(proto)) {
        const fn = proto[key];
        if (key === 'constructor' || typeof fn !== 'function') continue;
        if (Reflect.getMetadata(METHOD_METADATA, fn) === undefined) continue;
        const own: unknown = Reflect.getMetadata(PATH_METADATA, fn);
        if (own === undefined || !join(base, own).startsWith('/api/')) continue;
        out.push({
          name: `${wrapper.name}.${key}`,
          spec: Reflect.getMetadata(ROUTE_SPEC_KEY, fn) as RouteSpec | undefined,
        });
      }
    }
  }
  return out;
}

describe('the OpenAPI document', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => api?.close());

  it('is what /api/docs/openapi.json serves, and /api/docs serves the browsable page', async () => {
    const json = await request(api.server).get('/api/docs/openapi.json').expect(200);
    expect(json.body).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(API_ROUTES))));
    const page = await request(api.server).get('/api/docs').expect(200);
    expect(page.text).toContain('swagger-ui');
  });

  it('documents every REST handler under /api/ through its @Route spec, and no spec lacks a handler', () => {
    const found = handlers(api);
    expect(found.length).toBeGreaterThan(5);
    expect(found.filter((h) => !h.spec).map((h) => h.name)).toEqual([]);
    const used = new Set(found.map((h) => h.spec));
    expect(API_ROUTES.filter((s) => !used.has(s)).map((s) => s.operationId)).toEqual([]);
    const unlisted = found.filter((h) => h.spec && !API_ROUTES.includes(h.spec));
    expect(unlisted.map((h) => h.name)).toEqual([]);
  });

  it('gives every operation an operationId, a summary, security, a 2xx schema and the error schema for each 4xx', () => {
    const ids = new Set<string>();
    for (const [name, op] of operations()) {
      expect({ name, operationId: typeof op.operationId }).toEqual({ name, operationId: 'string' });
      ids.add(op.operationId as string);
      expect(op.summary?.length).toBeGreaterThan(5);
      expect({ name, security: op.security }).toEqual({ name, security: [{ bearerToken: [] }] });
      const statuses = Object.keys(op.responses);
      const ok = statuses.filter((s) => s.startsWith('2') && s !== '204');
      expect(statuses.some((s) => s.startsWith('2'))).toBe(true);
      for (const s of ok)
        expect(Object.values(op.responses[s]?.content ?? {})[0]?.schema).toBeDefined();
      const errors = statuses.filter((s) => s.startsWith('4'));
      expect(errors).toEqual(expect.arrayContaining(['401', '403']));
      for (const s of errors) {
        expect({
          name,
          s,
          ref: op.responses[s]?.content?.['application/json']?.schema?.$ref,
        }).toEqual({ name, s, ref: '#/components/schemas/ApiError' });
      }
    }
    expect(ids.size).toBe(operations().length);
  });

  it('declares the bearer scheme as an opaque token, not a JWT', () => {
    const doc = buildOpenApiDocument(API_ROUTES);
    const scheme = doc.components?.securitySchemes?.['bearerToken'] as unknown as Record<
      string,
      unknown
    >;
    expect(scheme).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(scheme['bearerFormat']).toBeUndefined();
    expect(String(scheme['description'])).toContain('Not a JWT');
  });

  it("passes Redocly's recommended rules with no error and no warning (Redocly CLI, offline)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kordon-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(buildOpenApiDocument(API_ROUTES)));
      const cli = path.join(root, 'node_modules/@redocly/cli/bin/cli.js');
      const result = await run(
        process.execPath,
        [cli, 'lint', '--extends=recommended', '--format=json', file],
        {
          cwd: dir,
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      ).catch((error: { stdout: string; stderr: string }) => error);
      const report = JSON.parse(result.stdout) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; message: string }[];
      };
      expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
