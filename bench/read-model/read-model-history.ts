import type { Pool } from 'pg';
import { measureAtRate, timeOnce, type RateResult } from './measure-at-rate';

/** The read model's share of the history benchmark at 150,000 pods. */
export interface ReadModelHistory {
  /** Bytes of the read-model tables after the first snapshot, and after all. */
  firstBytes: number;
  totalBytes: number;
  /** Extra bytes per later hourly snapshot (1% churn): (total − first) / (snapshots − 1). */
  perHourBytes: number;
  /** Documents the first and an average later snapshot wrote. */
  firstDocuments: number;
  perHourDocuments: number;
  /** One reachability question on the last snapshot: the first (builds the model), then 50 req/s. */
  reachColdMs: number;
  reach: RateResult;
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

/** Bytes (with indexes and TOAST) of the read-model tables. */
export async function readModelBytes(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ bytes: string }>(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS bytes FROM pg_class c
     WHERE c.relname IN ('read_model_document', 'snapshot_read_model') AND c.relkind = 'r'`,
  );
  return Number(rows[0]?.bytes ?? 0);
}

async function question(pool: Pool): Promise<{ snapshotId: string; from: string; to: string }> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT s.id FROM snapshot s JOIN snapshot_read_model r ON r.snapshot_id = s.id
     ORDER BY s.collected_at DESC LIMIT 1`,
  );
  const snapshotId = rows[0]?.id;
  if (!snapshotId) throw new Error('no snapshot with a read model');
  return {
    snapshotId,
    from: 'ns-01666/Deployment/app-1666',
    to: 'ns-03333/Deployment/app-13333',
  };
}

export async function readModelBench(
  pool: Pool,
  api: string,
  token: string,
  firstBytes: number,
  snapshots: number,
): Promise<ReadModelHistory> {
  const totalBytes = await readModelBytes(pool);
  const docs = await pool.query<{ n: number }>(
    `SELECT r.new_documents AS n FROM snapshot_read_model r JOIN snapshot s ON s.id = r.snapshot_id
     ORDER BY s.collected_at`,
  );
  const counts = docs.rows.map((r) => r.n);
  const later = counts.slice(1);
  const q = await question(pool);
  const url = `${api}/api/v1/snapshots/${q.snapshotId}/network/reach?from=${encodeURIComponent(q.from)}&to=${encodeURIComponent(q.to)}&port=8080`;
  const headers = { authorization: `Bearer ${token}` };
  const reachColdMs = await timeOnce(url, headers);
  const reach = await measureAtRate([url], headers, 50, 500);
  return {
    firstBytes,
    totalBytes,
    perHourBytes: snapshots > 1 ? (totalBytes - firstBytes) / (snapshots - 1) : 0,
    firstDocuments: counts[0] ?? 0,
    perHourDocuments: later.length ? later.reduce((a, b) => a + b, 0) / later.length : 0,
    reachColdMs,
    reach,
  };
}

export function readModelRows(r: ReadModelHistory, verdict: (ok: boolean) => string): string[] {
  return [
    `| read model: first snapshot / each later hourly snapshot (1% churn) | ${mb(r.firstBytes)} (${r.firstDocuments.toLocaleString('en-US')} documents) / ${mb(r.perHourBytes)} (${r.perHourDocuments.toFixed(0)} documents) | reported | |`,
    `| one reachability question at 150,000 pods, 500 at 50 req/s through the API (first, which builds the model: ${(r.reachColdMs / 1000).toFixed(2)} s) | p95 ${r.reach.p95Ms.toFixed(1)} ms, p50 ${r.reach.p50Ms.toFixed(1)} ms, ${r.reach.errors} errors | p95 < 100 ms | ${verdict(r.reach.p95Ms < 100 && r.reach.errors === 0)} |`,
  ];
}
