import type { Pool } from 'pg';
import { clientOf, poolOf, type Database, type Tx } from '../database';
import { z } from 'zod';
import { cursorField, decodeCursor, encodeCursor, type Page } from '@kordon/contracts';
import type {
  SnapshotRecord,
  SnapshotStatus,
  SnapshotSummary,
  SnapshotWrites,
} from './snapshot-record';
import { keysetPage } from './keyset-page';

interface SnapshotRow {
  id: string;
  cluster_id: string;
  cluster_name: string;
  status: SnapshotStatus;
  source: string;
  collected_at: Date;
  received_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  kubernetes_version: string | null;
  object_count: number;
  raw_bytes: string;
  attempts: number;
  failure_reason: string | null;
  engine_version: string | null;
  catalog_version: string | null;
  summary: SnapshotSummary | null;
  applied_lifecycle: boolean;
  rows_written: number;
  written: Partial<SnapshotWrites> | null;
  raw_purged_at: Date | null;
  content_encoding: string | null;
  chunk_bytes: string;
}

const SELECT = `SELECT s.*, c.name AS cluster_name,
  (SELECT coalesce(sum(octet_length(k.data)), 0) FROM snapshot_chunk k WHERE k.snapshot_id = s.id) AS chunk_bytes
  FROM snapshot s JOIN cluster c ON c.id = s.cluster_id`;

function toRecord(r: SnapshotRow): SnapshotRecord {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    clusterName: r.cluster_name,
    status: r.status,
    source: r.source,
    collectedAt: r.collected_at,
    receivedAt: r.received_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    kubernetesVersion: r.kubernetes_version,
    objectCount: r.object_count,
    rawBytes: Number(r.raw_bytes),
    attempts: r.attempts,
    failureReason: r.failure_reason,
    engineVersion: r.engine_version,
    catalogVersion: r.catalog_version,
    summary: r.summary,
    appliedLifecycle: r.applied_lifecycle,
    rowsWritten: r.rows_written,
    written: {
      issueRows: r.written?.issueRows ?? 0,
      spanRows: r.written?.spanRows ?? 0,
      workloadSpanRows: r.written?.workloadSpanRows ?? 0,
      postureRows: r.written?.postureRows ?? 0,
      chunkBytes: Number(r.chunk_bytes),
    },
    rawPurgedAt: r.raw_purged_at,
    contentEncoding: r.content_encoding,
  };
}

export interface NewSnapshot {
  clusterId: string;
  idempotencyKey: string;
  bodySha256: string;
  source: string;
  contentEncoding: string | null;
  collectedAt: Date;
  kubernetesVersion: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class SnapshotsRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  async findSnapshot(id: string): Promise<SnapshotRecord | null> {
    if (!UUID.test(id)) return null;
    const { rows } = await this.pool.query<SnapshotRow>(`${SELECT} WHERE s.id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Several snapshots by id in one statement (GraphQL batches); unknown ids are left out. */
  async findSnapshots(ids: readonly string[]): Promise<SnapshotRecord[]> {
    const { rows } = await this.pool.query<SnapshotRow>(`${SELECT} WHERE s.id = ANY($1::uuid[])`, [
      ids.filter((id) => UUID.test(id)),
    ]);
    return rows.map(toRecord);
  }

  /** The first page (newest first) of each cluster's snapshots, in one statement. */
  async firstPagesForClusters(
    clusterIds: readonly string[],
    limit: number,
  ): Promise<Map<string, Page<SnapshotRecord>>> {
    const { rows } = await this.pool.query<SnapshotRow>(
      `SELECT x.* FROM unnest($1::uuid[]) AS k(cluster_id) CROSS JOIN LATERAL (
         ${SELECT} WHERE s.cluster_id = k.cluster_id ORDER BY s.collected_at DESC, s.id DESC LIMIT $2
       ) x`,
      [clusterIds, limit + 1],
    );
    const byCluster = new Map<string, SnapshotRecord[]>(clusterIds.map((id) => [id, []]));
    for (const row of rows) byCluster.get(row.cluster_id)?.push(toRecord(row));
    return new Map(
      [...byCluster].map(([id, records]) => {
        const items = records.slice(0, limit);
        const last = items[items.length - 1];
        const nextCursor =
          records.length > limit && last
            ? encodeCursor({ t: last.collectedAt.toISOString(), id: last.id })
            : null;
        return [id, { items, nextCursor }];
      }),
    );
  }

  /** How many snapshots are in each status (for metrics). */
  async countByStatus(): Promise<Record<string, number>> {
    const { rows } = await this.pool.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM snapshot GROUP BY status',
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }

  /** A cluster's snapshots, newest first, paged. */
  async listForCluster(
    clusterId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<SnapshotRecord>> {
    const c = cursor
      ? decodeCursor(cursor, z.object({ t: cursorField.timestamp, id: cursorField.uuid }))
      : null;
    const params: unknown[] = [clusterId, limit + 1];
    let where = 's.cluster_id = $1';
    if (c) {
      params.push(c.t, c.id);
      where += ' AND (s.collected_at, s.id) < ($3::timestamptz, $4::uuid)';
    }
    const { rows } = await this.pool.query<SnapshotRow>(
      `${SELECT} WHERE ${where} ORDER BY s.collected_at DESC, s.id DESC LIMIT $2`,
      params,
    );
    return keysetPage(rows, limit, toRecord, (last) => ({
      t: last.collectedAt.toISOString(),
      id: last.id,
    }));
  }

  /** The snapshot already stored under this idempotency key, if any. */
  async findByIdempotencyKey(
    clusterName: string,
    key: string,
  ): Promise<{ id: string; status: SnapshotStatus } | null> {
    const { rows } = await this.pool.query<{ id: string; status: SnapshotStatus }>(
      `SELECT s.id, s.status FROM snapshot s JOIN cluster c ON c.id = s.cluster_id
       WHERE c.name = $1 AND s.idempotency_key = $2`,
      [clusterName, key],
    );
    return rows[0] ?? null;
  }

  /** Inserts the snapshot row (inside the intake transaction); chunks follow. */
  async insertSnapshot(tx: Tx, s: NewSnapshot): Promise<string> {
    const client = clientOf(tx);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO snapshot (cluster_id, idempotency_key, body_sha256, source, content_encoding, collected_at, kubernetes_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        s.clusterId,
        s.idempotencyKey,
        s.bodySha256,
        s.source,
        s.contentEncoding,
        s.collectedAt,
        s.kubernetesVersion,
      ],
    );
    return (rows[0] as { id: string }).id;
  }

  /**
   * Stores the snapshot's body, inside the intake transaction, as the chunks
   * arrive (numbered in order; `readChunks` streams them back). Returns how
   * many chunks and bytes were written.
   */
  async storeBody(
    tx: Tx,
    snapshotId: string,
    chunks: AsyncIterable<Uint8Array>,
  ): Promise<{ chunks: number; bytes: number }> {
    const client = clientOf(tx);
    let seq = 0;
    let bytes = 0;
    for await (const chunk of chunks) {
      await client.query(
        'INSERT INTO snapshot_chunk (snapshot_id, seq, data) VALUES ($1, $2, $3)',
        [snapshotId, seq, Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)],
      );
      seq += 1;
      bytes += chunk.byteLength;
    }
    return { chunks: seq, bytes };
  }

  async finishIntake(
    tx: Tx,
    snapshotId: string,
    fields: {
      idempotencyKey: string;
      bodySha256: string;
      objectCount: number;
      rawBytes: number;
      collectedAt: Date;
      kubernetesVersion: string | null;
    },
  ): Promise<void> {
    const client = clientOf(tx);
    await client.query(
      `UPDATE snapshot SET idempotency_key = $2, body_sha256 = $3, object_count = $4, raw_bytes = $5,
              collected_at = $6, kubernetes_version = $7 WHERE id = $1`,
      [
        snapshotId,
        fields.idempotencyKey,
        fields.bodySha256,
        fields.objectCount,
        fields.rawBytes,
        fields.collectedAt,
        fields.kubernetesVersion,
      ],
    );
  }

  /** Streams the stored body back, chunk by chunk, in order. */
  async *readChunks(snapshotId: string, batch = 8): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq += batch) {
      const { rows } = await this.pool.query<{ data: Buffer }>(
        'SELECT data FROM snapshot_chunk WHERE snapshot_id = $1 AND seq >= $2 AND seq < $3 ORDER BY seq',
        [snapshotId, seq, seq + batch],
      );
      for (const row of rows) yield row.data;
      if (rows.length < batch) return;
    }
  }

  async markAnalyzing(snapshotId: string, attempt: number): Promise<SnapshotRecord | null> {
    const { rowCount } = await this.pool.query(
      `UPDATE snapshot SET status = 'analyzing', started_at = now(), attempts = $2, failure_reason = NULL
       WHERE id = $1 AND status IN ('queued', 'analyzing', 'failed')`,
      [snapshotId, attempt],
    );
    return rowCount ? this.findSnapshot(snapshotId) : null;
  }

  async markFailed(snapshotId: string, reason: string): Promise<void> {
    await this.pool.query(
      `UPDATE snapshot SET status = 'failed', finished_at = now(), failure_reason = $2 WHERE id = $1 AND status <> 'done'`,
      [snapshotId, reason.slice(0, 2000)],
    );
  }

  /** Records a failed attempt that will be retried. */
  async noteAttemptFailure(snapshotId: string, reason: string): Promise<void> {
    await this.pool.query(`UPDATE snapshot SET failure_reason = $2 WHERE id = $1`, [
      snapshotId,
      reason.slice(0, 2000),
    ]);
  }

  /**
   * Records the analysis. `appliedLifecycle` only ever turns on: a re-analysis
   * of a snapshot that applied its lifecycle earlier keeps saying so.
   */
  async markDone(
    tx: Tx,
    snapshotId: string,
    fields: {
      summary: SnapshotSummary;
      engineVersion: string;
      catalogVersion: string;
      appliedLifecycle: boolean;
      written: Omit<SnapshotWrites, 'chunkBytes'>;
    },
  ): Promise<void> {
    const client = clientOf(tx);
    const w = fields.written;
    await client.query(
      `UPDATE snapshot SET status = 'done', finished_at = clock_timestamp(), failure_reason = NULL, summary = $2,
              engine_version = $3, catalog_version = $4, applied_lifecycle = applied_lifecycle OR $5, rows_written = $6, written = $7
       WHERE id = $1`,
      [
        snapshotId,
        JSON.stringify(fields.summary),
        fields.engineVersion,
        fields.catalogVersion,
        fields.appliedLifecycle,
        w.issueRows + w.spanRows + w.workloadSpanRows + w.postureRows,
        JSON.stringify(w),
      ],
    );
  }

  /**
   * Puts a finished (or failed) snapshot back in the queue's hands for another
   * analysis; its raw chunks must still exist. Returns the reason it cannot, or null.
   */
  async resetForReanalysis(
    tx: Tx,
    snapshotId: string,
  ): Promise<'not_found' | 'busy' | 'raw_purged' | null> {
    const client = clientOf(tx);
    const { rows } = await client.query<{ status: SnapshotStatus; raw_purged_at: Date | null }>(
      'SELECT status, raw_purged_at FROM snapshot WHERE id = $1 FOR UPDATE',
      [snapshotId],
    );
    const row = rows[0];
    if (!row) return 'not_found';
    if (row.raw_purged_at) return 'raw_purged';
    if (row.status === 'queued' || row.status === 'analyzing') return 'busy';
    await client.query(
      `UPDATE snapshot SET status = 'queued', attempts = 0, failure_reason = NULL, started_at = NULL, finished_at = NULL WHERE id = $1`,
      [snapshotId],
    );
    return null;
  }
}
