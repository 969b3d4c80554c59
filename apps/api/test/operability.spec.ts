import { Writable } from 'node:stream';
import request from 'supertest';
import { apiEnvSchema, loadConfig } from '@kordon/config';
import { TokensRepository, applyMigrations, connectDatabase } from '@kordon/db';
import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { startPrivatePostgres, type PrivatePostgres } from '../../worker/test/private-postgres';
import { createApiApp } from '../src/create-api-app';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize } from './history-fixtures';

const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'strict-transport-security',
  'referrer-policy',
];

describe('operability: security headers, request ids, metrics', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => api.close());

  it.each([
    ['a public probe', '/api/v1/health', undefined, 200],
    ['an unknown route', '/api/v1/nope', 'admin', 404],
    ['a missing token', '/api/v1/clusters', undefined, 401],
    ['bad input', '/api/v1/clusters?limit=0', 'admin', 400],
    ['the API docs page', '/api/docs', undefined, 200],
  ])('puts security headers on %s', async (_what, url, auth, status) => {
    const req = request(api.server).get(url);
    if (auth) req.set('authorization', `Bearer ${api.adminToken}`);
    const res = await req;
    expect(res.status).toBe(status);
    for (const header of SECURITY_HEADERS)
      expect([header, res.headers[header]]).toEqual([header, expect.any(String)]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers with a request id, keeping a sane one from the caller and replacing a hostile one', async () => {
    const fresh = await request(api.server).get('/api/v1/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(api.server).get('/api/v1/health').set('x-request-id', 'ci-run-42');
    expect(kept.headers['x-request-id']).toBe('ci-run-42');
    const hostile = await request(api.server)
      .get('/api/v1/health')
      .set('x-request-id', 'a b\tc'.repeat(100));
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves Prometheus metrics: requests and latencies by route, queue depth, snapshots by status', async () => {
    const demo = demoLines();
    const body = serialize(
      { ...demo.header, cluster: { name: 'metered', kubernetesVersion: 'v1.31.4' } },
      demo.objects,
    );
    const up = await request(api.server)
      .post('/api/v1/clusters/metered/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .send(body);
    expect(up.status).toBe(202);
    await request(api.server)
      .get('/api/v1/clusters')
      .set('authorization', `Bearer ${api.adminToken}`);
    const res = await request(api.server).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(text).toMatch(
      /kordon_http_requests_total\{method="GET",route="\/api\/v1\/clusters",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /kordon_http_requests_total\{method="POST",route="\/api\/v1\/clusters\/:name\/snapshots",status="202"\} 1/,
    );
    expect(text).toMatch(
      /kordon_http_request_duration_seconds_bucket\{le="0.5",method="GET",route="\/api\/v1\/clusters"\} [1-9]/,
    );
    expect(text).toMatch(/^kordon_queue_depth 1$/m);
    expect(text).toMatch(/^kordon_snapshots\{status="queued"\} 1$/m);
    expect(text).toMatch(/^kordon_api_process_cpu_seconds_total /m);
  });
});

describe('structured logs', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());

  it('writes one JSON object per line, request lines carrying the request id', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const config = loadConfig(apiEnvSchema, { DATABASE_URL: db.url });
    const app = await createApiApp(config, { logStream: stream });
    try {
      const res = await request(app.getHttpServer())
        .get('/api/v1/health')
        .set('x-request-id', 'trace-7');
      expect(res.status).toBe(200);
    } finally {
      await app.close();
    }
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const mine = parsed.filter((entry) => entry['reqId'] === 'trace-7');
    expect(mine.map((e) => e['msg'])).toEqual(['incoming request', 'request completed']);
    expect(mine[1]).toMatchObject({ res: { statusCode: 200 }, responseTime: expect.any(Number) });
  });
});

describe('while the database is unreachable', () => {
  let pg: PrivatePostgres;
  beforeAll(async () => {
    pg = await startPrivatePostgres();
    await applyMigrations(pg.url);
  });
  afterAll(async () => pg.close());

  it('answers ready 503 and authenticated calls 503 (not 500), and recovers when it is back', async () => {
    const config = loadConfig(apiEnvSchema, { DATABASE_URL: pg.url });
    const app = await createApiApp(config, { logger: false });
    const database = connectDatabase(pg.url);
    const token = (
      await new TokensRepository(database).issueToken({
        name: 'admin',
        scopes: ['admin'],
        clusters: [],
      })
    ).token;
    const server = app.getHttpServer();
    try {
      expect((await request(server).get('/api/v1/ready')).status).toBe(200);
      await pg.stop();
      const ready = await request(server).get('/api/v1/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.code).toBe('unavailable');
      const read = await request(server)
        .get('/api/v1/clusters')
        .set('authorization', `Bearer ${token}`);
      expect([read.status, read.body.code]).toEqual([503, 'unavailable']);
      const gql = await request(server)
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({ query: '{ clusters { nodes { name } } }' });
      expect(gql.status).toBeLessThan(500);
      expect(gql.body.errors[0].extensions.code).toBe('unavailable');
      await pg.start();
      expect((await request(server).get('/api/v1/ready')).status).toBe(200);
      expect(
        (await request(server).get('/api/v1/clusters').set('authorization', `Bearer ${token}`))
          .status,
      ).toBe(200);
    } finally {
      await database.close();
      await app.close();
    }
  });
});
