import type { INestApplicationContext } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import { startWorker } from '../../worker/test/worker-harness';
import type { ScanUpload } from '@kordon/contracts';
import { startApi, type ApiHarness } from './api-harness';
import { kubeScoreSarif } from './ci/kube-score-sarif';
import * as docs from './graphql-documents';
import { schemaFields, selectedFields } from './graphql-field-coverage';
import { demoLines, historySequence, uploadAndWait } from './history-fixtures';

/** GraphQL answers, read loosely (supertest types its body as `any` anyway). */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The demo history (docs: history-fixtures): (a) 11-20, (b) 11-21 log-agent fixed + cart hostPort, (c) 11-22 = (a). */
describe('GraphQL read model over a seeded history', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let token: string;
  const ids = { a: '', b: '', c: '' };

  async function gql(query: string, variables: Json = {}): Promise<Json> {
    const res = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({ query, variables });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data;
  }
  const rest = async (url: string) =>
    (await request(api.server).get(url).set('authorization', `Bearer ${token}`)).body;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    token = await api.issueToken(['read']);
    const seq = historySequence();
    for (const key of ['a', 'b', 'c'] as const) {
      const s = await uploadAndWait(api, 'demo', seq[key]);
      ids[key] = s['id'] as string;
    }
  }, 120_000);
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('lists the cluster with its snapshot count and latest snapshot, as a Relay connection', async () => {
    const { clusters } = await gql(docs.CLUSTERS, { first: 10 });
    expect(clusters.nodes).toEqual([{ name: 'demo' }]);
    expect(clusters.edges[0].node).toMatchObject({
      name: 'demo',
      snapshotCount: 3,
      formerNames: [],
      latestSnapshot: { id: ids.c, status: 'done' },
    });
    expect(clusters.edges[0].node.createdAt).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    );
    expect(clusters.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: clusters.edges[0].cursor,
      endCursor: clusters.edges[0].cursor,
    });
    const after = await gql(docs.CLUSTERS, { first: 10, after: clusters.pageInfo.endCursor });
    expect(after.clusters.nodes).toEqual([]);
  });

  it('pages snapshots newest first, each edge cursor resuming right after its node', async () => {
    const page = (await gql(docs.SNAPSHOTS_PAGE, { name: 'demo', first: 2 })).cluster.snapshots;
    expect(page.edges.map((e: Json) => e.node.id)).toEqual([ids.c, ids.b]);
    expect(page.edges.map((e: Json) => e.node.collectedAt)).toEqual([
      '2026-11-22T09:00:00.000Z',
      '2026-11-21T09:00:00.000Z',
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const fromFirst = (
      await gql(docs.SNAPSHOTS_PAGE, { name: 'demo', first: 5, after: page.edges[0].cursor })
    ).cluster.snapshots;
    expect(fromFirst.edges.map((e: Json) => e.node.id)).toEqual([ids.b, ids.a]);
    expect(fromFirst.pageInfo.hasNextPage).toBe(false);
  });

  it('answers a snapshot with DateTime and enum fields, its counts equal to REST', async () => {
    const { snapshot } = await gql(docs.SNAPSHOT, { id: ids.b });
    const viaRest = await rest(`/api/v1/snapshots/${ids.b}`);
    expect(snapshot).toMatchObject({
      id: ids.b,
      clusterName: 'demo',
      cluster: { name: 'demo' },
      status: 'done',
      source: 'upload',
      collectedAt: '2026-11-21T09:00:00.000Z',
      kubernetesVersion: 'v1.31.4',
      objectCount: demoLines().objects.filter((o) => o.kind !== 'NetworkPolicy').length,
      failureReason: null,
      appliedLifecycle: true,
      rawPurgedAt: null,
      namespaces: 4,
    });
    expect(snapshot.counts).toEqual(viaRest.counts);
    expect(snapshot.counts.total).toBe(
      snapshot.counts.critical +
        snapshot.counts.high +
        snapshot.counts.medium +
        snapshot.counts.low +
        snapshot.counts.info,
    );
    expect(snapshot.written).toEqual({ ...viaRest.written });
    expect(snapshot.written.postureRows).toBe(5);
    expect(snapshot.rowsWritten).toBe(viaRest.rowsWritten);
    expect(snapshot.timings.analysisMs).toBeGreaterThanOrEqual(0);
    expect(snapshot.posture.snapshotId).toBe(ids.b);
    expect(snapshot.posture.levels.privileged).toBeGreaterThanOrEqual(1);
  });

  it("answers the findings open at (b): cart's new hostPort, not log-agent's fixed privileged", async () => {
    const page = (await gql(docs.FINDINGS, { id: ids.b, first: 500 })).snapshot.findings;
    const keys = page.nodes.length ? page.edges.map((e: Json) => e.node) : [];
    expect(keys.some((f: Json) => f.name === 'cart' && /host-port/.test(f.checkId))).toBe(true);
    expect(
      keys.some((f: Json) => f.name === 'log-agent' && f.checkId === 'pss.baseline.privileged'),
    ).toBe(false);
    const viaRest = await rest(`/api/v1/snapshots/${ids.b}/findings?limit=500`);
    expect(keys.map((f: Json) => f.id)).toEqual(viaRest.items.map((f: Json) => f.id));
    const hostPort = keys.find((f: Json) => f.name === 'cart' && /host-port/.test(f.checkId));
    expect(hostPort).toMatchObject({ namespace: 'shop', firstSeenAt: '2026-11-21T09:00:00.000Z' });
    expect(JSON.parse(hostPort.observedJson)).toBe(9090);
    const critical = (await gql(docs.FINDINGS, { id: ids.b, severity: 'critical' })).snapshot;
    expect(critical.findings.nodes.length).toBe(
      viaRest.items.filter((f: Json) => f.severity === 'critical').length,
    );
    const two = (await gql(docs.FINDINGS, { id: ids.b, first: 2 })).snapshot.findings;
    const resumed = (await gql(docs.FINDINGS, { id: ids.b, first: 2, after: two.edges[0].cursor }))
      .snapshot.findings;
    expect(resumed.nodes[0].id).toBe(two.nodes[1].id);
  });

  it('answers the issue lifecycle: log-agent reopened once, the hostPort issue resolved as fixed', async () => {
    const issues = (await gql(docs.ISSUES, { name: 'demo', first: 500 })).cluster.issues;
    const nodes = issues.edges.map((e: Json) => e.node);
    expect(
      nodes.find((i: Json) => i.name === 'log-agent' && i.checkId === 'pss.baseline.privileged'),
    ).toMatchObject({ open: true, reopenCount: 1, resolvedAt: null, resolvedReason: null });
    const hostPort = nodes.filter((i: Json) => i.name === 'cart' && /host-port/.test(i.checkId));
    expect(hostPort.length).toBeGreaterThan(0);
    for (const i of hostPort)
      expect(i).toMatchObject({
        open: false,
        resolvedReason: 'fixed',
        resolvedAt: '2026-11-22T09:00:00.000Z',
      });
    const resolved = (await gql(docs.ISSUES, { name: 'demo', status: 'resolved', first: 500 }))
      .cluster.issues.nodes;
    expect(resolved.map((i: Json) => i.id).sort()).toEqual(
      nodes
        .filter((i: Json) => !i.open)
        .map((i: Json) => i.id)
        .sort(),
    );
    const late = (
      await gql(docs.ISSUES, {
        name: 'demo',
        firstSeenAfter: '2026-11-20T12:00:00Z',
        firstSeenBefore: '2026-11-23T00:00:00Z',
        severity: hostPort[0].severity,
      })
    ).cluster.issues.nodes;
    const severity = hostPort[0].severity;
    expect(late.map((i: Json) => i.id).sort()).toEqual(
      nodes
        .filter(
          (i: Json) => i.firstSeenAt === '2026-11-21T09:00:00.000Z' && i.severity === severity,
        )
        .map((i: Json) => i.id)
        .sort(),
    );
    expect(late.map((i: Json) => i.id)).toContain(hostPort[0].id);
    expect((await gql(docs.ISSUES, { name: 'demo', status: 'new' })).cluster.issues.nodes).toEqual(
      [],
    );
  });

  it('filters and sorts issues as REST does: namespace, workload, kind, check prefix, free text, sort', async () => {
    const query = { check: 'pss.baseline.', q: 'LOG-AGENT', sort: '-firstSeen' };
    const viaRest = await rest(
      '/api/v1/clusters/demo/issues?check=pss.baseline.&q=LOG-AGENT&sort=-firstSeen&limit=500',
    );
    const found = (
      await gql(docs.ISSUES, { name: 'demo', first: 500, ...query, sort: 'firstSeenDesc' })
    ).cluster.issues.nodes;
    expect(found.map((i: Json) => i.id)).toEqual(viaRest.items.map((i: Json) => i.id));
    const full = (
      await gql(docs.ISSUES, { name: 'demo', first: 500, check: 'pss.baseline.', q: 'log-agent' })
    ).cluster.issues.edges.map((e: Json) => e.node);
    expect(full.length).toBeGreaterThan(0);
    expect(
      full.every((i: Json) => i.name === 'log-agent' && i.checkId.startsWith('pss.baseline.')),
    ).toBe(true);
    expect(full.map((i: Json) => i.checkId)).toContain('pss.baseline.privileged');
    const exact = (
      await gql(docs.ISSUES, {
        name: 'demo',
        namespace: 'monitoring',
        workload: 'log-agent',
        kind: 'DaemonSet',
        check: 'pss.baseline.privileged',
      })
    ).cluster.issues.nodes;
    expect(exact).toHaveLength(1);
    expect(
      (
        await gql(docs.ISSUES, {
          name: 'demo',
          namespace: 'monitoring',
          kind: 'Deployment',
          workload: 'log-agent',
        })
      ).cluster.issues.nodes,
    ).toEqual([]);
    // every edge of a sorted page resumes right after its node, in that sort
    for (const sort of ['namespace', 'check', 'firstSeen', 'firstSeenDesc', 'severity']) {
      const page = (await gql(docs.ISSUES, { name: 'demo', first: 4, sort })).cluster.issues;
      const resumed = (
        await gql(docs.ISSUES, { name: 'demo', first: 2, sort, after: page.edges[1].cursor })
      ).cluster.issues.nodes;
      expect(resumed).toEqual(page.nodes.slice(2, 4));
    }
    const byNamespace = (
      await gql(docs.ISSUES, { name: 'demo', first: 500, sort: 'namespace' })
    ).cluster.issues.edges.map((e: Json) => `${e.node.namespace}/${e.node.name}`);
    expect(byNamespace).toEqual([...byNamespace].sort());
    const bad = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({ query: docs.ISSUES, variables: { name: 'demo', q: '' } });
    expect(bad.body.errors[0].extensions).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'query.q' }],
    });
  });

  it('answers the check catalog as GET /checks does', async () => {
    const { checks } = await gql(docs.CHECKS);
    const viaRest = await rest('/api/v1/checks');
    expect(checks.catalogVersion).toBe(viaRest.catalogVersion);
    expect(checks.engineVersion).toBe(viaRest.engineVersion);
    expect(checks.items).toEqual(viaRest.items);
    expect(checks.items.find((c: Json) => c.id === 'pss.baseline.privileged')).toMatchObject({
      family: 'pss',
      pssLevel: 'baseline',
      upstreamId: 'privileged',
      versions: { since: 'v1.0' },
    });
  });

  it('answers the posture series from the rollups, per day and per namespace', async () => {
    const { posture } = (
      await gql(docs.POSTURE, {
        name: 'demo',
        from: '2026-11-19T00:00:00Z',
        to: '2026-11-23T00:00:00Z',
      })
    ).cluster;
    expect(posture).toMatchObject({
      cluster: 'demo',
      bucket: 'day',
      from: '2026-11-19T00:00:00.000Z',
      to: '2026-11-23T00:00:00.000Z',
    });
    const [pa, pb, pc] = posture.points;
    expect(posture.points.map((p: Json) => p.snapshotId)).toEqual([ids.a, ids.b, ids.c]);
    expect(pa.score).toBe(pc.score);
    expect(pa.defaultDeny).toEqual({ ingress: 2, egress: 1 });
    expect(pa.parts.podSecurity.weight).toBe(40);
    expect(pb.levels.privileged).toBeGreaterThanOrEqual(1);
    expect(posture.namespaces.map((n: Json) => n.namespace)).toEqual([
      'kube-system',
      'monitoring',
      'payments',
      'shop',
    ]);
    const shop = posture.namespaces.find((n: Json) => n.namespace === 'shop');
    expect(shop.points[0].defaultDeny.ingress).toBe(1);
    const viaRest = await rest('/api/v1/clusters/demo/posture?from=2026-11-19&to=2026-11-22');
    expect(posture.points.map((p: Json) => p.score)).toEqual(
      viaRest.points.map((p: Json) => p.score),
    );
    const weekly = (
      await gql(docs.POSTURE, {
        name: 'demo',
        from: '2026-11-01T00:00:00Z',
        to: '2026-12-01T00:00:00Z',
        bucket: 'week',
      })
    ).cluster.posture;
    expect(weekly.points.at(-1).snapshotId).toBe(ids.c);
  });

  it('diffs (c) against (b): issues, workload levels and namespace reach', async () => {
    const { diff } = (await gql(docs.DIFF, { id: ids.c, against: ids.b })).snapshot;
    expect(diff.snapshot).toEqual({ id: ids.c, collectedAt: '2026-11-22T09:00:00.000Z' });
    expect(diff.against).toEqual({ id: ids.b, collectedAt: '2026-11-21T09:00:00.000Z' });
    expect(diff.limit).toBe(100);
    expect(diff.issues.new.map((i: Json) => `${i.checkId}|${i.name}`)).toContain(
      'pss.baseline.privileged|log-agent',
    );
    expect(diff.issues.resolved.some((i: Json) => i.name === 'cart')).toBe(true);
    expect(diff.issues.counts.new).toBe(diff.issues.new.length);
    expect(diff.issues.counts.unchanged).toBeGreaterThan(0);
    expect(diff.workloads.levelChanged).toContainEqual({
      id: 'shop/Deployment/cart',
      from: 'privileged',
      to: expect.not.stringMatching('privileged'),
    });
    expect(diff.reach.complete).toBe(true);
    expect(diff.reach.counts.becameUnreachable).toBe(diff.reach.becameUnreachable.length);
    expect(diff.reach.counts.becameUnreachable).toBeGreaterThan(0);
    const viaRest = await rest(`/api/v1/snapshots/${ids.c}/diff?against=${ids.b}`);
    expect(diff.reach.becameUnreachable).toEqual(
      viaRest.reach.becameUnreachable.map(([from, to]: string[]) => ({ from, to })),
    );
    expect(diff.workloads.counts).toEqual(viaRest.workloads.counts);
    const capped = (await gql(docs.DIFF, { id: ids.c, against: ids.b, limit: 0 })).snapshot.diff;
    expect(capped.issues.new).toEqual([]);
    expect(capped.issues.counts).toEqual(diff.issues.counts);
  });

  it('answers CI scans per repository and branch, with the gate and paged findings', async () => {
    const upload = (branch: string, rules: string[]) =>
      request(api.server)
        .post('/api/v1/scans')
        .set('authorization', `Bearer ${api.adminToken}`)
        .send({
          repository: 'acme/api',
          commit: `c-${branch}`,
          branch,
          defaultBranch: 'main',
          sarif: kubeScoreSarif(
            rules.map((rule) => ({ rule, level: rule === 'z' ? 'error' : 'warning', object: 'x' })),
          ),
        } satisfies ScanUpload)
        .expect(201);
    await upload('main', ['a']);
    const feature = (await upload('feature/x', ['a', 'z'])).body;
    const { scans } = await gql(docs.SCANS, { repository: 'acme/api', branch: 'feature/x' });
    expect(scans.nodes).toEqual([{ id: feature.id }]);
    const scan = scans.edges[0].node;
    expect(scan).toMatchObject({
      repository: 'acme/api',
      tool: 'kube-score',
      format: 'sarif',
      branch: 'feature/x',
      commit: 'c-feature/x',
      baseBranch: 'main',
      verdict: 'fail',
      counts: { high: 1, medium: 1, critical: 0, suppressed: 0 },
      gate: {
        requested: false,
        failOn: 'high',
        base: { branch: 'main', commit: 'c-main' },
        suppressedNew: 0,
      },
    });
    expect(scan.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    expect(scan.gate.newFindings.map((f: Json) => f.ruleId)).toEqual(['z']);
    const one = (await gql(docs.SCAN, { id: feature.id, first: 1 })).scan.findings;
    expect(one.pageInfo.hasNextPage).toBe(true);
    const both = await gql(docs.SCAN, { id: feature.id, first: 5 });
    expect(both.scan.findings.nodes.map((f: Json) => f.ruleId)).toEqual(['z', 'a']);
    const after = both.scan.findings.edges[0].cursor;
    const resumed = await gql(docs.SCAN, { id: feature.id, first: 5, after });
    expect(resumed.scan.findings.nodes).toEqual([{ ruleId: 'a' }]);
    expect(both.scan.findings.edges[1].node).toMatchObject({
      tool: 'kube-score',
      severity: 'medium',
      location: 'deploy/app.yaml',
      suppressed: false,
    });
  });

  it('suppresses a check by mutation: its issues list as suppressed, the audit log names who, deleting restores', async () => {
    const triager = await api.issueToken(['read', 'suppress'], []);
    const asTriager = (query: string, variables: Json) =>
      request(api.server)
        .post('/graphql')
        .set('authorization', `Bearer ${triager}`)
        .send({ query, variables });
    const created = await asTriager(docs.CREATE_SUPPRESSION, {
      input: {
        check: 'pss.baseline.privileged',
        cluster: 'demo',
        namespace: 'monitoring',
        reason: 'node agent needs the host',
        expires: '2099-01-01',
      },
    });
    expect(created.body.errors).toBeUndefined();
    const s = created.body.data.createSuppression;
    expect(s).toMatchObject({
      check: 'pss.baseline.privileged',
      cluster: 'demo',
      namespace: 'monitoring',
      repository: null,
      reason: 'node agent needs the host',
      active: true,
      expiresAt: expect.stringMatching(/^2099-01-0[12]T/),
    });
    try {
      const listed = await gql(docs.SUPPRESSIONS, { cluster: 'demo', id: s.id });
      expect(listed.suppressions.nodes).toEqual([{ id: s.id }]);
      expect(listed.suppression).toEqual({ id: s.id, reason: 'node agent needs the host' });
      expect(listed.suppressions.edges[0].node.createdAt).toMatch(/Z$/);
      const suppressed = (
        await gql(docs.ISSUES, { name: 'demo', status: 'suppressed', first: 500 })
      ).cluster.issues.edges.map((e: Json) => e.node);
      expect(suppressed.length).toBeGreaterThan(0);
      expect(suppressed.every((i: Json) => i.suppressed && i.open)).toBe(true);
      expect([...new Set(suppressed.map((i: Json) => `${i.checkId}|${i.namespace}`))]).toEqual([
        'pss.baseline.privileged|monitoring',
      ]);
      const audit = (
        await request(api.server)
          .post('/graphql')
          .set('authorization', `Bearer ${api.adminToken}`)
          .send({ query: docs.AUDIT_EVENTS, variables: { targetType: 'suppression' } })
      ).body.data.auditEvents;
      expect(audit.edges[0].node).toMatchObject({
        action: 'suppression.create',
        targetId: s.id,
        actor: 'test read,suppress',
      });
      expect(JSON.parse(audit.edges[0].node.details)).toMatchObject({
        checkId: 'pss.baseline.privileged',
        namespace: 'monitoring',
      });
    } finally {
      const deleted = await asTriager(docs.DELETE_SUPPRESSION, { id: s.id });
      expect(deleted.body.data).toEqual({ deleteSuppression: true });
    }
    const after = (await gql(docs.ISSUES, { name: 'demo', status: 'suppressed' })).cluster.issues;
    expect(after.nodes).toEqual([]);
  });

  it('answers errors in the registry shape naming the argument', async () => {
    const res = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({ query: docs.POSTURE, variables: { name: 'demo', from: 'yesterday' } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('validation_failed');
    expect(res.body.errors[0].message).toMatch(/DateTime must be an RFC 3339 date-time/);
    const unknown = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({ query: docs.POSTURE, variables: { name: 'nope' } });
    expect(unknown.body.errors[0].extensions).toMatchObject({
      code: 'not_found',
      details: [{ path: 'name' }],
    });
  });

  it('selects every field of the schema in the documents above (add a document when this fails)', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const selected = selectedFields(schema, docs.ALL_DOCUMENTS);
    const missing = [...schemaFields(schema)].filter((f) => !selected.has(f)).sort();
    expect(missing).toEqual([]);
  });
});
