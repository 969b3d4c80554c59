import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { ApiHarness } from './api-harness';

type Json = Record<string, unknown> & {
  kind?: string;
  metadata?: { name?: string; namespace?: string };
};

/** The demo snapshot as parsed lines: header, objects (end line dropped; `serialize` adds it back). */
export function demoLines(): { header: Json; objects: Json[] } {
  const text = readFileSync(
    path.resolve(__dirname, '../../../examples/demo-cluster.ndjson'),
    'utf8',
  );
  const lines = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Json);
  const [header, ...rest] = lines;
  return { header: header as Json, objects: rest.filter((o) => o.kind !== 'ClusterSnapshotEnd') };
}

export function serialize(header: Json, objects: Json[]): Buffer {
  const end = { kind: 'ClusterSnapshotEnd', objects: objects.length };
  return Buffer.from([header, ...objects, end].map((o) => JSON.stringify(o)).join('\n') + '\n');
}

interface Container {
  name: string;
  securityContext?: Record<string, unknown>;
  ports?: Record<string, unknown>[];
}

function podSpecOf(o: Json): { containers: Container[] } | null {
  const spec = o['spec'] as Record<string, unknown> | undefined;
  if (!spec) return null;
  if (o.kind === 'Pod') return spec as unknown as { containers: Container[] };
  const template = spec['template'] as { spec?: { containers: Container[] } } | undefined;
  return template?.spec ?? null;
}

/** Applies `change` to the containers of every object (workload, ReplicaSet, Pod) whose name starts with `prefix` in `namespace`. */
export function editContainers(
  objects: Json[],
  namespace: string,
  prefix: string,
  change: (c: Container) => void,
): void {
  for (const o of objects) {
    if (o.metadata?.namespace !== namespace || !o.metadata.name?.startsWith(prefix)) continue;
    for (const c of podSpecOf(o)?.containers ?? []) change(c);
  }
}

/** (a) the demo; (b) log-agent fixed, a new hostPort on cart, NetworkPolicies forbidden; (c) the demo again, later. */
export function historySequence(): { a: Buffer; b: Buffer; c: Buffer } {
  const demo = demoLines();
  const a = serialize(demo.header, demo.objects);
  const fixed = demoLines();
  editContainers(fixed.objects, 'monitoring', 'log-agent', (c) => {
    delete c.securityContext?.['privileged'];
  });
  editContainers(fixed.objects, 'shop', 'cart', (c) => {
    c.ports = (c.ports ?? []).map((p) => ({ ...p, hostPort: 9090 }));
  });
  const coverage = {
    ...(fixed.header['coverage'] as Record<string, string>),
    NetworkPolicy: 'forbidden',
  };
  const b = serialize(
    { ...fixed.header, collectedAt: '2026-11-21T09:00:00Z', coverage },
    fixed.objects.filter((o) => o.kind !== 'NetworkPolicy'),
  );
  const c = serialize({ ...demo.header, collectedAt: '2026-11-22T09:00:00Z' }, demo.objects);
  return { a, b, c };
}

/** Uploads a snapshot and waits until the worker finished it. */
export async function uploadAndWait(
  api: ApiHarness,
  cluster: string,
  body: Buffer,
): Promise<Record<string, unknown>> {
  const auth = { authorization: `Bearer ${api.adminToken}` };
  const res = await request(api.server)
    .post(`/api/v1/clusters/${cluster}/snapshots`)
    .set(auth)
    .set('content-type', 'application/x-ndjson')
    .send(body);
  if (res.status !== 202)
    throw new Error(`upload answered ${res.status}: ${JSON.stringify(res.body)}`);
  return waitForStatus(api, res.body.snapshotId as string, ['done', 'failed']);
}

export async function waitForStatus(
  api: ApiHarness,
  id: string,
  statuses: string[],
  timeoutMs = 30_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await request(api.server)
      .get(`/api/v1/snapshots/${id}`)
      .set('authorization', `Bearer ${api.adminToken}`);
    if (statuses.includes(res.body.status)) return res.body;
    if (Date.now() > deadline) throw new Error(`snapshot ${id} still ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
