/**
 * The dashboard's API types are generated from the OpenAPI document by openapi-typescript
 * (tools/generate-web-api-types.mjs → apps/web/src/server/generated/api-schema.d.ts). This
 * proves the committed file is what the current route specs generate, and that a client
 * typed by it (openapi-fetch) compiles — `npm run typecheck` covers this file — and reads a
 * snapshot from the real API over HTTP.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import createClient from 'openapi-fetch';
import type { paths } from '../../web/src/server/generated/api-schema';
import { startWorker } from '../../worker/test/worker-harness';
import { API_ROUTES } from '../src/openapi/api-routes';
import { buildOpenApiDocument } from '../src/openapi/build-openapi-document';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize, uploadAndWait } from './history-fixtures';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');

it('the committed dashboard types are what openapi-typescript generates from the route specs', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'kordon-openapi-'));
  try {
    const document = path.join(dir, 'openapi.json');
    await writeFile(document, JSON.stringify(buildOpenApiDocument(API_ROUTES)));
    const { stdout } = await run(
      process.execPath,
      ['tools/generate-web-api-types.mjs', '--check', '--document', document],
      { cwd: root },
    );
    expect(stdout).toContain('matches the OpenAPI document');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

describe('a client typed by the generated OpenAPI types', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let snapshotId: string;
  let baseUrl: string;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    const demo = demoLines();
    const done = await uploadAndWait(api, 'demo', serialize(demo.header, demo.objects));
    snapshotId = String(done['id']);
    await api.app.listen(0, '127.0.0.1');
    baseUrl = await api.app.getUrl();
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('reads a snapshot and its findings, with the types the document declares', async () => {
    const client = createClient<paths>({
      baseUrl,
      headers: { authorization: `Bearer ${api.adminToken}` },
    });
    const { data, error } = await client.GET('/api/v1/snapshots/{id}', {
      params: { path: { id: snapshotId } },
    });
    expect(error).toBeUndefined();
    const status: 'queued' | 'analyzing' | 'done' | 'failed' | undefined = data?.status;
    expect(status).toBe('done');
    expect(data?.clusterName).toBe('demo');
    expect(data?.objectCount).toBe(demoLines().objects.length);

    const findings = await client.GET('/api/v1/snapshots/{id}/findings', {
      params: { path: { id: snapshotId }, query: { severity: 'critical', limit: 500 } },
    });
    const severities = new Set(findings.data?.items.map((finding) => finding.severity));
    expect([...severities]).toEqual(['critical']);
    expect(data?.counts?.critical).toBe(findings.data?.items.length);
  });

  it('gets the error body typed as ApiError for an unknown snapshot', async () => {
    const client = createClient<paths>({
      baseUrl,
      headers: { authorization: `Bearer ${api.adminToken}` },
    });
    const { data, error, response } = await client.GET('/api/v1/snapshots/{id}', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    const code: string | undefined = error?.code;
    expect(code).toBe('not_found');
  });
});
