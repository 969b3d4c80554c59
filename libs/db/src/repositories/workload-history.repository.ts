import type { Pool } from 'pg';
import { clientOf, poolOf, type Database, type Tx } from '../database';
import type { PssLevel } from '@kordon/engine';
import { copyRows } from '../copy/copy-rows';
import { applyWorkloadSpansSql } from './workload-spans-sql';

export interface WorkloadLevel {
  /** `namespace/Kind/name`. */
  id: string;
  level: PssLevel;
}

export interface WorkloadChanges {
  added: WorkloadLevel[];
  removed: WorkloadLevel[];
  levelChanged: { id: string; from: PssLevel; to: PssLevel }[];
  counts: { added: number; removed: number; levelChanged: number };
}

/** The state of cluster `c` at `at` (SQL): spans open at that instant. */
const STATE_AT = (c: string, at: string) =>
  `SELECT workload_id, level FROM workload_span WHERE cluster_id = ${c} AND opened_at <= ${at} AND (closed_at IS NULL OR closed_at > ${at})`;

/** A cluster and two instants to compare. */
export interface SpanPair {
  clusterId: string;
  from: Date;
  to: Date;
}

/**
 * Which workloads existed at which Pod Security level, as change intervals:
 * a snapshot writes rows only for workloads that appeared, disappeared or
 * changed level.
 */
export class WorkloadHistoryRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  /** Applies a snapshot's workloads inside the caller's lifecycle transaction; returns rows written. */
  async applyWorkloadSpans(
    tx: Tx,
    input: {
      clusterId: string;
      snapshotId: string;
      collectedAt: Date;
      workloads: WorkloadLevel[];
      incompleteKinds: string[];
    },
  ): Promise<number> {
    const client = clientOf(tx);
    await client.query(
      'CREATE TEMP TABLE tmp_workload_level (id text PRIMARY KEY, level text NOT NULL) ON COMMIT DROP',
    );
    const unique = new Map(input.workloads.map((w) => [w.id, w.level]));
    await copyRows(client, 'tmp_workload_level', ['id', 'level'], unique, ([id, level]) => [
      id,
      level,
    ]);
    await client.query('ANALYZE tmp_workload_level');
    const { rows } = await client.query<{ written: string }>(applyWorkloadSpansSql, [
      input.clusterId,
      input.snapshotId,
      input.collectedAt,
      input.incompleteKinds,
    ]);
    return Number(rows[0]?.written ?? 0);
  }

  /** Workloads added, removed or changed level between two instants, each list capped at `limit`. */
  async changesBetween(
    clusterId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<WorkloadChanges> {
    const [out] = await this.changesBetweenMany([{ clusterId, from, to }], limit);
    return out as WorkloadChanges;
  }

  /** `changesBetween` for several pairs in one statement (GraphQL batches), in their order. */
  async changesBetweenMany(pairs: readonly SpanPair[], limit: number): Promise<WorkloadChanges[]> {
    const { rows } = await this.pool.query<{
      pair: string;
      id: string;
      a: PssLevel | null;
      b: PssLevel | null;
      total: string;
    }>(
      `SELECT k.pair, x.* FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])
         WITH ORDINALITY AS k(cluster_id, f, t, pair)
       CROSS JOIN LATERAL (
         SELECT id, a, b, total FROM (
           SELECT d.*, row_number() OVER (PARTITION BY change ORDER BY id) AS rn,
                  count(*) OVER (PARTITION BY change) AS total
           FROM (
             SELECT coalesce(a.workload_id, b.workload_id) AS id, a.level AS a, b.level AS b,
                    CASE WHEN a.workload_id IS NULL THEN 'added' WHEN b.workload_id IS NULL THEN 'removed' ELSE 'changed' END AS change
             FROM (${STATE_AT('k.cluster_id', 'k.f')}) a
             FULL JOIN (${STATE_AT('k.cluster_id', 'k.t')}) b ON a.workload_id = b.workload_id
             WHERE a.workload_id IS NULL OR b.workload_id IS NULL OR a.level <> b.level
           ) d
         ) ranked WHERE rn <= $4
       ) x ORDER BY k.pair, x.id`,
      [pairs.map((p) => p.clusterId), pairs.map((p) => p.from), pairs.map((p) => p.to), limit],
    );
    const outs = pairs.map((): WorkloadChanges => ({
      added: [],
      removed: [],
      levelChanged: [],
      counts: { added: 0, removed: 0, levelChanged: 0 },
    }));
    for (const r of rows) {
      const out = outs[Number(r.pair) - 1];
      if (!out) continue;
      if (r.a === null && r.b !== null) {
        out.added.push({ id: r.id, level: r.b });
        out.counts.added = Number(r.total);
      } else if (r.b === null && r.a !== null) {
        out.removed.push({ id: r.id, level: r.a });
        out.counts.removed = Number(r.total);
      } else if (r.a !== null && r.b !== null) {
        out.levelChanged.push({ id: r.id, from: r.a, to: r.b });
        out.counts.levelChanged = Number(r.total);
      }
    }
    return outs;
  }
}
