import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connectTestSql } from '@kordon/testing';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import type { ReachPorts, ReachReport, ScanReport } from '@kordon/contracts';
import { runCli } from '../../cli/src/__fixtures__/run-cli';
import { startWorker } from '../../worker/test/worker-harness';
import { startApi, type ApiHarness } from './api-harness';
import * as docs from './graphql-documents';
import { demoLines, editContainers, serialize, uploadAndWait } from './history-fixtures';

/** GraphQL answers, read loosely (supertest types its body as `any` anyway). */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CART = 'shop/Deployment/cart';
const PAYMENTS_API = 'payments/Deployment/payments-api';

/** GraphQL's `ReachPorts {all, list}` as `kordon reach` writes ports (`"all"` or the list, no null endPort). */
function cliPorts(ports: Json): ReachPorts {
  if (ports['all']) return 'all';
  return (ports['list'] as Json[]).map(({ endPort, ...p }) => ({
    ...(p as { protocol: 'TCP'; port: number | null }),
    ...(endPort === null ? {} : { endPort }),
  }));
}

/** The demo (20 Nov 09:00), then the same with cart's containers privileged (10:00). */
describe('GraphQL read model II: workloads, network and namespaces of stored snapshots', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let token: string;
  let work: string;
  const files: string[] = [];
  const ids: string[] = [];

  async function post(query: string, variables: Json, bearer = token) {
    return request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${bearer}`)
      .send({ query, variables });
  }
  async function gql(query: string, variables: Json): Promise<Json> {
    const res = await post(query, variables);
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data.snapshot;
  }
  const rest = async (url: string) =>
    (await request(api.server).get(url).set('authorization', `Bearer ${token}`)).body;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    token = await api.issueToken(['read']);
    work = mkdtempSync(path.join(tmpdir(), 'kordon-gql-read-model-'));
    const demo = demoLines();
    const changed = structuredClone(demo.objects);
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
  }, 120_000);
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await worker.close();
    await api.close();
  });

  it('shows log-agent privileged true with its source, the failing path and its reach', async () => {
    const ref = { namespace: 'monitoring', kind: 'DaemonSet', name: 'log-agent' };
    const w = (await gql(docs.WORKLOAD, { id: ids[0], ...ref })).workload;
    expect(w).toMatchObject({
      snapshotId: ids[0],
      id: 'monitoring/DaemonSet/log-agent',
      level: 'privileged',
      pss: { baseline: { allowed: false } },
    });
    const privileged = w.containers.filter((c: Json) => c.privileged.value === true);
    expect(privileged.length).toBeGreaterThan(0);
    expect(privileged[0].privileged).toEqual({ value: true, source: 'container' });
    const violation = w.pss.baseline.violations.find((v: Json) => v.check === 'privileged');
    expect(violation.checkLevel).toBe('baseline');
    expect(violation.fields).toContainEqual({
      container: privileged[0].name,
      path: `spec.containers[name=${privileged[0].name}].securityContext.privileged`,
      observedJson: 'true',
      expected: expect.any(String),
    });
    const viaRest = await rest(
      `/api/v1/snapshots/${ids[0]}/workloads/monitoring/DaemonSet/log-agent`,
    );
    expect(w.containers.map((c: Json) => [c.name, c.type, c.image])).toEqual(
      viaRest.containers.map((c: Json) => [c.name, c.type, c.image]),
    );
    for (const [i, c] of w.containers.entries())
      expect(JSON.parse(c.seccompProfile.valueJson ?? 'null')).toEqual(
        viaRest.containers[i].seccompProfile.value,
      );
    expect(w.reach.canReach.map((p: Json) => p.workload)).toEqual(
      viaRest.reach.canReach.map((p: Json) => p.workload),
    );
    expect(w.reach.canReach.map((p: Json) => cliPorts(p.ports))).toEqual(
      viaRest.reach.canReach.map((p: Json) => p.ports),
    );
    expect(w.history.levelChanges).toEqual([
      { at: '2026-11-20T09:00:00.000Z', snapshotId: ids[0], from: null, to: 'privileged' },
    ]);
    expect(w.history.issues.map((e: Json) => e.checkId)).toContain('pss.baseline.privileged');
  });

  it("lists cart's level change between the two snapshots and the issue it opened", async () => {
    const ref = { namespace: 'shop', kind: 'Deployment', name: 'cart' };
    const before = (await gql(docs.WORKLOAD, { id: ids[0], ...ref })).workload;
    const after = (await gql(docs.WORKLOAD, { id: ids[1], ...ref })).workload;
    expect(before.level).not.toBe('privileged');
    expect(after.level).toBe('privileged');
    expect(after.history.levelChanges).toEqual([
      { at: '2026-11-20T09:00:00.000Z', snapshotId: ids[0], from: null, to: before.level },
      { at: '2026-11-20T10:00:00.000Z', snapshotId: ids[1], from: before.level, to: 'privileged' },
    ]);
    const opened = after.history.issues.filter((e: Json) => e.openedSnapshotId === ids[1]);
    expect(opened.map((e: Json) => e.checkId)).toContain('pss.baseline.privileged');
    expect(opened[0]).toMatchObject({ resolvedAt: null, resolvedReason: null });
    expect(after.reach.canReach.map((p: Json) => p.workload)).toContain(PAYMENTS_API);
  });

  it('pages workloads as a connection and filters them by namespace, kind, level and exposure', async () => {
    const all = (await rest(`/api/v1/snapshots/${ids[0]}/workloads?limit=500`)).items as Json[];
    expect(all.length).toBeGreaterThan(4);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Json = (await gql(docs.WORKLOADS, { id: ids[0], first: 2, after })).workloadList;
      expect(page.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((e: Json) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((w) => w.id));
    const first = (await gql(docs.WORKLOADS, { id: ids[0], first: 3 })).workloadList;
    const resumed = (
      await gql(docs.WORKLOADS, { id: ids[0], first: 1, after: first.edges[0].cursor })
    ).workloadList;
    expect(resumed.nodes).toEqual([{ id: first.nodes[1].id }]);
    const filtered = (
      await gql(docs.WORKLOADS, {
        id: ids[0],
        namespace: 'monitoring',
        kind: 'DaemonSet',
        level: 'privileged',
      })
    ).workloadList.edges.map((e: Json) => e.node);
    expect(filtered).toContainEqual({
      id: 'monitoring/DaemonSet/log-agent',
      namespace: 'monitoring',
      kind: 'DaemonSet',
      name: 'log-agent',
      level: 'privileged',
      exposed: expect.any(Boolean),
    });
    expect(filtered).toEqual(
      all.filter(
        (w) => w.namespace === 'monitoring' && w.kind === 'DaemonSet' && w.level === 'privileged',
      ),
    );
    for (const exposed of [true, false]) {
      const page = (await gql(docs.WORKLOADS, { id: ids[0], exposed, first: 500 })).workloadList;
      expect(page.nodes.map((w: Json) => w.id)).toEqual(
        all.filter((w) => w.exposed === exposed).map((w) => w.id),
      );
    }
  });

  it('names cart → payments-api on TCP 8443 and the allowing policy in the shop → payments cell', async () => {
    const cell = (await gql(docs.MATRIX_CELL, { id: ids[0], from: 'shop', to: 'payments' }))
      .matrixCell;
    expect(cell).toMatchObject({
      snapshotId: ids[0],
      from: 'shop',
      to: 'payments',
      complete: true,
    });
    const pair = cell.pairs.find((p: Json) => p.from === CART && p.to === PAYMENTS_API);
    expect(pair.ports).toEqual({
      all: false,
      list: expect.arrayContaining([{ protocol: 'TCP', port: 8443, endPort: null }]),
    });
    expect(pair.ingressRules).toContainEqual({
      policy: 'payments/api-from-shop',
      direction: 'ingress',
      ruleIndex: expect.any(Number),
    });
    const viaRest = await rest(`/api/v1/snapshots/${ids[0]}/network/matrix/shop/payments`);
    expect(cell.reach).toBe(viaRest.reach);
    expect(cell.pairs.map((p: Json) => ({ ...p, ports: cliPorts(p.ports) }))).toEqual(
      viaRest.pairs,
    );
  });

  it.each([
    ['shop/cart', 'payments/payments-api', 8443, undefined],
    [CART, PAYMENTS_API, 53, 'UDP'],
    ['monitoring/log-agent', 'shop/cart', undefined, undefined],
  ])('answers %s → %s (%s %s) as kordon reach does', async (from, to, port, protocol) => {
    const flags = [
      ...(port ? ['--port', String(port)] : []),
      ...(protocol ? ['--protocol', protocol] : []),
    ];
    const cli = await runCli([
      'reach',
      files[0] as string,
      '--from',
      from,
      '--to',
      to,
      ...flags,
      '--format',
      'json',
    ]);
    const expected = (JSON.parse(cli.stdout) as ReachReport).question;
    const answer = (await gql(docs.REACH, { id: ids[0], from, to, port, protocol })).reach;
    const { snapshotId, ...rest } = answer;
    expect(snapshotId).toBe(ids[0]);
    const direction = (d: Json) => ({ ...d, ports: cliPorts(d.ports) });
    expect({
      ...rest,
      ports: cliPorts(rest.ports),
      egress: direction(rest.egress),
      ingress: direction(rest.ingress),
    }).toEqual(expected);
  });

  it('answers that cart reaches payments-api on 8443 through payments/api-from-shop', async () => {
    const answer = (await gql(docs.REACH, { id: ids[0], from: CART, to: PAYMENTS_API, port: 8443 }))
      .reach;
    expect(answer).toMatchObject({
      from: CART,
      to: PAYMENTS_API,
      port: 8443,
      protocol: 'TCP',
      allowed: true,
    });
    expect(answer.ingress.rules.map((r: Json) => r.policy)).toContain('payments/api-from-shop');
  });

  it('shows the network: CNI verdict, isolation, matrix, exposures and attack paths as REST does', async () => {
    const network = (await gql(docs.NETWORK, { id: ids[0] })).network;
    const viaRest = await rest(`/api/v1/snapshots/${ids[0]}/network`);
    expect(network.snapshotId).toBe(ids[0]);
    expect(network.cni.verdict).toBe('enforces');
    expect(network.cni.evidence.length).toBeGreaterThan(0);
    expect(network.isolation.map((n: Json) => n.namespace)).toEqual(
      expect.arrayContaining(['monitoring', 'payments', 'shop']),
    );
    expect(network.isolation).toEqual(viaRest.isolation);
    expect(network.matrix).toEqual(viaRest.matrix);
    expect(network.matrix.namespaces).toEqual(expect.arrayContaining(['shop', 'payments']));
    const exposures = network.exposures.map(({ detailsJson, ...e }: Json) => ({
      ...e,
      details: JSON.parse(detailsJson),
    }));
    expect(exposures).toEqual(viaRest.exposures);
    expect(network.exposures.length).toBeGreaterThan(0);
    expect(network.danglingBackends.length).toBe(viaRest.danglingBackends.length);
    expect(
      network.attackPaths.map((p: Json) => ({
        ...p,
        hops: p.hops.map((h: Json) => ({ ...h, ports: cliPorts(h.ports) })),
      })),
    ).toEqual(viaRest.attackPaths);
    expect(network.totals).toEqual(viaRest.totals);
    expect(network.totals.isolation).toBe(network.isolation.length);
    const one = (await gql(docs.NETWORK, { id: ids[0], limit: 1 })).network;
    expect(one.isolation).toEqual(network.isolation.slice(0, 1));
    expect(one.exposures).toEqual(network.exposures.slice(0, 1));
    expect(one.totals).toEqual(network.totals);
    const tooMany = await post(docs.NETWORK, { id: ids[0], limit: 0 });
    expect(tooMany.body.errors[0].extensions).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'query.limit' }],
    });
  });

  it('gives the default-deny NetworkPolicy YAML for a namespace that is not isolated', async () => {
    const network = (await gql(docs.NETWORK, { id: ids[0] })).network;
    const open = network.isolation.find((n: Json) => !n.defaultDenyIngress);
    expect(open).toBeDefined();
    const policy = (await gql(docs.DEFAULT_DENY, { id: ids[0], namespace: open.namespace }))
      .defaultDenyPolicy;
    expect(policy).toMatchObject({ namespace: open.namespace, defaultDenyIngress: false });
    expect(policy.yaml).toContain('kind: NetworkPolicy');
    expect(policy.yaml).toContain(`namespace: "${open.namespace}"`);
  });

  it('recommends for every namespace the level kordon scan recommends, with the kubectl label command', async () => {
    const cli = await runCli(['scan', files[0] as string, '--format', 'json', '--fail-on', 'none']);
    const scan = JSON.parse(cli.stdout) as ScanReport;
    const view = (await gql(docs.NAMESPACE_SECURITY, { id: ids[0] })).namespaceSecurity;
    const ours = Object.fromEntries(view.items.map((n: Json) => [n.name, n.recommendedEnforce]));
    const theirs = Object.fromEntries(scan.namespaces.map((n) => [n.name, n.recommendedEnforce]));
    expect(Object.keys(theirs).length).toBeGreaterThan(2);
    expect(ours).toEqual(theirs);
    const shop = view.items.find((n: Json) => n.name === 'shop');
    expect(shop.command).toBe(
      `kubectl label --overwrite namespace shop pod-security.kubernetes.io/enforce=${shop.recommendedEnforce} pod-security.kubernetes.io/enforce-version=${view.pssVersion}`,
    );
    const viaRest = await rest(`/api/v1/snapshots/${ids[0]}/namespaces`);
    expect(view.total).toBe(viaRest.total);
    expect(view.nextCursor).toBeNull();
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: Json = (await gql(docs.NAMESPACE_SECURITY, { id: ids[0], first: 2, after }))
        .namespaceSecurity;
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.total).toBe(view.total);
      names.push(...page.items.map((n: Json) => n.name));
      after = page.nextCursor;
    } while (after);
    expect(names).toEqual(view.items.map((n: Json) => n.name));
    expect(names.length).toBe(view.total);
    expect(
      view.items.map((n: Json) => Object.fromEntries(n.labels.map((l: Json) => [l.name, l.value]))),
    ).toEqual(viaRest.items.map((n: Json) => n.labels));
    expect(view.items.map((n: Json) => n.modes)).toEqual(
      viaRest.items.map((n: Json) => ({
        enforce: { ...n.modes.enforce, source: n.modes.enforce.source.replace('-', '_') },
        audit: { ...n.modes.audit, source: n.modes.audit.source.replace('-', '_') },
        warn: { ...n.modes.warn, source: n.modes.warn.source.replace('-', '_') },
      })),
    );
  });

  it('refuses bad questions with the registry code naming the field', async () => {
    const port = await post(docs.REACH, { id: ids[0], from: CART, to: PAYMENTS_API, port: 70000 });
    expect(port.body.errors[0].extensions).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'query.port' }],
    });
    const unknown = await post(docs.REACH, { id: ids[0], from: 'shop/nope', to: PAYMENTS_API });
    expect(unknown.body.errors[0].extensions).toMatchObject({
      code: 'not_found',
      details: [{ path: 'query.from' }],
    });
    const workload = await post(docs.WORKLOAD, {
      id: ids[0],
      namespace: 'shop',
      kind: 'Deployment',
      name: 'nope',
    });
    expect(workload.body.errors[0].extensions.code).toBe('not_found');
    const cell = await post(docs.MATRIX_CELL, { id: ids[0], from: 'shop', to: 'nowhere' });
    expect(cell.body.errors[0].extensions).toMatchObject({
      code: 'not_found',
      details: [{ path: 'params.to' }],
    });
  });

  it('keeps the code of an error thrown in a field resolver', async () => {
    const res = await post(docs.DIFF, { id: ids[1], against: 'not-a-uuid' });
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'validation_failed',
      status: 400,
      details: [{ path: 'query.against' }],
    });
  });

  it("hides another cluster's snapshot from a token restricted to other clusters", async () => {
    const other = await api.issueToken(['read'], ['elsewhere']);
    const res = await post(docs.NAMESPACE_SECURITY, { id: ids[0] }, other);
    expect(res.body.errors[0].extensions.code).toBe('not_found');
    expect(JSON.stringify(res.body.data ?? {})).not.toContain('shop');
  });

  it('answers reanalysis_required (409) for a snapshot analyzed before the read model was stored', async () => {
    const demo = demoLines();
    const old = await uploadAndWait(
      api,
      'demo',
      serialize({ ...demo.header, collectedAt: '2026-11-19T09:00:00Z' }, demo.objects),
    );
    const db = connectTestSql(api.databaseUrl);
    try {
      await db.query('DELETE FROM snapshot_read_model WHERE snapshot_id = $1', [old['id']]);
    } finally {
      await db.end();
    }
    for (const [query, variables] of [
      [docs.NETWORK, {}],
      [docs.WORKLOADS, {}],
      [docs.NAMESPACE_SECURITY, {}],
      [docs.REACH, { from: CART, to: PAYMENTS_API }],
    ] as const) {
      const res = await post(query, { id: old['id'], ...variables });
      expect(res.body.errors[0].extensions).toMatchObject({
        code: 'reanalysis_required',
        status: 409,
      });
      expect(res.body.errors[0].message).toContain('reanalyze');
    }
  });
});
