import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connectTestSql, type TestSql } from '@kordon/testing';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import type {
  MatrixCellResponse,
  NamespacesViewResponse,
  NetworkViewResponse,
  ReachAnswerResponse,
  ReachReport,
  ReadModelManifest,
  ScanReport,
  WorkloadDetailResponse,
  WorkloadPageResponse,
} from '@kordon/contracts';
import { decompressReadModelManifest } from '@kordon/db';
import { runCli } from '../../cli/src/__fixtures__/run-cli';
import { startWorker } from '../../worker/test/worker-harness';
import { startApi, type ApiHarness } from './api-harness';
import {
  demoLines,
  editContainers,
  serialize,
  uploadAndWait,
  waitForStatus,
} from './history-fixtures';

const CART = 'shop/Deployment/cart';
const PAYMENTS_API = 'payments/Deployment/payments-api';

describe('read model II: workloads, network and namespaces of stored snapshots', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let db: TestSql;
  let work: string;
  const files: string[] = [];
  const ids: string[] = [];
  const auth = () => ({ authorization: `Bearer ${api.adminToken}` });
  const get = (url: string) => request(api.server).get(url).set(auth());

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    db = connectTestSql(api.databaseUrl);
    work = mkdtempSync(path.join(tmpdir(), 'kordon-read-model-'));
    const demo = demoLines();
    const changed = structuredClone(demo.objects);
    // the second snapshot: cart now runs privileged (restricted/baseline → privileged)
    editContainers(changed, 'shop', 'cart', (c) => {
      c.securityContext = { ...c.securityContext, privileged: true };
    });
    const bodies = [
      serialize(demo.header, demo.objects),
      serialize({ ...demo.header, collectedAt: '2026-11-20T10:00:00Z' }, changed),
    ];
    for (const [i, body] of bodies.entries()) {
      const file = path.join(work, `snapshot-${i}.ndjson`);
      writeFileSync(file, body);
      files.push(file);
      const done = await uploadAndWait(api, 'demo', body);
      expect(done['status']).toBe('done');
      ids.push(done['id'] as string);
    }
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await db.end();
    await worker.close();
    await api.close();
  });

  it('shows log-agent privileged true with its source and the failing path', async () => {
    const res = await get(`/api/v1/snapshots/${ids[0]}/workloads/monitoring/DaemonSet/log-agent`);
    expect(res.status).toBe(200);
    const body = res.body as WorkloadDetailResponse;
    const privileged = body.containers.filter((c) => c.privileged.value === true);
    expect(privileged.length).toBeGreaterThan(0);
    expect(privileged[0]?.privileged.source).toBe('container');
    expect(body.level).toBe('privileged');
    const paths = body.pss.baseline.violations.flatMap((v) => v.fields.map((f) => f.path));
    expect(paths).toContain(
      `spec.containers[name=${privileged[0]?.name}].securityContext.privileged`,
    );
  });

  it('names cart → payments-api on TCP 8443 and the allowing policy in the shop → payments cell', async () => {
    const res = await get(`/api/v1/snapshots/${ids[0]}/network/matrix/shop/payments`);
    expect(res.status).toBe(200);
    const cell = res.body as MatrixCellResponse;
    const pair = cell.pairs.find((p) => p.from === CART && p.to === PAYMENTS_API);
    expect(pair).toBeDefined();
    expect(pair?.ports).toContainEqual({ protocol: 'TCP', port: 8443 });
    expect(pair?.ingressRules.map((r) => r.policy)).toContain('payments/api-from-shop');
    expect(
      cell.pairs.every((p) => p.from.startsWith('shop/') && p.to.startsWith('payments/')),
    ).toBe(true);
  });

  it.each([
    ['shop/cart', 'payments/payments-api', ['--port', '8443']],
    ['shop/frontend', 'payments/payments-api', ['--port', '8443']],
    [CART, PAYMENTS_API, ['--port', '53', '--protocol', 'UDP']],
    ['monitoring/log-agent', 'shop/cart', []],
  ])('answers %s → %s %j as kordon reach does for the same files', async (from, to, flags) => {
    for (const [i, file] of files.entries()) {
      const cli = await runCli([
        'reach',
        file,
        '--from',
        from,
        '--to',
        to,
        ...flags,
        '--format',
        'json',
      ]);
      const expected = (JSON.parse(cli.stdout) as ReachReport).question;
      const query: Record<string, string> = { from, to };
      if (flags[0] === '--port') query['port'] = flags[1] as string;
      if (flags[2] === '--protocol') query['protocol'] = flags[3] as string;
      const res = await get(`/api/v1/snapshots/${ids[i]}/network/reach`).query(query);
      expect(res.status).toBe(200);
      const { snapshotId, ...answer } = res.body as ReachAnswerResponse;
      expect(snapshotId).toBe(ids[i]);
      expect(answer).toEqual(expected);
    }
  });

  it('recommends for every namespace the level kordon scan recommends', async () => {
    const cli = await runCli(['scan', files[0] as string, '--format', 'json', '--fail-on', 'none']);
    const scan = JSON.parse(cli.stdout) as ScanReport;
    const res = await get(`/api/v1/snapshots/${ids[0]}/namespaces`);
    expect(res.status).toBe(200);
    const view = res.body as NamespacesViewResponse;
    const ours = Object.fromEntries(view.items.map((n) => [n.name, n.recommendedEnforce]));
    const theirs = Object.fromEntries(scan.namespaces.map((n) => [n.name, n.recommendedEnforce]));
    expect(Object.keys(theirs).length).toBeGreaterThan(2);
    expect(ours).toEqual(theirs);
    const shop = view.items.find((n) => n.name === 'shop');
    expect(shop?.command).toBe(
      `kubectl label --overwrite namespace shop pod-security.kubernetes.io/enforce=${shop?.recommendedEnforce} pod-security.kubernetes.io/enforce-version=${view.pssVersion}`,
    );
  });

  it("lists cart's level change between the two snapshots in its history", async () => {
    const before = await get(`/api/v1/snapshots/${ids[0]}/workloads/shop/Deployment/cart`);
    const after = await get(`/api/v1/snapshots/${ids[1]}/workloads/shop/Deployment/cart`);
    expect(after.status).toBe(200);
    const was = (before.body as WorkloadDetailResponse).level;
    const body = after.body as WorkloadDetailResponse;
    expect(was).not.toBe('privileged');
    expect(body.level).toBe('privileged');
    expect(body.history.levelChanges).toEqual([
      { at: '2026-11-20T09:00:00.000Z', snapshotId: ids[0], from: null, to: was },
      { at: '2026-11-20T10:00:00.000Z', snapshotId: ids[1], from: was, to: 'privileged' },
    ]);
    const opened = body.history.issues.filter((e) => e.openedSnapshotId === ids[1]);
    expect(opened.map((e) => e.checkId)).toContain('pss.baseline.privileged');
    expect(body.reach.canReach.map((p) => p.workload)).toContain(PAYMENTS_API);
  });

  it('lists workloads paged and filtered by namespace, kind, level and exposure', async () => {
    const all = (await get(`/api/v1/snapshots/${ids[0]}/workloads?limit=500`))
      .body as WorkloadPageResponse;
    expect(all.items.map((w) => w.id)).toContain('monitoring/DaemonSet/log-agent');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: WorkloadPageResponse = (
        await get(`/api/v1/snapshots/${ids[0]}/workloads`).query({
          limit: 2,
          ...(cursor ? { cursor } : {}),
        })
      ).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((w) => w.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((w) => w.id));
    const filtered = (
      await get(`/api/v1/snapshots/${ids[0]}/workloads`).query({
        namespace: 'monitoring',
        kind: 'DaemonSet',
        level: 'privileged',
      })
    ).body as WorkloadPageResponse;
    const expected = all.items.filter(
      (w) => w.namespace === 'monitoring' && w.kind === 'DaemonSet' && w.level === 'privileged',
    );
    expect(expected.map((w) => w.id)).toContain('monitoring/DaemonSet/log-agent');
    expect(filtered.items).toEqual(expected);
    const exposed = (await get(`/api/v1/snapshots/${ids[0]}/workloads?exposed=true`))
      .body as WorkloadPageResponse;
    expect(exposed.items.length).toBeGreaterThan(0);
    expect(exposed.items.every((w) => w.exposed)).toBe(true);
  });

  it('gives the default-deny NetworkPolicy for a namespace that is not isolated', async () => {
    const view = await get(`/api/v1/snapshots/${ids[0]}/network`);
    expect(view.status).toBe(200);
    expect(view.body.cni.verdict).toBe('enforces');
    const open = (view.body.isolation as { namespace: string; defaultDenyIngress: boolean }[]).find(
      (n) => !n.defaultDenyIngress,
    );
    expect(open).toBeDefined();
    const res = await get(
      `/api/v1/snapshots/${ids[0]}/network/namespaces/${open?.namespace}/default-deny`,
    );
    expect(res.status).toBe(200);
    expect(res.body.yaml).toContain('kind: NetworkPolicy');
    expect(res.body.yaml).toContain(`namespace: "${open?.namespace}"`);
  });

  it('stores a changed snapshot as the documents that changed', async () => {
    const { rows } = await db.query<{
      snapshot_id: string;
      new_documents: number;
      manifest: Buffer;
    }>('SELECT snapshot_id, new_documents, manifest FROM snapshot_read_model');
    const by = new Map(rows.map((r) => [r.snapshot_id, r]));
    const manifest = (id: string): ReadModelManifest =>
      decompressReadModelManifest((by.get(id) as { manifest: Buffer }).manifest);
    const [a, b] = [manifest(ids[0] as string), manifest(ids[1] as string)];
    const changed = b.namespaces.filter((ns) => {
      const before = a.namespaces.find((x) => x.name === ns.name);
      return before?.detail !== ns.detail || before?.network !== ns.network;
    });
    // only cart changed: its namespace's workloads document is new, every other namespace is shared
    expect(changed.map((ns) => ns.name)).toEqual(['shop']);
    expect(b.namespaces.find((ns) => ns.name === 'shop')?.network).toBe(
      a.namespaces.find((ns) => ns.name === 'shop')?.network,
    );
    expect(b.summary.matrix).toBe(a.summary.matrix);
    const second = by.get(ids[1] as string)?.new_documents ?? 0;
    expect(second).toBeGreaterThanOrEqual(1);
    expect(second).toBeLessThanOrEqual(3);
    expect(by.get(ids[0] as string)?.new_documents).toBe(3 + 2 * a.namespaces.length);
  });

  it('caps the network view lists at limit and pages the namespaces view, with totals', async () => {
    const whole = (await get(`/api/v1/snapshots/${ids[0]}/network?limit=20000`))
      .body as NetworkViewResponse;
    expect(whole.isolation.length).toBeGreaterThan(1);
    expect(whole.totals.isolation).toBe(whole.isolation.length);
    expect(whole.totals.exposures).toBe(whole.exposures.length);
    const one = (await get(`/api/v1/snapshots/${ids[0]}/network?limit=1`))
      .body as NetworkViewResponse;
    expect(one.isolation).toEqual(whole.isolation.slice(0, 1));
    expect(one.exposures).toEqual(whole.exposures.slice(0, 1));
    expect(one.totals).toEqual(whole.totals);
    expect(one.matrix).toEqual(whole.matrix);
    const all = (await get(`/api/v1/snapshots/${ids[0]}/namespaces?limit=500`))
      .body as NamespacesViewResponse;
    expect(all.total).toBe(all.items.length);
    expect(all.nextCursor).toBeNull();
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: NamespacesViewResponse = (
        await get(`/api/v1/snapshots/${ids[0]}/namespaces`).query({
          limit: 2,
          ...(cursor ? { cursor } : {}),
        })
      ).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.total).toBe(all.total);
      names.push(...page.items.map((n) => n.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(names).toEqual(all.items.map((n) => n.name));
    expect([...names].sort()).toEqual(names);
    const bad = await get(`/api/v1/snapshots/${ids[0]}/network?limit=0`);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('query.limit');
  });

  it('refuses bad questions with a 4xx naming the field', async () => {
    const port = await get(`/api/v1/snapshots/${ids[0]}/network/reach`).query({
      from: CART,
      to: PAYMENTS_API,
      port: 'https',
    });
    expect(port.status).toBe(400);
    expect(port.body.details[0].path).toBe('query.port');
    const unknown = await get(`/api/v1/snapshots/${ids[0]}/network/reach`).query({
      from: 'shop/nope',
      to: PAYMENTS_API,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.details[0].path).toBe('query.from');
    const level = await get(`/api/v1/snapshots/${ids[0]}/workloads?level=root`);
    expect(level.status).toBe(400);
    expect(level.body.details[0].path).toBe('query.level');
  });

  it('asks to reanalyze a snapshot analyzed before read models were stored, then answers', async () => {
    const demo = demoLines();
    const old = await uploadAndWait(
      api,
      'demo',
      serialize({ ...demo.header, collectedAt: '2026-11-19T09:00:00Z' }, demo.objects),
    );
    const id = old['id'] as string;
    // as a snapshot analyzed before this change: no read model stored
    await db.query('DELETE FROM snapshot_read_model WHERE snapshot_id = $1', [id]);
    const stale = await get(`/api/v1/snapshots/${id}/namespaces`);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('reanalysis_required');
    expect(stale.body.message).toContain('reanalyze');
    // as retention leaves it once the raw body is gone, when no reanalysis can bring it back
    await db.query('UPDATE snapshot SET raw_purged_at = now() WHERE id = $1', [id]);
    const expired = await get(`/api/v1/snapshots/${id}/network`);
    expect(expired.status).toBe(409);
    expect(expired.body.code).toBe('conflict');
    expect(expired.body.message).toContain('deleted by retention');
    await db.query('UPDATE snapshot SET raw_purged_at = NULL WHERE id = $1', [id]);
    const queued = await request(api.server).post(`/api/v1/snapshots/${id}/reanalyze`).set(auth());
    expect(queued.status).toBeLessThan(300);
    await waitForStatus(api, id, ['done']);
    const fresh = await get(`/api/v1/snapshots/${id}/namespaces`);
    expect(fresh.status).toBe(200);
  });
});
