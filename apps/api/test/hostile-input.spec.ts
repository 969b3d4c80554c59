import { readFileSync } from 'node:fs';
import { connectTestSql } from '@kordon/testing';
import path from 'node:path';
import request from 'supertest';
import { encodeCursor } from '@kordon/contracts';
import { startApi, type ApiHarness } from './api-harness';

const demo = readFileSync(path.resolve(__dirname, '../../../examples/demo-cluster.ndjson'));

/** Malformed and abusive requests from the list: each is a 4xx naming the field, never a 5xx. */
describe('hostile input is a 4xx naming the field', () => {
  let api: ApiHarness;
  let snapshotId: string;
  beforeAll(async () => {
    api = await startApi();
    const res = await request(api.server)
      .post('/api/v1/clusters/demo/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .send(demo);
    expect(res.status).toBe(202);
    snapshotId = res.body.snapshotId;
    // as the worker leaves it: analyzed, so its findings are read from the issue tables
    const client = connectTestSql(api.databaseUrl);
    await client.query(`UPDATE snapshot SET status = 'done', finished_at = now() WHERE id = $1`, [
      snapshotId,
    ]);
    await client.end();
  });
  afterAll(async () => api.close());

  const get = (url: string) =>
    request(api.server).get(url).set('authorization', `Bearer ${api.adminToken}`);
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${api.adminToken}`)
      .send({ query, variables });

  const forged = [
    encodeCursor({ t: 'not a date', id: '00000000-0000-0000-0000-000000000000' }),
    encodeCursor({ t: '2026-02-31T00:00:00.000Z', id: '00000000-0000-0000-0000-000000000000' }),
    encodeCursor({ name: 'a\u0000b' }),
    encodeCursor({ r: 1e300, id: 'x' }),
    encodeCursor({ r: 99999999999, id: '00000000-0000-0000-0000-000000000000' }),
    encodeCursor({ name: { deep: [[[[[[1]]]]]] } }),
    encodeCursor([]),
    'A'.repeat(5000),
  ];
  const lists = () => [
    '/api/v1/clusters',
    '/api/v1/clusters/demo/snapshots',
    `/api/v1/snapshots/${snapshotId}/findings`,
    '/api/v1/clusters/demo/issues',
  ];

  it('answers forged cursors on every list with 400 (invalid cursor or validation naming the cursor)', async () => {
    for (const url of lists()) {
      for (const cursor of forged) {
        const res = await get(`${url}?cursor=${encodeURIComponent(cursor)}`);
        expect([url, cursor, res.status]).toEqual([url, cursor, 400]);
        expect(res.body.details[0].path).toMatch(/cursor/);
      }
    }
  });

  it('answers forged cursors over GraphQL with a Kordon error, no stack trace', async () => {
    for (const cursor of forged) {
      const res = await gql(
        'query($c: String) { clusters(after: $c) { nodes { name snapshots(after: $c) { nodes { id } } } } }',
        { c: cursor },
      );
      expect(res.status).toBeLessThan(500);
      const error = res.body.errors[0];
      expect(['invalid_cursor', 'validation_failed']).toContain(error.extensions.code);
      expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    }
  });

  it('rejects a NUL byte in a cluster name on every route with params.name', async () => {
    for (const [method, url] of [
      ['get', '/api/v1/clusters/a%00b'],
      ['get', '/api/v1/clusters/a%00b/snapshots'],
      ['get', '/api/v1/clusters/a%00b/issues'],
      ['get', '/api/v1/clusters/a%00b/posture'],
      ['post', '/api/v1/clusters/a%00b/snapshots'],
    ] as const) {
      const res = await request(api.server)
        [method](url)
        .set('authorization', `Bearer ${api.adminToken}`)
        .set('content-type', 'application/x-ndjson');
      expect([url, res.status, res.body.code]).toEqual([url, 400, 'validation_failed']);
      expect(res.body.details[0].path).toBe('params.name');
    }
  });

  it('rejects a NUL byte in a GraphQL argument naming it', async () => {
    const res = await gql('query($n: String!) { cluster(name: $n) { id } }', { n: 'a\u0000' });
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'args.name' }],
    });
  });

  it.each([
    ['from=2026-02-31', 'query.from'],
    ['to=2026-13-45', 'query.to'],
    ['from=2026-11-30T25:61:00Z', 'query.from'],
    ['from=9999-99-99', 'query.from'],
    ['from=0000-01-01', 'query.from'],
    ['from=2026-11-30%00', 'query.from'],
  ])('rejects the invalid posture date %s naming %s', async (query, field) => {
    const res = await get(`/api/v1/clusters/demo/posture?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe(field);
  });

  it('rejects invalid calendar dates in issue filters', async () => {
    const res = await get('/api/v1/clusters/demo/issues?firstSeenAfter=2026-02-30');
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('query.firstSeenAfter');
  });

  it.each([
    ['post', '/api/v1/snapshots/not-a-uuid/reanalyze'],
    ['get', '/api/v1/snapshots/not-a-uuid'],
    ['get', '/api/v1/snapshots/12345/findings'],
    ['get', '/api/v1/snapshots/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz/diff'],
  ] as const)('rejects a non-UUID id: %s %s', async (method, url) => {
    const res = await request(api.server)
      [method](url)
      .set('authorization', `Bearer ${api.adminToken}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', details: [{ path: 'params.id' }] });
  });

  it('rejects a non-UUID snapshot id over GraphQL', async () => {
    const res = await gql('{ snapshot(id: "nope") { id } }');
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'args.id' }],
    });
  });

  it('rejects an 8 KB Idempotency-Key naming the header', async () => {
    const res = await request(api.server)
      .post('/api/v1/clusters/demo/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .set('idempotency-key', 'k'.repeat(8192))
      .send(demo);
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('headers.idempotency-key');
  });

  it('answers an oversized request header with 431, not a 5xx', async () => {
    const res = await get('/api/v1/clusters').set('x-filler', 'f'.repeat(64 * 1024));
    expect(res.status).toBe(431);
  });

  it('answers a malformed percent-encoding in the path with 400', async () => {
    const res = await get('/api/v1/clusters/%E0%A4%A');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('hides database text inside nested GraphQL fields (a table gone mid-flight)', async () => {
    const client = connectTestSql(api.databaseUrl);
    try {
      await client.query('ALTER TABLE issue RENAME TO issue_gone');
      const res = await gql(
        'query($id: ID!) { snapshot(id: $id) { id findings { nodes { id } } } }',
        { id: snapshotId },
      );
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/issue_gone|relation|does not exist|stacktrace/i);
      expect(res.body.errors[0]).toMatchObject({
        message: 'internal error',
        extensions: { code: 'internal' },
        path: ['snapshot', 'findings'],
      });
      const rest = await get(`/api/v1/snapshots/${snapshotId}/findings`);
      expect(rest.status).toBe(500);
      expect(rest.body).toEqual({ code: 'internal', message: 'internal error', details: [] });
    } finally {
      await client.query('ALTER TABLE issue_gone RENAME TO issue');
      await client.end();
    }
  });
});
