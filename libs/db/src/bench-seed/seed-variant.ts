import { poolOf, type Database } from '../database';
import { PostureRepository } from '../repositories/posture.repository';
import { ReadModelRepository } from '../repositories/read-model.repository';
import type { SnapshotSummary } from '../repositories/snapshot-record';
import type { SeedIssue, SeedVariant } from './seed-types';

interface SnapshotRow {
  id: string;
  cluster_id: string;
  object_count: number;
  raw_bytes: string;
  kubernetes_version: string | null;
  engine_version: string;
  catalog_version: string;
  summary: SnapshotSummary;
}

interface IssueRow {
  fingerprint: string;
  check_id: string;
  severity: string;
  kind: string;
  namespace: string;
  name: string;
  container: string | null;
  path: string;
  message: string;
  observed: unknown;
  expected: string;
  engine_version: string;
  catalog_version: string;
}

const toIssue = (r: IssueRow): SeedIssue => ({
  fingerprint: r.fingerprint,
  checkId: r.check_id,
  severity: r.severity,
  kind: r.kind,
  namespace: r.namespace,
  name: r.name,
  container: r.container,
  path: r.path,
  message: r.message,
  observed: r.observed,
  expected: r.expected,
  engineVersion: r.engine_version,
  catalogVersion: r.catalog_version,
});

/**
 * Reads back what the worker stored for the single analysed snapshot of
 * `clusterName` (its open issues, posture rows, workload levels and read
 * model): one state a seeded history is composed from.
 */
export async function loadSeedVariant(db: Database, clusterName: string): Promise<SeedVariant> {
  const pool = poolOf(db);
  const snap = await pool.query<SnapshotRow>(
    `SELECT s.id, s.cluster_id, s.object_count, s.raw_bytes, s.kubernetes_version, s.engine_version,
            s.catalog_version, s.summary
     FROM snapshot s JOIN cluster c ON c.id = s.cluster_id
     WHERE c.name = $1 AND s.status = 'done' ORDER BY s.collected_at DESC LIMIT 1`,
    [clusterName],
  );
  const s = snap.rows[0];
  if (!s) throw new Error(`no analysed snapshot for cluster ${clusterName}`);
  const [issues, spans, docs] = await Promise.all([
    pool.query<IssueRow>(
      `SELECT fingerprint, check_id, severity, kind, namespace, name, container, path, message, observed,
              expected, engine_version, catalog_version
       FROM issue WHERE cluster_id = $1 AND open ORDER BY fingerprint`,
      [s.cluster_id],
    ),
    pool.query<{ workload_id: string; level: string }>(
      'SELECT workload_id, level FROM workload_span WHERE cluster_id = $1 AND closed_at IS NULL',
      [s.cluster_id],
    ),
    pool.query<{ hash: string; body: Buffer }>(
      'SELECT hash, body FROM read_model_document WHERE cluster_id = $1',
      [s.cluster_id],
    ),
  ]);
  const posture = await new PostureRepository(db).snapshotRows(s.cluster_id, s.id);
  const stored = await new ReadModelRepository(db).findManifest(s.id);
  if (!stored) throw new Error(`snapshot ${s.id} has no read model`);
  return {
    clusterId: s.cluster_id,
    snapshot: {
      objectCount: s.object_count,
      rawBytes: Number(s.raw_bytes),
      kubernetesVersion: s.kubernetes_version,
      engineVersion: s.engine_version,
      catalogVersion: s.catalog_version,
      summary: s.summary,
    },
    issues: issues.rows.map(toIssue),
    posture,
    workloads: new Map(spans.rows.map((r) => [r.workload_id, r.level])),
    manifest: stored.manifest,
    documents: new Map(docs.rows.map((r) => [r.hash, r.body])),
  };
}
