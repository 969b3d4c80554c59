import type { PoolClient } from 'pg';
import { clientOf, poolOf, runTransaction, type Database } from '../database';
import { copyRows } from '../copy/copy-rows';
import { POSTURE_COLUMNS, postureColumnValues } from '../repositories/posture-changes';
import { compressReadModelManifest } from '../repositories/read-model-codec';
import { READ_MODEL_VERSION } from '@kordon/contracts';
import type { SeedCluster } from './seed-types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
const bytea = (b: Buffer) => `\\x${b.toString('hex')}`;
const later = (d: Date, ms: number) => new Date(d.getTime() + ms);

async function copySnapshots(client: PoolClient, c: SeedCluster): Promise<void> {
  await copyRows(
    client,
    'snapshot',
    [
      'id',
      'cluster_id',
      'status',
      'source',
      'idempotency_key',
      'body_sha256',
      'content_encoding',
      'raw_bytes',
      'object_count',
      'kubernetes_version',
      'collected_at',
      'received_at',
      'started_at',
      'finished_at',
      'attempts',
      'engine_version',
      'catalog_version',
      'summary',
      'applied_lifecycle',
      'rows_written',
      'written',
      'raw_purged_at',
    ],
    c.snapshots,
    (s) => {
      const rows = s.written.issueRows + s.written.spanRows + s.written.workloadSpanRows;
      return [
        s.id,
        c.id,
        'done',
        'upload',
        s.idempotencyKey,
        s.id.replace(/-/g, '').padEnd(64, '0'),
        'gzip',
        s.rawBytes,
        s.objectCount,
        s.kubernetesVersion,
        iso(s.collectedAt),
        iso(later(s.collectedAt, 20_000)),
        iso(later(s.collectedAt, 21_000)),
        iso(later(s.collectedAt, 40_000)),
        1,
        s.engineVersion,
        s.catalogVersion,
        json(s.summary),
        true,
        rows + s.written.postureRows,
        json(s.written),
        iso(later(s.collectedAt, 60_000)),
      ];
    },
  );
}

async function copyPosture(client: PoolClient, c: SeedCluster): Promise<void> {
  const rows = c.snapshots.flatMap((s) => s.posture.map((row) => ({ s, row })));
  await copyRows(client, 'posture', POSTURE_COLUMNS, rows, ({ s, row }) => {
    const values = postureColumnValues(row);
    const jsonValues = values.splice(-2).map(json);
    return [
      s.id,
      c.id,
      iso(s.collectedAt),
      row.namespace,
      ...(values as (string | number | null)[]),
      ...jsonValues,
      true,
      true,
    ];
  });
}

async function copyLifecycle(client: PoolClient, c: SeedCluster): Promise<void> {
  await copyRows(
    client,
    'issue',
    [
      'id',
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
      'resolved_at',
      'resolved_reason',
      'reopen_count',
      'engine_version',
      'catalog_version',
    ],
    c.issues,
    (i) => [
      i.id,
      c.id,
      i.fingerprint,
      i.checkId,
      i.severity,
      i.kind,
      i.namespace,
      i.name,
      i.container,
      i.path,
      i.message,
      json(i.observed),
      i.expected,
      i.open,
      iso(i.firstSeenAt),
      i.firstSnapshotId,
      iso(i.resolvedAt),
      i.resolvedAt ? 'fixed' : null,
      i.reopenCount,
      i.engineVersion,
      i.catalogVersion,
    ],
  );
  await copyRows(
    client,
    'issue_span',
    [
      'issue_id',
      'cluster_id',
      'opened_at',
      'opened_snapshot_id',
      'closed_at',
      'closed_snapshot_id',
      'close_reason',
    ],
    c.spans,
    (s) => [
      s.issueId,
      c.id,
      iso(s.openedAt),
      s.openedSnapshotId,
      iso(s.closedAt),
      s.closedSnapshotId,
      s.closedAt ? 'fixed' : null,
    ],
  );
  await copyRows(
    client,
    'workload_span',
    [
      'cluster_id',
      'workload_id',
      'level',
      'opened_at',
      'opened_snapshot_id',
      'closed_at',
      'closed_snapshot_id',
    ],
    c.workloadSpans,
    (w) => [
      c.id,
      w.workloadId,
      w.level,
      iso(w.openedAt),
      w.openedSnapshotId,
      iso(w.closedAt),
      w.closedSnapshotId,
    ],
  );
}

async function copyReadModel(client: PoolClient, c: SeedCluster): Promise<void> {
  await copyRows(
    client,
    'read_model_document',
    ['cluster_id', 'hash', 'body', 'created_at'],
    c.documents,
    ([hash, d]) => [c.id, hash, bytea(d.body), iso(d.createdAt)],
  );
  await copyRows(
    client,
    'snapshot_read_model',
    ['snapshot_id', 'cluster_id', 'version', 'manifest', 'new_documents'],
    c.snapshots,
    (s) => [
      s.id,
      c.id,
      READ_MODEL_VERSION,
      bytea(compressReadModelManifest(s.manifest)),
      s.newDocuments,
    ],
  );
}

/**
 * Writes one seeded cluster — its snapshots, issue lifecycle, posture changes,
 * workload spans and read model — with COPY, in one transaction. For
 * benchmarks: the rows are composed by the caller (bench/api/seed).
 */
export async function writeSeedCluster(db: Database, c: SeedCluster): Promise<void> {
  await runTransaction(poolOf(db), async (tx) => {
    const client = clientOf(tx);
    await client.query('INSERT INTO cluster (id, name) VALUES ($1, $2)', [c.id, c.name]);
    await copySnapshots(client, c);
    await copyLifecycle(client, c);
    await copyPosture(client, c);
    await copyReadModel(client, c);
  });
}
