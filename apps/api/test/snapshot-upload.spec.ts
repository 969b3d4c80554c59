import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { startApi, type ApiHarness } from './api-harness';

const demo = readFileSync(path.resolve(__dirname, '../../../examples/demo-cluster.ndjson'));
const demoLines = demo.toString('utf8').trim().split('\n');
const withLines = (lines: string[]) => Buffer.from(lines.join('\n') + '\n');

describe('POST /api/v1/clusters/:name/snapshots', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ KORDON_MAX_UPLOAD_BYTES: String(200_000) });
  });
  afterAll(async () => api.close());

  const upload = (
    name: string,
    body: Buffer,
    token = api.adminToken,
    headers: Record<string, string> = {},
  ) =>
    request(api.server)
      .post(`/api/v1/clusters/${name}/snapshots`)
      .set('authorization', `Bearer ${token}`)
      .set('content-type', headers['content-type'] ?? 'application/x-ndjson')
      .set(headers)
      .send(body);

  it('queues a new snapshot and creates the cluster', async () => {
    const res = await upload('demo', demo);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      snapshotId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'queued',
    });
    const snap = await request(api.server)
      .get(`/api/v1/snapshots/${res.body.snapshotId}`)
      .set('authorization', `Bearer ${api.adminToken}`);
    expect(snap.status).toBe(200);
    expect(snap.body).toMatchObject({
      clusterName: 'demo',
      status: 'queued',
      kubernetesVersion: 'v1.31.4',
      objectCount: demoLines.length - 2,
    });
  });

  it('answers a repeated upload with the same snapshot, gzip or not', async () => {
    const first = await upload('demo', demo);
    const again = await upload('demo', gzipSync(demo), api.adminToken, {
      'content-encoding': 'gzip',
    });
    expect(again.status).toBe(200);
    expect(again.body.snapshotId).toBe(first.body.snapshotId);
  });

  it('honours an Idempotency-Key over the body hash', async () => {
    const a = await upload(
      'keyed',
      withLines([demoLines[0]!.replace('"name":"demo"', '"name":"keyed"'), ...demoLines.slice(1)]),
      api.adminToken,
      { 'idempotency-key': 'run-42' },
    );
    const b = await upload('keyed', Buffer.from('not even json'), api.adminToken, {
      'idempotency-key': 'run-42',
    });
    expect(a.status).toBe(202);
    expect(b.status).toBe(200);
    expect(b.body.snapshotId).toBe(a.body.snapshotId);
  });

  it('rejects a header naming another cluster with 409 cluster_mismatch', async () => {
    const res = await upload('other', demo);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'cluster_mismatch',
      details: [{ path: 'cluster.name' }],
    });
    const clusters = await request(api.server)
      .get('/api/v1/clusters/other')
      .set('authorization', `Bearer ${api.adminToken}`);
    expect(clusters.status).toBe(404);
  });

  it.each([
    ['not JSON', Buffer.from('hello world\n'), 'invalid_snapshot', /not valid JSON/],
    ['truncated gzip', gzipSync(demo).subarray(0, 2000), 'snapshot_truncated', /gzip/i],
    [
      'NDJSON without its end line',
      withLines(demoLines.slice(0, -1)),
      'snapshot_truncated',
      /end|truncated/i,
    ],
    [
      'a wrong header shape',
      withLines([
        '{"apiVersion":"kordon.dev/v1","kind":"ClusterSnapshot","cluster":{"name":"demo"}}',
        demoLines.at(-1)!,
      ]),
      'invalid_snapshot',
      /cluster\.kubernetesVersion|collectedAt/,
    ],
    [
      'a pod whose containers are not an array',
      withLines([
        demoLines[0]!,
        '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"x"},"spec":{"containers":{"name":"a"}}}',
        '{"kind":"ClusterSnapshotEnd","objects":1}',
      ]),
      'invalid_snapshot',
      /line 2: spec\.containers/,
    ],
  ])('rejects %s with a 4xx naming the problem', async (_what, body, code, message) => {
    const res = await upload('demo', body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.code).toBe(code);
    expect(`${res.body.message} ${JSON.stringify(res.body.details)}`).toMatch(message);
  });

  it('rejects a missing token with 401 and a wrong one with 401', async () => {
    const none = await request(api.server)
      .post('/api/v1/clusters/demo/snapshots')
      .set('content-type', 'application/x-ndjson')
      .send(demo);
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('unauthorized');
    const wrong = await upload('demo', demo, 'kdn_nope');
    expect(wrong.status).toBe(401);
  });

  it('forbids a read token and an ingest token bound to another cluster', async () => {
    const read = await upload('demo', demo, await api.issueToken(['read']));
    expect(read.status).toBe(403);
    expect(read.body.code).toBe('forbidden');
    const bound = await upload('demo', demo, await api.issueToken(['ingest'], ['prod']));
    expect(bound.status).toBe(403);
    const allowed = await upload('demo', demo, await api.issueToken(['ingest'], ['demo']));
    expect(allowed.status).toBe(200);
  });

  it('rejects an oversize body with 413 payload_too_large', async () => {
    const longest = demoLines.reduce((a, b) => (b.length > a.length ? b : a));
    const big = withLines([
      demoLines[0]!,
      ...Array.from({ length: 400 }, () => longest),
      demoLines.at(-1)!,
    ]);
    expect(big.length).toBeGreaterThan(200_000);
    const res = await upload('demo', big);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
  });

  it('rejects an invalid cluster name naming the parameter', async () => {
    const res = await upload('Not_A_Label', demo);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'params.name' }],
    });
  });

  it('keeps serving after bad uploads', async () => {
    const res = await request(api.server).get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('request bodies other than uploads', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ KORDON_MAX_JSON_BYTES: '1000' });
  });
  afterAll(async () => api.close());

  it('answers malformed JSON with 400 validation_failed', async () => {
    const res = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/json')
      .send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      message: expect.stringMatching(/JSON/),
    });
  });

  it('answers an oversize JSON body with 413', async () => {
    const res = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${api.adminToken}`)
      .send({ query: `{ clusters { nodes { name } } } # ${'x'.repeat(2000)}` });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
  });

  it('answers an unknown route with 404 not_found in the error shape', async () => {
    const res = await request(api.server)
      .get('/api/v1/nope')
      .set('authorization', `Bearer ${api.adminToken}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'not_found', message: expect.any(String), details: [] });
  });
});

describe('what the intake stores', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => api.close());

  async function storedBody(id: string): Promise<Buffer> {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: api.databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ data: Buffer }>(
      'SELECT data FROM snapshot_chunk WHERE snapshot_id = $1 ORDER BY seq',
      [id],
    );
    await client.end();
    return Buffer.concat(rows.map((r) => r.data));
  }

  it('keeps a clean snapshot byte for byte as received', async () => {
    const clean = Buffer.from(
      demo
        .toString('utf8')
        .replaceAll('{"name":"DATASTORE_TYPE","value":"kubernetes"}', '{"name":"DATASTORE_TYPE"}'),
    );
    const body = gzipSync(clean);
    const res = await request(api.server)
      .post('/api/v1/clusters/demo/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .set('content-encoding', 'gzip')
      .send(body);
    expect(res.status).toBe(202);
    expect((await storedBody(res.body.snapshotId)).equals(body)).toBe(true);
  });

  it('stores a sanitized rewrite when the upload holds env values or Secrets', async () => {
    const secret =
      '{"apiVersion":"v1","kind":"Secret","metadata":{"name":"db","namespace":"shop"},"data":{"password":"aHVudGVyMg=="}}';
    const lines = demo.toString('utf8').trim().split('\n');
    const body = Buffer.from(
      [
        lines[0]!.replace('"name":"demo"', '"name":"dirty"'),
        ...lines.slice(1, -1),
        secret,
        `{"kind":"ClusterSnapshotEnd","objects":${lines.length - 1}}`,
      ].join('\n'),
    );
    const res = await request(api.server)
      .post('/api/v1/clusters/dirty/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .send(body);
    expect(res.status).toBe(202);
    const { gunzipSync } = await import('node:zlib');
    const stored = gunzipSync(await storedBody(res.body.snapshotId)).toString('utf8');
    expect(stored).not.toContain('aHVudGVyMg');
    expect(stored).not.toContain('"value":"kubernetes"');
    expect(stored).toContain(`"kind":"ClusterSnapshotEnd","objects":${lines.length - 2}`);
  });
});
