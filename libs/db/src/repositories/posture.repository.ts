import type { Pool, PoolClient } from 'pg';
import { clientOf, poolOf, type Database, type Tx } from '../database';
import { copyRows } from '../copy/copy-rows';
import {
  POSTURE_COLUMNS as COLUMNS,
  postureChanges,
  postureColumnValues,
  postureValues,
} from './posture-changes';
import { NAMESPACE_STATES_SQL } from './posture-namespace-states.sql';
import {
  CLUSTER_TOTAL,
  type NamespaceReach,
  type PostureRecord,
  type PostureRow,
} from './posture-record';

/**
 * The columns a trend point reads: all but `reach`, the cluster row's sparse
 * namespace matrix (tens of kB per row: a 90-day series parsed 2 MB of it).
 */
const POINT_COLUMNS = COLUMNS.filter((c) => c !== 'reach')
  .map((c) => `p.${c}`)
  .join(', ');

interface Row {
  snapshot_id: string;
  collected_at: Date;
  namespace: string;
  namespaces: number;
  workloads: number;
  level_privileged: number;
  level_baseline: number;
  level_restricted: number;
  sev_critical: number;
  sev_high: number;
  sev_medium: number;
  sev_low: number;
  sev_info: number;
  ingress_isolated: number;
  egress_isolated: number;
  default_deny_ingress: number;
  default_deny_egress: number;
  exposed: number;
  attack_paths: number;
  cni: string | null;
  score: number;
  score_parts: unknown;
  reach?: NamespaceReach | null;
}

const TOMBSTONE: Omit<PostureRow, 'namespace'> = {
  namespaces: 0,
  workloads: 0,
  levels: { privileged: 0, baseline: 0, restricted: 0 },
  severities: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
  ingressIsolated: 0,
  egressIsolated: 0,
  defaultDenyIngress: 0,
  defaultDenyEgress: 0,
  exposed: 0,
  attackPaths: 0,
  cni: null,
  score: 0,
  scoreParts: {},
  reach: null,
};

function toRecord(r: Row): PostureRecord {
  return {
    snapshotId: r.snapshot_id,
    collectedAt: r.collected_at,
    namespace: r.namespace,
    namespaces: r.namespaces,
    workloads: r.workloads,
    levels: {
      privileged: r.level_privileged,
      baseline: r.level_baseline,
      restricted: r.level_restricted,
    },
    severities: {
      critical: r.sev_critical,
      high: r.sev_high,
      medium: r.sev_medium,
      low: r.sev_low,
      info: r.sev_info,
    },
    ingressIsolated: r.ingress_isolated,
    egressIsolated: r.egress_isolated,
    defaultDenyIngress: r.default_deny_ingress,
    defaultDenyEgress: r.default_deny_egress,
    exposed: r.exposed,
    attackPaths: r.attack_paths,
    cni: r.cni,
    score: r.score,
    scoreParts: r.score_parts,
    reach: r.reach ?? null,
  };
}

export type TrendBucket = 'day' | 'week';

/** Posture rollups: written once per analysis, read by trend queries (never issues). */
export class PostureRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  /**
   * Replaces the snapshot's posture rows (a re-analysis recomputes them) with
   * COPY. An in-order snapshot writes its cluster total and only the namespace
   * rows that changed since the namespace's latest state (tombstones for
   * namespaces gone); an out-of-order one writes all its rows, read only for it.
   */
  async replaceSnapshotPosture(
    tx: Tx,
    s: { clusterId: string; snapshotId: string; collectedAt: Date; applied: boolean },
    rows: PostureRow[],
  ): Promise<number> {
    const client = clientOf(tx);
    await client.query('DELETE FROM posture WHERE snapshot_id = $1', [s.snapshotId]);
    let write: PostureRow[] = rows;
    let gone: string[] = [];
    if (s.applied) {
      const before = await this.stateRows(client, s.clusterId, s.collectedAt, false);
      ({ write, gone } = postureChanges(
        new Map(before.map((r) => [r.namespace, postureValues(r)])),
        rows,
      ));
    }
    const at = s.collectedAt.toISOString();
    const tombstones = gone.map((namespace) => ({ ...TOMBSTONE, namespace, present: false }));
    return copyRows(
      client,
      'posture',
      COLUMNS,
      [...write.map((r) => ({ ...r, present: true })), ...tombstones],
      (r) => {
        const values = postureColumnValues(r);
        const json = values
          .splice(-2)
          .map((v) => (v === null || v === undefined ? null : JSON.stringify(v)));
        return [
          s.snapshotId,
          s.clusterId,
          at,
          r.namespace,
          ...(values as (string | number | null)[]),
          ...json,
          s.applied,
          r.present,
        ];
      },
    );
  }

  /** Each namespace's latest applied state strictly before (or at, when `inclusive`) an instant. */
  private async stateRows(
    db: Pool | PoolClient,
    clusterId: string,
    at: Date,
    inclusive: boolean,
  ): Promise<PostureRecord[]> {
    const { rows } = await db.query<Row & { present: boolean }>(
      `SELECT * FROM (
         SELECT DISTINCT ON (namespace) * FROM posture
         WHERE cluster_id = $1 AND applied AND namespace <> $2 AND collected_at ${inclusive ? '<=' : '<'} $3
         ORDER BY namespace, collected_at DESC
       ) latest WHERE present ORDER BY namespace`,
      [clusterId, CLUSTER_TOTAL, at],
    );
    return rows.map(toRecord);
  }

  /** The cluster-total rows of the last snapshot in each day/week bucket of [from, to), oldest first (`reach` not read: null). */
  async clusterTrend(
    clusterId: string,
    from: Date,
    to: Date,
    bucket: TrendBucket,
  ): Promise<PostureRecord[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT * FROM (
         SELECT DISTINCT ON (date_trunc($4, p.collected_at AT TIME ZONE 'UTC')) ${POINT_COLUMNS}
         FROM posture p
         WHERE p.cluster_id = $1 AND p.namespace = $5 AND p.collected_at >= $2 AND p.collected_at < $3
         ORDER BY date_trunc($4, p.collected_at AT TIME ZONE 'UTC'), p.collected_at DESC, p.snapshot_id DESC
       ) t ORDER BY t.collected_at`,
      [clusterId, from, to, bucket, CLUSTER_TOTAL],
    );
    return rows.map(toRecord);
  }

  /** The namespace state at each of the given snapshots (for per-namespace trend series). */
  async namespaceRows(clusterId: string, snapshotIds: string[]): Promise<PostureRecord[]> {
    return (await this.namespaceRowsOf(snapshotIds)).get(clusterId) ?? [];
  }

  /**
   * `namespaceRows` for snapshots of any clusters in one statement (GraphQL batches), by
   * cluster id: each namespace's rows oldest first, namespaces by name.
   */
  async namespaceRowsOf(snapshotIds: readonly string[]): Promise<Map<string, PostureRecord[]>> {
    const { rows } = await this.pool.query<
      Row & { at_snapshot_id: string; at_collected_at: Date; at_cluster_id: string }
    >(NAMESPACE_STATES_SQL, [snapshotIds, CLUSTER_TOTAL]);
    const out = new Map<string, PostureRecord[]>();
    for (const r of rows) {
      const list = out.get(r.at_cluster_id) ?? [];
      list.push({ ...toRecord(r), snapshotId: r.at_snapshot_id, collectedAt: r.at_collected_at });
      out.set(r.at_cluster_id, list);
    }
    for (const list of out.values())
      list.sort(
        (a, b) =>
          a.namespace.localeCompare(b.namespace) ||
          a.collectedAt.getTime() - b.collectedAt.getTime(),
      );
    return out;
  }

  /** Every namespace's posture at one snapshot: its own rows when applied out of order, else the latest state. */
  private async snapshotNamespaceState(
    clusterId: string,
    snapshotId: string,
  ): Promise<PostureRecord[]> {
    const own = await this.pool.query<{ applied: boolean; collected_at: Date }>(
      'SELECT applied, collected_at FROM posture WHERE snapshot_id = $1 AND namespace = $2',
      [snapshotId, CLUSTER_TOTAL],
    );
    const total = own.rows[0];
    if (!total) return [];
    if (!total.applied) {
      const { rows } = await this.pool.query<Row>(
        'SELECT * FROM posture WHERE snapshot_id = $1 AND namespace <> $2 AND present ORDER BY namespace',
        [snapshotId, CLUSTER_TOTAL],
      );
      return rows.map(toRecord);
    }
    const state = await this.stateRows(this.pool, clusterId, total.collected_at, true);
    return state.map((r) => ({ ...r, snapshotId, collectedAt: total.collected_at }));
  }

  /** The cluster-total rows of several snapshots, in one statement (GraphQL batches; `reach` not read: null). */
  async clusterRows(snapshotIds: readonly string[]): Promise<PostureRecord[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT ${POINT_COLUMNS} FROM posture p WHERE p.snapshot_id = ANY($1::uuid[]) AND p.namespace = $2`,
      [snapshotIds, CLUSTER_TOTAL],
    );
    return rows.map(toRecord);
  }

  /** `clusterTrend` for several clusters over the same range, in one statement; keyed by cluster id. */
  async clusterTrends(
    clusterIds: readonly string[],
    from: Date,
    to: Date,
    bucket: TrendBucket,
  ): Promise<Map<string, PostureRecord[]>> {
    const { rows } = await this.pool.query<Row & { cluster_id: string }>(
      `SELECT t.* FROM unnest($1::uuid[]) AS k(cluster_id) CROSS JOIN LATERAL (
         SELECT * FROM (
           SELECT DISTINCT ON (date_trunc($4, p.collected_at AT TIME ZONE 'UTC')) ${POINT_COLUMNS}
           FROM posture p
           WHERE p.cluster_id = k.cluster_id AND p.namespace = $5 AND p.collected_at >= $2 AND p.collected_at < $3
           ORDER BY date_trunc($4, p.collected_at AT TIME ZONE 'UTC'), p.collected_at DESC, p.snapshot_id DESC
         ) b ORDER BY b.collected_at
       ) t`,
      [clusterIds, from, to, bucket, CLUSTER_TOTAL],
    );
    const out = new Map<string, PostureRecord[]>(clusterIds.map((id) => [id, []]));
    for (const row of rows) out.get(row.cluster_id)?.push(toRecord(row));
    return out;
  }

  /** The cluster-total rows (with `reach`) of several snapshots, by snapshot id, in one statement. */
  async clusterRowsOf(snapshotIds: readonly string[]): Promise<Map<string, PostureRecord>> {
    const { rows } = await this.pool.query<Row>(
      'SELECT * FROM posture WHERE snapshot_id = ANY($1::uuid[]) AND namespace = $2',
      [snapshotIds, CLUSTER_TOTAL],
    );
    return new Map(rows.map((r) => [r.snapshot_id, toRecord(r)]));
  }

  /** The cluster-total row of one snapshot. */
  async clusterRow(snapshotId: string): Promise<PostureRecord | null> {
    const { rows } = await this.pool.query<Row>(
      'SELECT * FROM posture WHERE snapshot_id = $1 AND namespace = $2',
      [snapshotId, CLUSTER_TOTAL],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Every posture row of one snapshot (its namespace state), the cluster total first. */
  async snapshotRows(clusterId: string, snapshotId: string): Promise<PostureRecord[]> {
    const total = await this.clusterRow(snapshotId);
    return total ? [total, ...(await this.snapshotNamespaceState(clusterId, snapshotId))] : [];
  }
}
