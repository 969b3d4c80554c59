import { PostureRepository, connectDatabase } from '@kordon/db';
import { connectTestSql, type TestSql } from '@kordon/testing';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { startWorker } from '../../worker/test/worker-harness';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, historySequence, serialize, uploadAndWait } from './history-fixtures';

interface Issue {
  id: string;
  checkId: string;
  namespace: string;
  name: string;
  open: boolean;
  resolvedReason: string | null;
  reopenCount: number;
}

describe('posture history over a sequence of snapshots', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let db: TestSql;
  const ids: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const openAfter: Record<string, Issue[]> = {};
  const after: Record<string, Issue[]> = {};
  const newAfter: Record<string, Issue[]> = {};
  const auth = () => ({ authorization: `Bearer ${api.adminToken}` });
  const get = (url: string) => request(api.server).get(url).set(auth());

  async function allIssues(): Promise<Issue[]> {
    const out: Issue[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(
        `/api/v1/clusters/demo/issues?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
      );
      out.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return out;
  }
  const find = (list: Issue[], check: string, name: string) =>
    list.find((i) => i.checkId === check && i.name === name);

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    db = connectTestSql(api.databaseUrl);
    const { a, b, c } = historySequence();
    for (const [key, body] of [
      ['a', a],
      ['b', b],
      ['c', c],
    ] as const) {
      const s = await uploadAndWait(api, 'demo', body);
      expect(s['status']).toBe('done');
      ids[key] = s['id'] as string;
      after[key] = await allIssues();
      openAfter[key] = (after[key] ?? []).filter((i) => i.open);
      newAfter[key] = (await get('/api/v1/clusters/demo/issues?status=new&limit=500')).body.items;
    }
  });
  afterAll(async () => {
    await db.end();
    await worker.close();
    await api.close();
  });

  it('resolves the fixed privileged log-agent as fixed and opens the new hostPort issue after (b)', async () => {
    expect(find(openAfter['a'] ?? [], 'pss.baseline.privileged', 'log-agent')).toBeDefined();
    expect(find(after['b'] ?? [], 'pss.baseline.privileged', 'log-agent')).toMatchObject({
      open: false,
      resolvedReason: 'fixed',
    });
    const hostPortAfterB = (openAfter['b'] ?? []).filter(
      (i) => i.name === 'cart' && /host-port/.test(i.checkId),
    );
    expect(hostPortAfterB.length).toBeGreaterThan(0);
    expect(
      (openAfter['a'] ?? []).filter((i) => i.name === 'cart' && /host-port/.test(i.checkId)),
    ).toEqual([]);
    expect((newAfter['b'] ?? []).map((i) => i.id)).toEqual(
      expect.arrayContaining(hostPortAfterB.map((i) => i.id)),
    );
  });

  it('keeps every network issue open while NetworkPolicy coverage was forbidden', () => {
    const netA = (openAfter['a'] ?? [])
      .filter((i) => i.checkId.startsWith('net.'))
      .map((i) => i.id);
    expect(netA.length).toBeGreaterThan(0);
    const openB = new Set((openAfter['b'] ?? []).map((i) => i.id));
    expect(netA.filter((id) => !openB.has(id))).toEqual([]);
  });

  it('reopens the log-agent issue and resolves the hostPort issue after (c)', async () => {
    const issues = await allIssues();
    const logAgent = find(issues, 'pss.baseline.privileged', 'log-agent');
    expect(logAgent).toMatchObject({ open: true, reopenCount: 1 });
    const hostPort = issues.filter((i) => i.name === 'cart' && /host-port/.test(i.checkId));
    expect(hostPort.length).toBeGreaterThan(0);
    expect(hostPort.every((i) => !i.open && i.resolvedReason === 'fixed')).toBe(true);
    const resolved = await get('/api/v1/clusters/demo/issues?status=resolved&limit=500');
    expect(resolved.body.items.map((i: Issue) => i.id).sort()).toEqual(
      issues
        .filter((i) => !i.open)
        .map((i) => i.id)
        .sort(),
    );
  });

  it('lists as new only the issues first seen at the newest snapshot', async () => {
    expect((newAfter['a'] ?? []).length).toBe((openAfter['a'] ?? []).length);
    // (c) only reopens issues first seen at (a): nothing is new
    expect(newAfter['c']).toEqual([]);
    const bad = await get('/api/v1/clusters/demo/issues?status=fresh');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('query.status');
  });

  it('has posture per snapshot and namespace plus the cluster total (rows stored as changes)', async () => {
    const database = connectDatabase(api.databaseUrl, { maxConnections: 1 });
    const posture = new PostureRepository(database);
    const cluster = await db.query<{ id: string }>(`SELECT id FROM cluster WHERE name = 'demo'`);
    for (const id of Object.values(ids)) {
      const rows = await posture.snapshotRows(cluster.rows[0]!.id, id);
      expect(rows.map((r) => r.namespace)).toEqual([
        '',
        'kube-system',
        'monitoring',
        'payments',
        'shop',
      ]);
      const [total, ...namespaces] = rows;
      expect(total?.workloads).toBe(namespaces.reduce((n, r) => n + r.workloads, 0));
    }
    await database.close();
  });

  it('serves the posture trend from the rollups, one point per day, with the score explained', async () => {
    const res = await get(
      '/api/v1/clusters/demo/posture?from=2026-11-19&to=2026-11-22&namespaces=true',
    );
    expect(res.status).toBe(200);
    expect(res.body.points.map((p: { snapshotId: string }) => p.snapshotId)).toEqual([
      ids.a,
      ids.b,
      ids.c,
    ]);
    const [pa, pb, pc] = res.body.points;
    expect(pa.score).toBe(pc.score);
    expect(pa.parts.podSecurity).toEqual({
      weight: 40,
      value: expect.any(Number),
      points: expect.any(Number),
    });
    expect(pb.levels.privileged).toBeGreaterThanOrEqual(1);
    expect(pa.defaultDeny).toEqual({ ingress: 2, egress: 1 });
    expect(
      res.body.namespaces.find((n: { namespace: string }) => n.namespace === 'shop').points[0]
        .defaultDeny.ingress,
    ).toBe(true);
    const weekly = await get(
      '/api/v1/clusters/demo/posture?from=2026-11-01&to=2026-11-30&bucket=week',
    );
    expect(weekly.body.points.at(-1).snapshotId).toBe(ids.c);
    const bad = await get('/api/v1/clusters/demo/posture?from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('query.from');
  });

  it('diffs (c) against (b): issues new and resolved, workload level changes, namespace reach', async () => {
    const res = await get(`/api/v1/snapshots/${ids.c}/diff?against=${ids.b}`);
    expect(res.status).toBe(200);
    const newIds = res.body.issues.new.map((i: Issue) => `${i.checkId}|${i.name}`);
    expect(newIds).toContain('pss.baseline.privileged|log-agent');
    expect(
      res.body.issues.resolved.some((i: Issue) => i.name === 'cart' && /host-port/.test(i.checkId)),
    ).toBe(true);
    expect(res.body.issues.counts.unchanged).toBeGreaterThan(0);
    expect(res.body.workloads.levelChanged).toContainEqual({
      id: 'shop/Deployment/cart',
      from: 'privileged',
      to: expect.not.stringMatching('privileged'),
    });
    expect(res.body.reach.complete).toBe(true);
    expect(res.body.reach.counts.becameUnreachable).toBeGreaterThan(0);
  });

  it('rejects a diff against a missing, unknown or foreign snapshot', async () => {
    expect((await get(`/api/v1/snapshots/${ids.c}/diff`)).body.details[0].path).toBe(
      'query.against',
    );
    expect(
      (await get(`/api/v1/snapshots/${ids.c}/diff?against=00000000-0000-4000-8000-000000000000`))
        .status,
    ).toBe(404);
    const other = await uploadAndWait(
      api,
      'other',
      serialize(
        { ...demoLines().header, cluster: { name: 'other', kubernetesVersion: 'v1.31.4' } },
        demoLines().objects,
      ),
    );
    const foreign = await get(`/api/v1/snapshots/${ids.c}/diff?against=${other['id'] as string}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'query.against' }],
    });
  });

  it('reports what each snapshot wrote', async () => {
    const res = await get(`/api/v1/snapshots/${ids.b}`);
    expect(res.body.written).toEqual({
      issueRows: expect.any(Number),
      spanRows: expect.any(Number),
      workloadSpanRows: expect.any(Number),
      postureRows: 5,
      chunkBytes: expect.any(Number),
    });
    expect(res.body.written.issueRows).toBeGreaterThan(0);
    expect(res.body.written.chunkBytes).toBeGreaterThan(0);
    expect(res.body.rowsWritten).toBe(
      res.body.written.issueRows +
        res.body.written.spanRows +
        res.body.written.workloadSpanRows +
        5,
    );
  });
});
