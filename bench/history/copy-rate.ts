import type { Pool } from 'pg';
import { CATALOG_VERSION, CHECK_CATALOG, ENGINE_VERSION } from '@kordon/engine';
import {
  copyRows,
  connectDatabase,
  IssuesRepository,
  withClusterLifecycleLock,
  type StoredFinding,
} from '@kordon/db';

export interface CopyRate {
  rows: number;
  rawRowsPerSecond: number;
  lifecycleRowsPerSecond: number;
  ratio: number;
}

const COLUMNS = [
  'cluster_id',
  'fingerprint',
  'check_id',
  'severity',
  'kind',
  'namespace',
  'name',
  'container',
  'path',
  'message',
  'observed',
  'expected',
  'open',
  'first_seen_at',
  'first_snapshot_id',
  'engine_version',
  'catalog_version',
];

async function scratchCluster(
  pool: Pool,
  name: string,
): Promise<{ clusterId: string; snapshotId: string }> {
  const c = await pool.query<{ id: string }>(
    'INSERT INTO cluster (name) VALUES ($1) RETURNING id',
    [name],
  );
  const clusterId = (c.rows[0] as { id: string }).id;
  const s = await pool.query<{ id: string }>(
    `INSERT INTO snapshot (cluster_id, idempotency_key, body_sha256, collected_at) VALUES ($1, 'bench', repeat('0', 64), now()) RETURNING id`,
    [clusterId],
  );
  return { clusterId, snapshotId: (s.rows[0] as { id: string }).id };
}

/** The first snapshot's issues, as the worker would hand them to the lifecycle. */
async function findingsOf(pool: Pool, clusterId: string): Promise<StoredFinding[]> {
  const { rows } = await pool.query<Record<string, unknown>>(
    'SELECT * FROM issue WHERE cluster_id = $1',
    [clusterId],
  );
  return rows.map((r) => ({
    fingerprint: String(r['fingerprint']),
    checkId: String(r['check_id']),
    severity: r['severity'] as StoredFinding['severity'],
    kind: String(r['kind']),
    namespace: String(r['namespace']),
    name: String(r['name']),
    container: (r['container'] as string | null) ?? null,
    path: String(r['path']),
    message: String(r['message']),
    observed: r['observed'],
    expected: String(r['expected']),
  }));
}

/**
 * Writes the same findings twice into the `issue` table, in one run: once with a
 * plain COPY (the floor), once through the lifecycle (COPY into a temp table +
 * one statement that opens issues and spans). Reports both rates.
 */
export async function copyRateBench(
  pool: Pool,
  databaseUrl: string,
  sourceClusterId: string,
): Promise<CopyRate> {
  const findings = await findingsOf(pool, sourceClusterId);
  const raw = await scratchCluster(pool, `bench-copy-raw-${Date.now()}`);
  const client = await pool.connect();
  let rawMs: number;
  try {
    const started = performance.now();
    await client.query('BEGIN');
    await copyRows(client, 'issue', COLUMNS, findings, (f) => [
      raw.clusterId,
      f.fingerprint,
      f.checkId,
      f.severity,
      f.kind,
      f.namespace,
      f.name,
      f.container,
      f.path,
      f.message,
      f.observed === null || f.observed === undefined ? null : JSON.stringify(f.observed),
      f.expected,
      true,
      new Date().toISOString(),
      raw.snapshotId,
      ENGINE_VERSION,
      CATALOG_VERSION,
    ]);
    await client.query('COMMIT');
    rawMs = performance.now() - started;
  } finally {
    client.release();
  }
  const life = await scratchCluster(pool, `bench-copy-lifecycle-${Date.now()}`);
  const database = connectDatabase(databaseUrl, { maxConnections: 1 });
  const issues = new IssuesRepository(database);
  const started = performance.now();
  await withClusterLifecycleLock(database, life.clusterId, (tx) =>
    issues.applyLifecycle(tx, {
      clusterId: life.clusterId,
      snapshotId: life.snapshotId,
      collectedAt: new Date(),
      engineVersion: ENGINE_VERSION,
      catalogVersion: CATALOG_VERSION,
      findings,
      workloadIds: [],
      incompleteKinds: [],
      knownCheckIds: CHECK_CATALOG.map((x) => x.id),
    }),
  );
  const lifeMs = performance.now() - started;
  await database.close();
  await pool.query('DELETE FROM cluster WHERE id = ANY($1)', [[raw.clusterId, life.clusterId]]);
  const rawRate = findings.length / (rawMs / 1000);
  const lifeRate = findings.length / (lifeMs / 1000);
  return {
    rows: findings.length,
    rawRowsPerSecond: rawRate,
    lifecycleRowsPerSecond: lifeRate,
    ratio: lifeRate / rawRate,
  };
}
