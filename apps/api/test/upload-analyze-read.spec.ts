import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { startWorker } from '../../worker/test/worker-harness';
import { startApi, type ApiHarness } from './api-harness';

const demo = readFileSync(path.resolve(__dirname, '../../../examples/demo-cluster.ndjson'));

async function waitForStatus(api: ApiHarness, id: string, statuses: string[], timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await request(api.server)
      .get(`/api/v1/snapshots/${id}`)
      .set('authorization', `Bearer ${api.adminToken}`);
    if (statuses.includes(res.body.status)) return res.body;
    if (Date.now() > deadline) throw new Error(`snapshot ${id} still ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('upload → analyze → read', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let snapshotId: string;
  const auth = () => ({ authorization: `Bearer ${api.adminToken}` });

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    const res = await request(api.server)
      .post('/api/v1/clusters/demo/snapshots')
      .set(auth())
      .set('content-type', 'application/x-ndjson')
      .send(demo);
    snapshotId = res.body.snapshotId;
    await waitForStatus(api, snapshotId, ['done', 'failed']);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('finishes the analysis with counts by severity and timings', async () => {
    const res = await request(api.server).get(`/api/v1/snapshots/${snapshotId}`).set(auth());
    expect(res.body.status).toBe('done');
    expect(res.body.counts.critical).toBeGreaterThanOrEqual(2);
    expect(res.body.counts.total).toBe(
      res.body.counts.critical +
        res.body.counts.high +
        res.body.counts.medium +
        res.body.counts.low +
        res.body.counts.info,
    );
    expect(res.body.timings.analysisMs).toBeGreaterThanOrEqual(0);
    expect(res.body.engineVersion).toBeTruthy();
  });

  it('lists the findings on workloads, most severe first, paged', async () => {
    const first = await request(api.server)
      .get(`/api/v1/snapshots/${snapshotId}/findings?limit=5`)
      .set(auth());
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(5);
    expect(first.body.items[0].severity).toBe('critical');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const all: { checkId: string; kind: string; namespace: string; name: string; path: string }[] =
      [...first.body.items];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const next = await request(api.server)
        .get(`/api/v1/snapshots/${snapshotId}/findings`)
        .query({ limit: 50, cursor })
        .set(auth());
      all.push(...next.body.items);
      cursor = next.body.nextCursor;
    }
    const privileged = all
      .filter((f) => f.checkId === 'pss.baseline.privileged')
      .map((f) => `${f.namespace}/${f.kind}/${f.name}`);
    expect(privileged.sort()).toEqual([
      'kube-system/DaemonSet/calico-node',
      'monitoring/DaemonSet/log-agent',
    ]);
    expect(
      all.some((f) => f.checkId === 'pss.baseline.host-namespaces' && f.name === 'node-exporter'),
    ).toBe(true);
    expect(new Set(all.map((f) => `${f.checkId}|${f.namespace}|${f.name}|${f.path}`)).size).toBe(
      all.length,
    );
  });

  it('filters findings by severity and rejects an unknown one', async () => {
    const crit = await request(api.server)
      .get(`/api/v1/snapshots/${snapshotId}/findings?severity=critical`)
      .set(auth());
    expect(crit.body.items.length).toBeGreaterThan(0);
    expect(crit.body.items.every((f: { severity: string }) => f.severity === 'critical')).toBe(
      true,
    );
    const bad = await request(api.server)
      .get(`/api/v1/snapshots/${snapshotId}/findings?severity=urgent`)
      .set(auth());
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('query.severity');
  });

  it('serves the same findings through GraphQL', async () => {
    const query = `query($id: ID!) { snapshot(id: $id) { status findings(first: 100, severity: critical) { nodes { checkId kind namespace name path } pageInfo { hasNextPage } } } }`;
    const res = await request(api.server)
      .post('/graphql')
      .set(auth())
      .send({ query, variables: { id: snapshotId } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.snapshot.status).toBe('done');
    const names = res.body.data.snapshot.findings.nodes
      .filter((n: { checkId: string }) => n.checkId === 'pss.baseline.privileged')
      .map((n: { name: string }) => n.name);
    expect(names.sort()).toEqual(['calico-node', 'log-agent']);
  });

  it('lists the cluster with its latest snapshot', async () => {
    const res = await request(api.server).get('/api/v1/clusters').set(auth());
    expect(res.body.items).toEqual([
      expect.objectContaining({
        name: 'demo',
        snapshotCount: 1,
        latestSnapshot: expect.objectContaining({ id: snapshotId, status: 'done' }),
      }),
    ]);
    const snaps = await request(api.server).get('/api/v1/clusters/demo/snapshots').set(auth());
    expect(snaps.body.items.map((s: { id: string }) => s.id)).toEqual([snapshotId]);
  });

  it('never stores env values', async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: api.databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ data: Buffer }>(
      'SELECT data FROM snapshot_chunk WHERE snapshot_id = $1 ORDER BY seq',
      [snapshotId],
    );
    await client.end();
    const { gunzipSync } = await import('node:zlib');
    const stored = gunzipSync(Buffer.concat(rows.map((r) => r.data))).toString('utf8');
    expect(demo.toString('utf8')).toContain('"DATASTORE_TYPE","value":"kubernetes"');
    expect(stored).toContain('DATASTORE_TYPE');
    expect(stored).not.toContain('"value":"kubernetes"');
  });
});
