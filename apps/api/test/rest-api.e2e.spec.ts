import { gunzipSync } from 'node:zlib';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import type {
  CheckCatalogResponse,
  ClusterPageResponse,
  FindingResponse,
  IssueResponse,
  ScanUpload,
} from '@kordon/contracts';
import { CHECK_CATALOG } from '@kordon/engine';
import { startWorker } from '../../worker/test/worker-harness';
import { startApi, type ApiHarness } from './api-harness';
import { kubeScoreSarif } from './ci/kube-score-sarif';
import { countBy, engineAnalysis, engineFindings } from './engine-expectations';
import {
  demoLines,
  historySequence,
  serialize,
  uploadAndWait,
  waitForStatus,
} from './history-fixtures';
import { recordingClient } from './rest-coverage';

const seq = historySequence();
const expected = { a: engineFindings(seq.a), b: engineFindings(seq.b), c: engineFindings(seq.c) };
/** The demo as another cluster's snapshot (the header names the cluster; the first `"name"` is its). */
const asOther = Buffer.from(seq.a.toString('utf8').replace('"name":"demo"', '"name":"other"'));
const minus = <T>(x: Map<string, T>, y: Map<string, T>) => [...x.keys()].filter((k) => !y.has(k));
/** Open at (b): what (b) finds, plus the network issues of (a) that (b) could not judge (NetworkPolicy forbidden). */
const openAtB = new Map([
  ...expected.b,
  ...[...expected.a].filter(([k, f]) => !expected.b.has(k) && f.checkId.startsWith('net.')),
]);

describe('REST API over a seeded history (every operation of the OpenAPI document)', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let rest: ReturnType<typeof recordingClient>;
  const ids = { a: '', b: '', c: '', other: '' };

  const download = (url: string) =>
    rest
      .get(url)
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => done(null, Buffer.concat(parts)));
      })
      .expect(200);

  async function all<T>(url: string): Promise<T[]> {
    const out: T[] = [];
    let cursor: string | null = null;
    do {
      const sep = url.includes('?') ? '&' : '?';
      const res = await rest.get(`${url}${sep}limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      out.push(...(res.body.items as T[]));
      cursor = res.body.nextCursor;
    } while (cursor);
    return out;
  }

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    rest = recordingClient(api, () => api.adminToken);
    for (const key of ['a', 'b', 'c'] as const) {
      const res = await rest
        .post('/api/v1/clusters/demo/snapshots')
        .type('application/x-ndjson')
        .send(seq[key]);
      expect(res.status).toBe(202);
      ids[key] = (await waitForStatus(api, res.body.snapshotId, ['done']))['id'] as string;
    }
    ids.other = (await uploadAndWait(api, 'other', asOther))['id'] as string;
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('lists clusters by name with their latest snapshot and its counts', async () => {
    const page = (await rest.get('/api/v1/clusters').expect(200)).body as ClusterPageResponse;
    expect(page.items.map((c) => c.name)).toEqual(['demo', 'other']);
    const demo = page.items[0];
    expect(demo?.snapshotCount).toBe(3);
    expect(demo?.latestSnapshot?.id).toBe(ids.c);
    expect(demo?.latestSnapshot?.counts?.total).toBe(expected.c.size);
    const one = await rest.get('/api/v1/clusters/demo').expect(200);
    expect(one.body).toEqual(demo);
    await rest.get('/api/v1/clusters/nope').expect(404);
  });

  it("pages a cluster's snapshots newest first and reads one with its counts", async () => {
    const first = await rest.get('/api/v1/clusters/demo/snapshots?limit=2').expect(200);
    expect(first.body.items.map((s: { id: string }) => s.id)).toEqual([ids.c, ids.b]);
    const rest2 = await rest.get(`/api/v1/clusters/demo/snapshots?cursor=${first.body.nextCursor}`);
    expect(rest2.body).toMatchObject({ items: [{ id: ids.a }], nextCursor: null });
    const a = (await rest.get(`/api/v1/snapshots/${ids.a}`).expect(200)).body;
    const bySeverity = countBy(expected.a.values(), (f) => f.severity);
    expect(a).toMatchObject({ status: 'done', clusterName: 'demo', appliedLifecycle: true });
    expect(a.counts).toEqual({
      critical: bySeverity['critical'] ?? 0,
      high: bySeverity['high'] ?? 0,
      medium: bySeverity['medium'] ?? 0,
      low: bySeverity['low'] ?? 0,
      info: bySeverity['info'] ?? 0,
      total: expected.a.size,
    });
  });

  it('answers the findings of a snapshot as the engine finds them, with each filter', async () => {
    const a = await all<FindingResponse>(`/api/v1/snapshots/${ids.a}/findings`);
    expect(new Set(a.map((f) => f.fingerprint))).toEqual(new Set(expected.a.keys()));
    const high = await all<FindingResponse>(`/api/v1/snapshots/${ids.a}/findings?severity=high`);
    expect(high.length).toBe(countBy(expected.a.values(), (f) => f.severity)['high'] ?? 0);
    const ns = await all<FindingResponse>(
      `/api/v1/snapshots/${ids.a}/findings?namespace=monitoring`,
    );
    expect(ns.length).toBe(countBy(expected.a.values(), (f) => f.namespace)['monitoring']);
    const agent = [...expected.a.values()].filter((f) => f.name.startsWith('log-agent'));
    const workload = agent[0]?.name as string;
    const byWorkload = await all<FindingResponse>(
      `/api/v1/snapshots/${ids.a}/findings?workload=${workload}&namespace=monitoring`,
    );
    expect(byWorkload.length).toBe(agent.filter((f) => f.name === workload).length);
    const text = await all<FindingResponse>(`/api/v1/snapshots/${ids.a}/findings?q=LOG-AGENT`);
    expect(text.map((f) => f.name)).toContain(workload);
    const prefix = await all<FindingResponse>(
      `/api/v1/snapshots/${ids.a}/findings?check=pss.baseline.`,
    );
    const baseline = [...expected.a.values()].filter((f) => f.checkId.startsWith('pss.baseline.'));
    expect(prefix.length).toBe(baseline.length);
    const exact = await all<FindingResponse>(
      `/api/v1/snapshots/${ids.a}/findings?check=pss.baseline.privileged`,
    );
    expect(exact.every((f) => f.checkId === 'pss.baseline.privileged')).toBe(true);
    expect(exact.map((f) => f.name)).toContain(workload);
    const b = await all<FindingResponse>(
      `/api/v1/snapshots/${ids.b}/findings?check=pss.baseline.privileged`,
    );
    expect(b.map((f) => f.name)).not.toContain(workload);
  });

  it('sorts findings by namespace and name, the same over pages of 7 as in one page', async () => {
    const paged = await all<FindingResponse>(`/api/v1/snapshots/${ids.a}/findings?sort=namespace`);
    const one = await rest.get(`/api/v1/snapshots/${ids.a}/findings?sort=namespace&limit=500`);
    expect(paged.map((f) => f.id)).toEqual(one.body.items.map((f: FindingResponse) => f.id));
    const keys = paged.map((f) => [f.namespace, f.name]);
    expect(keys).toEqual(
      [...keys].sort((x, y) =>
        x[0] === y[0]
          ? (x[1] ?? '').localeCompare(y[1] ?? '')
          : (x[0] ?? '').localeCompare(y[0] ?? ''),
      ),
    );
    const newest = await all<FindingResponse>(`/api/v1/clusters/demo/issues?sort=-firstSeen`);
    const times = newest.map((i) => i.firstSeenAt);
    expect(times).toEqual([...times].sort().reverse());
    await rest.get(`/api/v1/snapshots/${ids.a}/findings?sort=sideways`).expect(400);
  });

  it("tracks the cluster's issues: resolved, new, first-seen range; none suppressed while no rule holds", async () => {
    const issues = await all<IssueResponse>('/api/v1/clusters/demo/issues');
    const everFound = new Set([...expected.a.keys(), ...expected.b.keys(), ...expected.c.keys()]);
    expect(new Set(issues.map((i) => i.fingerprint))).toEqual(everFound);
    const resolved = await all<IssueResponse>('/api/v1/clusters/demo/issues?status=resolved');
    expect(new Set(resolved.map((i) => i.fingerprint))).toEqual(
      new Set(minus(expected.b, expected.c)),
    );
    expect(resolved.every((i) => i.resolvedReason === 'fixed')).toBe(true);
    const open = await all<IssueResponse>('/api/v1/clusters/demo/issues?status=open');
    expect(open.length).toBe(expected.c.size);
    const later = await all<IssueResponse>(
      '/api/v1/clusters/demo/issues?firstSeenAfter=2026-11-20T12:00:00Z',
    );
    expect(new Set(later.map((i) => i.fingerprint))).toEqual(
      new Set(minus(expected.b, expected.a)),
    );
    const suppressed = await rest.get('/api/v1/clusters/demo/issues?status=suppressed').expect(200);
    expect(suppressed.body).toEqual({ items: [], nextCursor: null });
  });

  it('serves the posture series per day and the diff between two snapshots', async () => {
    const posture = await rest
      .get('/api/v1/clusters/demo/posture?from=2026-11-20&to=2026-11-22')
      .expect(200);
    expect(posture.body.points.map((p: { snapshotId: string }) => p.snapshotId)).toEqual([
      ids.a,
      ids.b,
      ids.c,
    ]);
    expect(posture.body.points[0].severities.critical).toBe(
      countBy(expected.a.values(), (f) => f.severity)['critical'] ?? 0,
    );
    const diff = await rest.get(`/api/v1/snapshots/${ids.c}/diff?against=${ids.b}`).expect(200);
    expect(minus(openAtB, expected.b).length).toBeGreaterThan(0);
    expect(diff.body.issues.counts).toEqual({
      new: minus(expected.c, openAtB).length,
      resolved: minus(openAtB, expected.c).length,
      unchanged: [...expected.c.keys()].filter((k) => openAtB.has(k)).length,
    });
    expect(new Set(diff.body.issues.new.map((i: IssueResponse) => i.fingerprint))).toEqual(
      new Set(minus(expected.c, openAtB)),
    );
  });

  it('downloads a stored body as stored: byte for byte, or the sanitized gzip rewrite', async () => {
    const clean = serialize(
      { ...demoLines().header, cluster: { name: 'raw', kubernetesVersion: 'v1.31.4' } },
      [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }],
    );
    const stored = await uploadAndWait(api, 'raw', clean);
    const asIs = await download(`/api/v1/snapshots/${stored['id']}/raw`);
    expect(asIs.headers['content-type']).toBe('application/octet-stream');
    expect(Buffer.compare(asIs.body as Buffer, clean)).toBe(0);
    // the demo carries env values: Kordon stored a sanitized gzip rewrite, and serves that
    const rewritten = await download(`/api/v1/snapshots/${ids.a}/raw`);
    const lines = gunzipSync(rewritten.body as Buffer)
      .toString('utf8')
      .trim()
      .split('\n');
    expect(lines.length).toBe(seq.a.toString('utf8').trim().split('\n').length);
    expect(rewritten.headers['content-disposition']).toMatch(
      /demo-2026-11-20T09-00-00-000Z\.ndjson\.gz/,
    );
  });

  it('reanalyzes a snapshot for an admin only', async () => {
    const read = await api.issueToken(['read']);
    await request(api.server)
      .post(`/api/v1/snapshots/${ids.a}/reanalyze`)
      .set('authorization', `Bearer ${read}`)
      .expect(403);
    const again = await rest.post(`/api/v1/snapshots/${ids.a}/reanalyze`).expect(202);
    expect(again.body).toEqual({ snapshotId: ids.a, status: 'queued' });
    expect((await waitForStatus(api, ids.a, ['done']))['counts']).toMatchObject({
      total: expected.a.size,
    });
  });

  it('renames a cluster (the old name answers 409 naming the new one) and deletes it with its data', async () => {
    const renamed = await rest
      .patch('/api/v1/clusters/other')
      .send({ name: 'staging' })
      .expect(200);
    expect(renamed.body).toMatchObject({
      name: 'staging',
      formerNames: ['other'],
      snapshotCount: 1,
    });
    const upload = await rest
      .post('/api/v1/clusters/other/snapshots')
      .type('application/x-ndjson')
      .send(asOther);
    expect(upload.status).toBe(409);
    expect(upload.body).toMatchObject({ code: 'cluster_renamed' });
    expect(upload.body.message).toContain('"staging"');
    await rest.patch('/api/v1/clusters/staging').send({ name: 'demo' }).expect(409);
    await rest.patch('/api/v1/clusters/staging').send({ name: 'Not A Label' }).expect(400);
    await rest.delete('/api/v1/clusters/staging').expect(204);
    await rest.get('/api/v1/clusters/staging').expect(404);
    await rest.get(`/api/v1/snapshots/${ids.other}`).expect(404);
    await rest.delete('/api/v1/clusters/staging').expect(404);
  });

  it('lists the check catalog from the engine, PSS checks with their level and versions', async () => {
    const body = (await rest.get('/api/v1/checks').expect(200)).body as CheckCatalogResponse;
    expect(body.items.map((c) => c.id)).toEqual(CHECK_CATALOG.map((c) => c.id));
    expect(body.items.find((c) => c.id === 'pss.restricted.seccomp-profile')).toMatchObject({
      pssLevel: 'restricted',
      upstreamId: 'seccompProfile_restricted',
      versions: { since: 'v1.19', through: 'v1.37' },
    });
  });

  it('stores a CI scan and reads it back with its findings', async () => {
    const body = {
      repository: 'acme/web',
      branch: 'main',
      sarif: kubeScoreSarif([
        { rule: 'a', level: 'error', object: 'Deployment web' },
        { rule: 'b', level: 'warning', object: 'Deployment web' },
      ]),
    } satisfies ScanUpload;
    const created = await rest.post('/api/v1/scans').send(body).expect(201);
    const list = await rest.get('/api/v1/scans?repository=acme/web').expect(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
    await rest.get(`/api/v1/scans/${created.body.id}`).expect(200);
    const findings = await rest.get(`/api/v1/scans/${created.body.id}/findings`).expect(200);
    expect(findings.body.items).toHaveLength(2);
  });

  it("reads a snapshot's workloads, network and namespaces as the engine computed them", async () => {
    const analysis = engineAnalysis(seq.a);
    const workloads = await all<{ namespace: string; kind: string; name: string }>(
      `/api/v1/snapshots/${ids.a}/workloads`,
    );
    expect(workloads.length).toBe(analysis.workloads.length);
    const agent = analysis.workloads.find((w) => w.workload.name === 'log-agent');
    const one = await rest
      .get(`/api/v1/snapshots/${ids.a}/workloads/monitoring/DaemonSet/log-agent`)
      .expect(200);
    expect(one.body.level).toBe(agent?.level);
    const network = await rest.get(`/api/v1/snapshots/${ids.a}/network`).expect(200);
    const open = (network.body.isolation as { namespace: string; defaultDenyIngress: boolean }[])
      .filter((n) => !n.defaultDenyIngress)
      .map((n) => n.namespace);
    await rest.get(`/api/v1/snapshots/${ids.a}/network/matrix/shop/payments`).expect(200);
    const reach = await rest
      .get(
        `/api/v1/snapshots/${ids.a}/network/reach?from=shop/cart&to=payments/payments-api&port=8443`,
      )
      .expect(200);
    expect(typeof reach.body.allowed).toBe('boolean');
    const policy = await rest
      .get(`/api/v1/snapshots/${ids.a}/network/namespaces/${open[0]}/default-deny`)
      .expect(200);
    expect(policy.body.yaml).toContain(`namespace: "${open[0]}"`);
    const namespaces = await rest.get(`/api/v1/snapshots/${ids.a}/namespaces`).expect(200);
    expect(namespaces.body.items.map((n: { name: string }) => n.name).sort()).toEqual(
      analysis.namespaces.map((n) => n.name).sort(),
    );
  });

  it('suppresses issues by rule, lists and deletes the rule, and audits both', async () => {
    const privileged = [...expected.c.values()].filter(
      (f) => f.checkId === 'pss.baseline.privileged',
    );
    const created = await rest
      .post('/api/v1/suppressions')
      .send({ cluster: 'demo', check: 'pss.baseline.privileged', reason: 'accepted risk' })
      .expect(201);
    const held = await all<IssueResponse>('/api/v1/clusters/demo/issues?status=suppressed');
    expect(held.length).toBe(privileged.length);
    expect(held.every((i) => i.suppressed)).toBe(true);
    const open = await all<IssueResponse>('/api/v1/clusters/demo/issues?status=open');
    expect(open.length).toBe(expected.c.size - privileged.length);
    const list = await rest.get('/api/v1/suppressions').expect(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(created.body.id);
    await rest.get(`/api/v1/suppressions/${created.body.id}`).expect(200);
    await rest
      .delete(`/api/v1/suppressions/${created.body.id}`)
      .expect((r) => expect(r.status).toBeLessThan(300));
    const after = await rest.get('/api/v1/clusters/demo/issues?status=suppressed').expect(200);
    expect(after.body.items).toEqual([]);
    const audit = await rest.get('/api/v1/audit-events').expect(200);
    expect(audit.body.items.length).toBeGreaterThanOrEqual(2);
  });

  it('configures a webhook, never shows its secret again, and removes it', async () => {
    const created = await rest
      .post('/api/v1/webhooks')
      .send({ cluster: 'demo', url: 'http://127.0.0.1:9/hook', events: ['issues.opened'] })
      .expect(201);
    expect(typeof created.body.secret).toBe('string');
    const list = await rest.get('/api/v1/webhooks').expect(200);
    expect(list.body.items.map((w: { id: string }) => w.id)).toEqual([created.body.id]);
    const one = await rest.get(`/api/v1/webhooks/${created.body.id}`).expect(200);
    expect(one.body.secret).toBeUndefined();
    const deliveries = await rest.get(`/api/v1/webhooks/${created.body.id}/deliveries`).expect(200);
    expect(deliveries.body.items).toEqual([]);
    await rest
      .delete(`/api/v1/webhooks/${created.body.id}`)
      .expect((r) => expect(r.status).toBeLessThan(300));
    await rest.get(`/api/v1/webhooks/${created.body.id}`).expect(404);
  });

  it('creates a user restricted to a cluster and resets their password', async () => {
    const created = await rest
      .post('/api/v1/users')
      .send({ email: 'ada@example.test', role: 'viewer', clusters: ['demo'] })
      .expect(201);
    expect(created.body.user).toMatchObject({ email: 'ada@example.test', role: 'viewer' });
    const listed = await rest.get('/api/v1/users').expect(200);
    expect(listed.body.items.map((u: { email: string }) => u.email)).toContain('ada@example.test');
    const reset = await rest.post('/api/v1/users/ada%40example.test/password').send({}).expect(200);
    expect(reset.body.generatedPassword).not.toBe(created.body.generatedPassword);
    const changed = await rest
      .patch('/api/v1/users/ada%40example.test')
      .send({ role: 'triager', clusters: '*', disabled: true })
      .expect(200);
    expect(changed.body).toMatchObject({ role: 'triager', clusters: '*', disabled: true });
  });

  it('issues a token that reads, lists it without its secret, and revokes it', async () => {
    const created = await rest
      .post('/api/v1/tokens')
      .send({ name: 'e2e', scopes: ['read'] })
      .expect(201);
    const as = { authorization: `Bearer ${created.body.token}` };
    await request(api.server).get('/api/v1/clusters/demo').set(as).expect(200);
    const list = await rest.get('/api/v1/tokens').expect(200);
    const listed = list.body.items.find((t: { id: string }) => t.id === created.body.apiToken.id);
    expect(listed).toMatchObject({ name: 'e2e', scopes: ['read'] });
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    await rest
      .delete(`/api/v1/tokens/${created.body.apiToken.id}`)
      .expect((r) => expect(r.status).toBeLessThan(300));
    await request(api.server).get('/api/v1/clusters/demo').set(as).expect(401);
  });

  it('has exercised every operation of the OpenAPI document', () => {
    expect(rest.missed()).toEqual([]);
  });
});
