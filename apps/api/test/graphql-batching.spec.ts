import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { startWorker } from '../../worker/test/worker-harness';
import type { Database } from '@kordon/db';
import { DATABASE } from '../src/infrastructure/tokens';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, editContainers, serialize, uploadAndWait } from './history-fixtures';

const CLUSTERS = 21;
const DIFFS = 21;

/** Each of a cluster's snapshots diffed against its oldest. */
const DIFF_QUERY = `query($n: Int!, $against: ID!) {
  cluster(name: "z-diffs") {
    snapshots(first: $n) {
      nodes {
        id
        diff(against: $against, limit: 3) {
          against { id }
          issues { counts { new resolved unchanged } new { checkId name } }
          workloads { counts { added removed levelChanged } levelChanged { id from to } }
          reach { complete }
        }
      }
    }
  }
}`;

/** Every per-parent field that reads the database, under N clusters × 2 snapshots. */
const QUERY = `query($n: Int!) {
  clusters(first: $n) {
    nodes {
      name
      latestSnapshot { status cluster { name } posture { score } }
      snapshots(first: 2) {
        nodes {
          id
          cluster { name }
          posture { workloads }
          findings(first: 3) { nodes { checkId severity } }
        }
      }
      posture(from: "2026-11-01T00:00:00Z", to: "2026-12-01T00:00:00Z") {
        points { score }
        namespaces { namespace points { snapshotId workloads } }
      }
      issues(first: 3, status: open) { nodes { checkId namespace name } }
      filtered: issues(first: 2, check: "pss.", q: "log-agent") { nodes { name } }
    }
  }
}`;

describe('GraphQL batched loading (DataLoader)', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let statements: string[] | null = null;
  const diffIds: string[] = [];

  /** Runs the query, recording every SQL statement the API's database sends meanwhile. */
  async function run(n: number, query = QUERY, extra: Record<string, unknown> = {}) {
    statements = [];
    const res = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${api.adminToken}`)
      .send({ query, variables: { n, ...extra } });
    const seen = statements;
    statements = null;
    expect(res.body.errors).toBeUndefined();
    return { data: res.body.data, statements: seen };
  }

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    const demo = demoLines();
    for (let i = 0; i < CLUSTERS; i += 1) {
      const name = `c${String(i).padStart(2, '0')}`;
      for (const day of ['20', '21']) {
        const header = {
          ...demo.header,
          cluster: { name, kubernetesVersion: 'v1.31.4' },
          collectedAt: `2026-11-${day}T09:00:00Z`,
        };
        const done = await uploadAndWait(api, name, serialize(header, demo.objects));
        expect(done['status']).toBe('done');
      }
    }
    // one more cluster, sorted after the others, with 21 snapshots in order: 21 diffs
    for (let day = 1; day <= DIFFS; day += 1) {
      const header = {
        ...demo.header,
        cluster: { name: 'z-diffs', kubernetesVersion: 'v1.31.4' },
        collectedAt: `2026-11-${String(day).padStart(2, '0')}T09:00:00Z`,
      };
      const objects = structuredClone(demo.objects);
      // from day 2 on, cart runs privileged on odd days: its level and issues change
      if (day > 1 && day % 2 === 1)
        editContainers(objects, 'shop', 'cart', (c) => {
          c.securityContext = { ...c.securityContext, privileged: true };
        });
      const done = await uploadAndWait(api, 'z-diffs', serialize(header, objects));
      expect(done['status']).toBe('done');
      diffIds.push(done['id'] as string);
    }
    await worker.close();
    api.app.get<Database>(DATABASE).onStatement((sql) => statements?.push(sql));
  }, 240_000);
  afterAll(async () => api.close());

  it(`reads ${CLUSTERS} clusters × 2 snapshots with as many SQL statements as 1 cluster`, async () => {
    const one = await run(1);
    const many = await run(CLUSTERS);
    expect(many.data.clusters.nodes).toHaveLength(CLUSTERS);
    // One statement per loader and depth, whatever the number of parents: the cluster list,
    // latest snapshots, snapshot pages, posture series, findings pages, issue pages (one per
    // filter: two), namespace series, and clusters and posture points (each asked at two
    // depths, so one or two batches depending on timing).
    for (const run of [one, many]) {
      expect(run.statements.length).toBeGreaterThanOrEqual(10);
      expect(run.statements.length).toBeLessThanOrEqual(12);
    }
    expect(new Set(many.statements)).toEqual(new Set(one.statements));
  });

  it('answers each parent with its own rows', async () => {
    const { data } = await run(CLUSTERS);
    const nodes = data.clusters.nodes as {
      name: string;
      latestSnapshot: { status: string; cluster: { name: string } };
      snapshots: { nodes: { cluster: { name: string }; findings: { nodes: unknown[] } }[] };
      posture: {
        points: { score: number }[];
        namespaces: { namespace: string; points: unknown[] }[];
      };
      issues: { nodes: { checkId: string; namespace: string; name: string }[] };
      filtered: { nodes: { name: string }[] };
    }[];
    expect(nodes.map((c) => c.name)).toEqual(
      Array.from({ length: CLUSTERS }, (_, i) => `c${String(i).padStart(2, '0')}`),
    );
    for (const c of nodes) {
      expect(c.latestSnapshot).toMatchObject({ status: 'done', cluster: { name: c.name } });
      expect(c.snapshots.nodes.map((s) => s.cluster.name)).toEqual([c.name, c.name]);
      expect(c.snapshots.nodes.every((s) => s.findings.nodes.length === 3)).toBe(true);
      expect(c.posture.points).toHaveLength(2);
      expect(c.posture.namespaces.map((n) => n.namespace)).toEqual([
        'kube-system',
        'monitoring',
        'payments',
        'shop',
      ]);
      expect(c.posture.namespaces.every((n) => n.points.length === 2)).toBe(true);
      expect(c.issues.nodes).toHaveLength(3);
      expect(c.filtered.nodes.map((i) => i.name)).toEqual(['log-agent', 'log-agent']);
    }
    // the batched reads answer for each cluster what they answer for it alone
    const alone = await run(1);
    expect(alone.data.clusters.nodes[0]).toEqual(nodes[0]);
  });

  it(`diffs ${DIFFS} snapshots against one with as many SQL statements as 1`, async () => {
    const against = diffIds[0] as string;
    const one = await run(1, DIFF_QUERY, { against });
    const many = await run(DIFFS, DIFF_QUERY, { against });
    // the caller's token, the cluster, its snapshot page, the `against` snapshot, the diffs'
    // snapshots, issue sets, issue rows, workload changes and posture rows — whatever the
    // number of parents
    expect(many.statements.length).toBe(one.statements.length);
    expect(many.statements.length).toBeLessThanOrEqual(10);
    expect(new Set(many.statements)).toEqual(new Set(one.statements));
    const nodes = many.data.cluster.snapshots.nodes as {
      id: string;
      diff: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    }[];
    expect(nodes).toHaveLength(DIFFS);
    for (const node of nodes) {
      expect(node.diff.against).toEqual({ id: against });
      const viaRest = await request(api.server)
        .get(`/api/v1/snapshots/${node.id}/diff?against=${against}&limit=3`)
        .set('authorization', `Bearer ${api.adminToken}`)
        .expect(200);
      expect(node.diff.issues.counts).toEqual(viaRest.body.issues.counts);
      expect(node.diff.workloads.counts).toEqual(viaRest.body.workloads.counts);
      expect(node.diff.workloads.levelChanged).toEqual(viaRest.body.workloads.levelChanged);
      expect(node.diff.issues.new.map((i: { checkId: string }) => i.checkId)).toEqual(
        viaRest.body.issues.new.map((i: { checkId: string }) => i.checkId),
      );
    }
    // odd days (cart privileged) differ from the first; even days do not
    const byDay = [...nodes].reverse();
    expect(byDay[2]?.diff.workloads.levelChanged).toEqual([
      { id: 'shop/Deployment/cart', from: expect.any(String), to: 'privileged' },
    ]);
    expect(byDay[2]?.diff.issues.new.map((i: { name: string }) => i.name)).toContain('cart');
    expect(byDay[1]?.diff.workloads.counts).toEqual({ added: 0, removed: 0, levelChanged: 0 });
  });
});
