import { gunzipSync, gzipSync } from 'node:zlib';
import { connectTestSql } from '@kordon/testing';
import request from 'supertest';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize } from './history-fixtures';

const MAX_SNAPSHOT_BYTES = 4 * 1024 * 1024;

/** Abusive uploads: each is refused with a 4xx naming where, or handled in bounded time. */
describe('upload limits', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ KORDON_MAX_SNAPSHOT_BYTES: String(MAX_SNAPSHOT_BYTES) });
  });
  afterAll(async () => api.close());

  const upload = (name: string, body: Buffer, headers: Record<string, string> = {}) =>
    request(api.server)
      .post(`/api/v1/clusters/${name}/snapshots`)
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .set(headers)
      // superagent would JSON-encode a Buffer sent as application/json
      .send(headers['content-type'] === 'application/json' ? body.toString('utf8') : body);

  function snapshotOf(name: string, objects: Record<string, unknown>[], collectedAt?: string) {
    const demo = demoLines();
    const header = {
      ...demo.header,
      cluster: { name, kubernetesVersion: 'v1.31.4' },
      ...(collectedAt ? { collectedAt } : {}),
    };
    return serialize(header, [...demo.objects, ...objects]);
  }

  async function storedBody(id: string): Promise<Buffer> {
    const client = connectTestSql(api.databaseUrl);
    const { rows } = await client.query<{ data: Buffer }>(
      'SELECT data FROM snapshot_chunk WHERE snapshot_id = $1 ORDER BY seq',
      [id],
    );
    await client.end();
    return Buffer.concat(rows.map((r) => r.data));
  }

  const pod = (name: string, namespace: string, extra: Record<string, unknown> = {}) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace },
    spec: { containers: [{ name: 'c', image: 'nginx' }] },
    ...extra,
  });
  /** `{"n":{"n":…"bottom"…}}` as text: JSON.stringify itself cannot write it. */
  const nestedJson = (depth: number) => '{"n":'.repeat(depth) + '"bottom"' + '}'.repeat(depth);
  const withDeep = (object: Record<string, unknown>, depth: number) =>
    JSON.stringify(object).replace(/}$/, `,"extra":${nestedJson(depth)}}`);

  it('refuses very deep nesting in an upload that needs sanitizing, naming the line', async () => {
    const demo = demoLines();
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'shop' } };
    const text = snapshotOf('deep', [secret, pod('abyss', 'shop')]).toString('utf8');
    const body = text.replace(
      /\{[^\n]*"name":"abyss"[^\n]*\}/,
      withDeep(pod('abyss', 'shop'), 100_000),
    );
    const res = await upload('deep', Buffer.from(body));
    expect(res.status).toBe(422);
    const line = demo.objects.length + 3;
    expect(res.body.details[0]).toEqual({
      path: `line ${line}`,
      problem: 'nested deeper than 100 levels',
    });
  });

  it('refuses very deep nesting inside a Kubernetes List item, naming the item', async () => {
    const list = `{"apiVersion":"v1","kind":"List","items":[${withDeep(pod('a', 'shop'), 5000)}]}`;
    const res = await upload('deeplist', Buffer.from(list), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(422);
    expect(res.body.details[0]).toEqual({
      path: 'items[0]',
      problem: 'nested deeper than 100 levels',
    });
  });

  it('refuses gzip inside gzip', async () => {
    const res = await upload('double', gzipSync(gzipSync(snapshotOf('double', []))), {
      'content-encoding': 'gzip',
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/compressed inside compressed/);
  });

  it('stops inflating at KORDON_MAX_SNAPSHOT_BYTES (a gzip bomb is a quick 413)', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const res = await upload('bomb', bomb, { 'content-encoding': 'gzip' });
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/decompressed snapshot exceeds/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads 256 MiB of blank lines at reading speed and accepts the snapshot', async () => {
    const body = snapshotOf('blank', []);
    const end = body.lastIndexOf('{"kind":"ClusterSnapshotEnd"');
    const blank = Buffer.alloc(256 * 1024 * 1024, 0x0a);
    const padded = gzipSync(Buffer.concat([body.subarray(0, end), blank, body.subarray(end)]));
    const big = await startApi();
    try {
      const started = Date.now();
      const res = await request(big.server)
        .post('/api/v1/clusters/blank/snapshots')
        .set('authorization', `Bearer ${big.adminToken}`)
        .set('content-type', 'application/x-ndjson')
        .set('content-encoding', 'gzip')
        .send(padded);
      expect(res.status).toBe(202);
      // reading 256 MiB costs about a second on an idle machine; per-line work took over 40 s
      // here, so 20 s separates the two even with the 2 cores shared and busy
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await big.close();
    }
  });

  it.each([
    ['a NUL byte in a pod name', pod('web\u0000x', 'shop'), 'metadata.name'],
    ['a 100 KB namespace name', pod('web', 'n'.repeat(100_000)), 'metadata.namespace'],
    ['an upper-case pod name', pod('Web', 'shop'), 'metadata.name'],
    ['a namespace with a dot', pod('web', 'shop.eu'), 'metadata.namespace'],
    [
      'a 64-character Namespace name',
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n'.repeat(64) } },
      'metadata.name',
    ],
  ])('refuses %s at intake, naming the line', async (_what, object, field) => {
    const line = demoLines().objects.length + 2;
    const res = await upload('names', snapshotOf('names', [object]));
    expect(res.status).toBe(422);
    expect(res.body.details[0].path).toBe(`line ${line}: ${field}`);
  });

  it('refuses a collectedAt beyond the clock-skew tolerance and accepts one within it', async () => {
    const far = await upload('future', snapshotOf('future', [], '9999-12-31T23:59:59Z'));
    expect(far.status).toBe(422);
    expect(far.body.details[0].path).toBe('collectedAt');
    const soon = new Date(Date.now() + 5 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const ok = await upload('future', snapshotOf('future', [], soon));
    expect(ok.status).toBe(202);
    const late = new Date(Date.now() + 11 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    expect((await upload('future', snapshotOf('future', [], late))).status).toBe(422);
  });

  it('honours KORDON_MAX_CLOCK_SKEW_S', async () => {
    const strict = await startApi({ KORDON_MAX_CLOCK_SKEW_S: '0' });
    try {
      const soon = new Date(Date.now() + 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
      const res = await request(strict.server)
        .post('/api/v1/clusters/strict/snapshots')
        .set('authorization', `Bearer ${strict.adminToken}`)
        .set('content-type', 'application/x-ndjson')
        .send(snapshotOf('strict', [], soon));
      expect(res.status).toBe(422);
      expect(res.body.message).toMatch(/KORDON_MAX_CLOCK_SKEW_S/);
    } finally {
      await strict.close();
    }
  });

  it('drops and counts Secrets and unknown kinds, a Secret inside a List included', async () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'shop' },
      data: { password: 'aHVudGVyMg==' },
    };
    const widget = {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w', namespace: 'shop' },
      spec: { token: 'widget-token-123' },
    };
    const ndjson = await upload('secrets', snapshotOf('secrets', [secret, widget, secret]));
    expect(ndjson.status).toBe(202);
    expect(ndjson.body.dropped).toEqual({ Secret: 2, Widget: 1 });
    const stored = gunzipSync(await storedBody(ndjson.body.snapshotId)).toString('utf8');
    expect(stored).not.toMatch(/aHVudGVyMg|widget-token-123|"kind":"Secret"|"kind":"Widget"/);

    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [pod('web', 'shop'), secret, { ...secret, metadata: { name: 'b', namespace: 'x' } }],
    };
    const res = await upload('listed', Buffer.from(JSON.stringify(list)), {
      'content-type': 'application/json',
    });
    expect([res.status, res.body.message]).toEqual([202, undefined]);
    expect(res.body.dropped).toEqual({ Secret: 2 });
    const fromList = gunzipSync(await storedBody(res.body.snapshotId)).toString('utf8');
    expect(fromList).not.toMatch(/aHVudGVyMg|"kind":"Secret"/);
    expect(fromList).toContain('"name":"web"');
  });

  it('keeps a body that needed no change exactly as received, with nothing dropped', async () => {
    const body = Buffer.from(
      snapshotOf('clean', [])
        .toString('utf8')
        .replaceAll('{"name":"DATASTORE_TYPE","value":"kubernetes"}', '{"name":"DATASTORE_TYPE"}'),
    );
    const res = await upload('clean', body);
    expect(res.status).toBe(202);
    expect(res.body.dropped).toBeUndefined();
    expect((await storedBody(res.body.snapshotId)).equals(body)).toBe(true);
  });
});
