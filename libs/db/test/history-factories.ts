import type { Pool } from 'pg';
import {
  IssuesRepository,
  withClusterLifecycleLock,
  type LifecycleInput,
  type LifecycleResult,
  type StoredFinding,
  type Database,
} from '../src';

/** A cluster row. */
export async function aCluster(pool: Pool, name: string): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    'INSERT INTO cluster (name) VALUES ($1) RETURNING id',
    [name],
  );
  return (rows[0] as { id: string }).id;
}

/** A done snapshot row of the cluster at `collectedAt` (applied to the lifecycle). */
export async function aSnapshot(
  pool: Pool,
  clusterId: string,
  collectedAt: string,
  opts: { receivedAt?: string } = {},
): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO snapshot (cluster_id, idempotency_key, body_sha256, collected_at, received_at, status, applied_lifecycle)
     VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()), 'done', true) RETURNING id`,
    [
      clusterId,
      `k-${collectedAt}-${Math.random()}`,
      '0'.repeat(64),
      collectedAt,
      opts.receivedAt ?? null,
    ],
  );
  return (rows[0] as { id: string }).id;
}

export function aFinding(over: Partial<StoredFinding> = {}): StoredFinding {
  return {
    fingerprint: (over.checkId ?? 'pss.baseline.privileged')
      .padEnd(64, '0')
      .slice(0, 64)
      .replace(/[^0-9a-f]/g, 'a'),
    checkId: 'pss.baseline.privileged',
    severity: 'critical',
    kind: 'DaemonSet',
    namespace: 'monitoring',
    name: 'log-agent',
    container: 'agent',
    path: 'spec.containers[name=agent].securityContext.privileged',
    message: 'privileged container',
    observed: true,
    expected: 'false',
    ...over,
  };
}

export const KNOWN = [
  'pss.baseline.privileged',
  'pss.baseline.host-ports',
  'net.namespace-without-default-deny-ingress',
];

/** Applies a snapshot to the lifecycle the way the worker does (in a locked transaction). */
export function applyAt(
  db: Database,
  input: Omit<
    LifecycleInput,
    'engineVersion' | 'catalogVersion' | 'knownCheckIds' | 'incompleteKinds'
  > &
    Partial<LifecycleInput>,
): Promise<LifecycleResult> {
  const issues = new IssuesRepository(db);
  return withClusterLifecycleLock(db, input.clusterId, (tx) =>
    issues.applyLifecycle(tx, {
      engineVersion: '1.0.0',
      catalogVersion: 'c1',
      knownCheckIds: KNOWN,
      incompleteKinds: [],
      ...input,
    }),
  );
}
